using System.Security.Cryptography;
using System.Text.Json;
using Handlingsplan.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Handlingsplan.Access;

/// <summary>A built-in demo account. Only the hash of its password is kept.</summary>
/// <param name="Municipality">The code of the municipality it belongs to; absent on accounts made before there were several: the first customer.</param>
public sealed record Account(string Username, string Role, string? Committee, string? Department, string PasswordHash, string? Municipality = null)
{
    public string MunicipalityCode => Municipality ?? Tenancy.Municipalities.DefaultCode;
}

/// <summary>
/// The built-in demo accounts, used when no OpenID Connect provider is configured. Their passwords
/// are generated at the first start, printed once, and written to demo-accounts.txt in the data
/// folder (one "username password" per line); the accounts file keeps only hashes.
/// </summary>
public sealed class Accounts
{
    public const string DemoFile = "demo-accounts.txt";
    const string HashFile = "accounts.json";

    static readonly (string Username, string Role, string? Committee, string? Department)[] Demo =
    [
        ("ledning", Roles.Management, null, null),
        ("revisor", Roles.Auditor, null, null),
        ("chef-sn", Roles.DepartmentHead, "SN", "Socialförvaltningen"),
        ("chef-von", Roles.DepartmentHead, "VON", "Vård- och omsorgsförvaltningen"),
    ];

    readonly PasswordHasher<Account> _hasher = new();
    readonly DataFolder _folder;
    readonly ILogger<Accounts> _logger;
    /// <summary>One writer of the accounts file at a time, and no read of it half-written by this process.</summary>
    readonly Lock _gate = new();
    IReadOnlyDictionary<string, Account> _accounts;

    public Accounts(DataFolder folder, ILogger<Accounts> logger)
    {
        _folder = folder;
        _logger = logger;
        var path = folder.File(HashFile);
        if (File.Exists(path))
        {
            _accounts = Read(path);
            return;
        }

        var created = Demo.Select(d => (d, Password: NewPassword())).ToList();
        var accounts = created.Select(c => new Account(c.d.Username, c.d.Role, c.d.Committee, c.d.Department, "")).ToList();
        accounts = accounts.Select((a, i) => a with { PasswordHash = _hasher.HashPassword(a, created[i].Password) }).ToList();
        folder.WriteSecret(HashFile, JsonSerializer.Serialize(accounts));
        var lines = string.Join('\n', created.Select(c => $"{c.d.Username} {c.Password}")) + "\n";
        folder.WriteSecret(DemoFile, lines);
        // Shown once, on the console of whoever started the app, never through the logger.
        Console.WriteLine($"Demo accounts created (also in {folder.File(DemoFile)}):\n{lines}");
        logger.LogInformation("Created the demo accounts in {Folder}", folder.Path);
        _accounts = accounts.ToDictionary(a => a.Username, StringComparer.OrdinalIgnoreCase);
    }

    static IReadOnlyDictionary<string, Account> Read(string path) =>
        JsonSerializer.Deserialize<List<Account>>(File.ReadAllText(path))!.ToDictionary(a => a.Username, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Demo accounts for a municipality added later: <c>ledning@kod</c>, <c>revisor@kod</c> and a
    /// förvaltningschef for its first nämnd after Kommunstyrelsen, heading that nämnd's förvaltning. Their passwords are returned once
    /// and appended to demo-accounts.txt; accounts it already has are left as they are.
    /// </summary>
    public IReadOnlyList<(string Username, string Password)> AddDemo(Tenancy.Municipality municipality)
    {
        lock (_gate)
        {
            var path = _folder.File(HashFile);
            var accounts = File.Exists(path) ? Read(path).Values.ToList() : [];
            var committee = municipality.Committees.FirstOrDefault(c => c.Code != "KS" && !c.IsCompany);
            (string Username, string Role, string? Committee, string? Department)[] wanted =
            [
                ($"ledning@{municipality.Id}", Roles.Management, null, null),
                ($"revisor@{municipality.Id}", Roles.Auditor, null, null),
                .. committee is null ? [] : new[] { ($"chef-{committee.Code.ToLowerInvariant()}@{municipality.Id}", Roles.DepartmentHead, (string?)committee.Code,
                    municipality.Departments.FirstOrDefault(d => d.Type == "förvaltning" && d.Committees.Contains(committee.Code))?.Name) },
            ];
            var created = new List<(string, string)>();
            foreach (var (username, role, code, department) in wanted)
            {
                if (accounts.Any(a => string.Equals(a.Username, username, StringComparison.OrdinalIgnoreCase))) continue;
                var password = NewPassword();
                var account = new Account(username, role, code, department, "", municipality.Id);
                accounts.Add(account with { PasswordHash = _hasher.HashPassword(account, password) });
                created.Add((username, password));
            }
            if (created.Count == 0) return created;
            _folder.WriteSecret(HashFile, JsonSerializer.Serialize(accounts));
            var demo = _folder.File(DemoFile);
            var earlier = File.Exists(demo) ? File.ReadAllText(demo) : "";
            _folder.WriteSecret(DemoFile, earlier + string.Concat(created.Select(c => $"{c.Item1} {c.Item2}\n")));
            _accounts = accounts.ToDictionary(a => a.Username, StringComparer.OrdinalIgnoreCase);
            _logger.LogInformation("Created the demo accounts of {Municipality}", municipality.Id);
            return created;
        }
    }

    static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'k').Replace('/', 'm');

    /// <summary>Every account, as its hash file keeps it.</summary>
    public IReadOnlyList<Account> All => _accounts.Values.ToList();

    public Account? Verify(string? username, string? password)
    {
        if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(password)) return null;
        if (!_accounts.TryGetValue(username, out var account))
        {
            // Added since this process read the file (a municipality added by a command beside the app).
            var path = _folder.File(HashFile);
            lock (_gate) _accounts = File.Exists(path) ? Read(path) : _accounts;
            if (!_accounts.TryGetValue(username, out account)) return null;
        }
        return _hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed ? null : account;
    }
}

/// <summary>
/// Lockout after repeated failed sign-ins: five failures for a username lock it for five minutes.
/// Kept in memory; a restart clears it.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(5);
    readonly Dictionary<string, (int Failures, DateTimeOffset? LockedUntil)> _state = new(StringComparer.OrdinalIgnoreCase);

    public bool IsLockedOut(string username)
    {
        lock (_state)
            return _state.TryGetValue(username, out var s) && s.LockedUntil > clock.GetUtcNow();
    }

    public void Failed(string username)
    {
        lock (_state)
        {
            var now = clock.GetUtcNow();
            var known = _state.TryGetValue(username, out var s);
            // A failure that finishes after the lock began (attempts race) leaves the lock as it is.
            if (known && s.LockedUntil > now) return;
            var failures = (known ? s.Failures : 0) + 1;
            _state[username] = failures >= MaxFailures ? (0, now + LockoutTime) : (failures, null);
        }
    }

    public void Succeeded(string username)
    {
        lock (_state) _state.Remove(username);
    }
}

/// <summary>Creates the demo accounts when the app starts, so their passwords are there before anyone signs in.</summary>
public sealed class DemoAccountsOnStart(Accounts accounts) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        GC.KeepAlive(accounts);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
