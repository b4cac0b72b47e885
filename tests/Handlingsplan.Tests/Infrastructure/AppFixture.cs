using System.Net.Http.Json;
using Alba;
using Handlingsplan.Access;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>
/// One app host (Alba, in memory) for the HTTP tests, on a database and a data folder of its own.
/// Every request is made as kommunledning unless a test says otherwise.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-app-{Guid.NewGuid():N}");
    readonly Dictionary<string, string> _tokens = new();

    public IAlbaHost Host { get; private set; } = null!;
    public string DataDirectory => _dataDirectory;
    /// <summary>The app's database, for tests that must reach past the app (as an intruder or a second process would).</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var connectionString = ConnectionString = await TestPostgres.CreateDatabaseAsync("app_tests");
        JasperFxEnvironment.AutoStartHost = true;
        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("ConnectionStrings:Marten", connectionString);
            builder.UseSetting("DataDirectory", _dataDirectory);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        var management = await TokenFor("ledning");
        Host.BeforeEach(context =>
        {
            if (!context.Request.Headers.ContainsKey("Authorization") && !context.Request.Headers.ContainsKey(Anonymous))
                context.Request.Headers.Authorization = "Bearer " + management;
        });
    }

    /// <summary>A request with this header is sent without credentials.</summary>
    public const string Anonymous = "X-Test-Anonymous";

    /// <summary>The generated demo passwords, as the app wrote them to its data folder.</summary>
    public IReadOnlyDictionary<string, string> DemoPasswords()
    {
        var path = Path.Combine(_dataDirectory, Accounts.DemoFile);
        if (!File.Exists(path)) Host.Services.GetRequiredService<Accounts>();
        return File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => p[1]);
    }

    public async Task<string> TokenFor(string username)
    {
        if (_tokens.TryGetValue(username, out var cached)) return cached;
        var client = Host.Server.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = DemoPasswords()[username] });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.Token;
        _tokens[username] = token;
        return token;
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
