using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Handlingsplan.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster that the app (or a test or benchmark host) runs from the machine's own
/// PostgreSQL binaries when no connection string is configured. It lives in a data folder of its
/// own, listens on loopback only, and is stopped when its owner stops. Docker or a managed server
/// is the production path; this is what makes "clone and run" work without either.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    public const string DatabaseName = "handlingsplan";
    const string SuperUser = "handlingsplan";
    const string PasswordFileName = "handlingsplan.password";
    /// <summary>The role the app's own queries run as: it may not change or delete events or seals (the app grants it what it may).</summary>
    public const string AppUser = "handlingsplan_app";
    const string AppPasswordFileName = "handlingsplan_app.password";
    const string ServerUser = "postgres";

    readonly string _binDirectory;
    readonly bool _runAsServerUser;
    int _stopped;
    /// <summary>True when this start uses a server that a running app already owns, and leaves it running.</summary>
    bool _attached;
    /// <summary>Serialises a restart with <see cref="Stop"/>, so that a stop never leaves a freshly restarted server behind.</summary>
    readonly Lock _gate = new();

    /// <summary>Server settings beyond the defaults, as name=value, given to every start of this server.</summary>
    readonly IReadOnlyList<string> _settings;

    EmbeddedPostgres(string dataDirectory, string binDirectory, bool runAsServerUser, IReadOnlyList<string> settings)
    {
        DataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        _runAsServerUser = runAsServerUser;
        _settings = settings;
    }

    public const string NotFoundMessage =
        "PostgreSQL was not found on this machine, and no connection string is configured.\n" +
        "Do one of these:\n" +
        "  - install PostgreSQL: sudo apt-get install postgresql\n" +
        "  - point the app at a server: ConnectionStrings__Marten=\"Host=...;Database=...;Username=...;Password=...\"\n" +
        "  - run the app and a database in containers: docker compose up";

    public string DataDirectory { get; }
    public int Port { get; private set; }
    public string ConnectionString { get; private set; } = "";
    /// <summary>The app's database as <see cref="AppUser"/>, for the app's own queries; <see cref="ConnectionString"/> is the owner's, for schema changes.</summary>
    public string AppConnectionString { get; private set; } = "";

    /// <summary>Initialises the cluster if needed, starts it and waits until it answers.</summary>
    /// <param name="settings">Server settings beyond the defaults, as name=value (the benchmarks load pg_stat_statements this way).</param>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, Action<string>? log = null, CancellationToken ct = default, IReadOnlyList<string>? settings = null)
    {
        log ??= _ => { };
        var binDirectory = FindBinDirectory() ?? throw new EmbeddedPostgresUnavailableException(NotFoundMessage);

        var server = new EmbeddedPostgres(Path.GetFullPath(dataDirectory), binDirectory, IsRoot(), settings ?? []);
        await server.InitialiseAsync(log, ct);
        await server.StartServerAsync(log, ct);
        return server;
    }

    // initdb and the server refuse to run as root, so root hands the cluster to the "postgres" user.
    static bool IsRoot() => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <summary>PATH first, then pg_config --bindir, then Debian's versioned folders (newest first).</summary>
    public static string? FindBinDirectory()
    {
        static bool HasServer(string? dir) =>
            !string.IsNullOrEmpty(dir) && File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (!HasServer(dir)) continue;
            // Debian links initdb into PATH; resolve to the real folder so postgres is found beside it.
            var real = new FileInfo(Path.Combine(dir, "initdb")).ResolveLinkTarget(true) is FileInfo target ? target.DirectoryName! : dir;
            if (HasServer(real)) return real;
        }

        try
        {
            var result = RunProcess("pg_config", ["--bindir"], TimeSpan.FromSeconds(10));
            var dir = result.Output.Trim();
            if (result.ExitCode == 0 && HasServer(dir)) return dir;
        }
        catch (Exception) { /* pg_config is optional */ }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            return Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => HasServer(d.Dir))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Dir)
                .FirstOrDefault();
        }
        return null;
    }

    string PasswordFile => Path.Combine(DataDirectory, PasswordFileName);
    /// <summary>The process id of the app that started the running server.</summary>
    string OwnerFile => Path.Combine(DataDirectory, "handlingsplan.owner");
    string LogFile => Path.Combine(DataDirectory, "server.log");

    async Task InitialiseAsync(Action<string> log, CancellationToken ct)
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
            return;

        Directory.CreateDirectory(DataDirectory);
        if (Directory.EnumerateFileSystemEntries(DataDirectory).Any())
            throw new InvalidOperationException(
                $"The data folder {DataDirectory} is not empty and holds no PostgreSQL cluster. Choose another with Database:DataDirectory.");

        log($"Creating a private PostgreSQL cluster in {DataDirectory}");
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var pwFile = Path.Combine(Path.GetTempPath(), $"handlingsplan-pw-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(pwFile, password, ct);
        try
        {
            if (_runAsServerUser)
            {
                // initdb refuses to run as root: the cluster belongs to the unprivileged server user.
                Chown(pwFile);
                Chown(DataDirectory);
            }
            Chmod(DataDirectory, "700");
            var result = RunPostgresTool("initdb",
                ["-D", DataDirectory, "-U", SuperUser, "--pwfile", pwFile, "--auth", "scram-sha-256", "-E", "UTF8", "--no-locale", "--no-instructions"],
                TimeSpan.FromMinutes(3));
            if (result.ExitCode != 0)
                throw new InvalidOperationException($"initdb failed ({result.ExitCode}):\n{result.Output}");
        }
        finally
        {
            File.Delete(pwFile);
        }

        await File.WriteAllTextAsync(PasswordFile, password, ct);
        Chmod(PasswordFile, "600");
        if (_runAsServerUser) Chown(PasswordFile);
    }

    async Task StartServerAsync(Action<string> log, CancellationToken ct)
    {
        if (await TryAttachAsync(log, ct)) return;
        RemoveStalePidFile(log);

        Port = FreeLoopbackPort();
        Launch();

        var password = (await File.ReadAllTextAsync(PasswordFile, ct)).Trim();
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = SuperUser,
            Password = password,
            Database = "postgres",
            Pooling = false,
        };
        await WaitUntilAnsweringAsync(builder.ConnectionString, ct);
        await EnsureDatabaseAsync(builder.ConnectionString, ct);

        builder.Database = DatabaseName;
        builder.Pooling = true;
        ConnectionString = builder.ConnectionString;
        await EnsureAppRoleAsync(ct);
        await File.WriteAllTextAsync(OwnerFile, Environment.ProcessId.ToString(), ct);
        log($"PostgreSQL is running on 127.0.0.1:{Port} with its data in {DataDirectory}");
    }

    /// <summary>Starts the postmaster on <see cref="Port"/> and waits until it accepts connections (after any crash recovery).</summary>
    void Launch()
    {
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200"
            + string.Concat(_settings.Select(setting => $" -c {setting}"));
        var result = RunPostgresTool("pg_ctl",
            ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "120", "-o", options],
            TimeSpan.FromMinutes(3), newSession: true);
        if (result.ExitCode != 0)
        {
            var tail = File.Exists(LogFile) ? string.Join('\n', File.ReadLines(LogFile).TakeLast(20)) : "";
            throw new InvalidOperationException($"PostgreSQL did not start ({result.ExitCode}):\n{result.Output}\n{tail}");
        }
    }

    /// <summary>True when this instance started the server (rather than using one a running app owns) and has not stopped it.</summary>
    public bool Supervisable => !_attached && Volatile.Read(ref _stopped) == 0;

    /// <summary>The postmaster's process id as its postmaster.pid names it, when that process still runs.</summary>
    public int? ServerProcessId
    {
        get
        {
            try
            {
                var firstLine = File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).FirstOrDefault();
                return int.TryParse(firstLine?.Trim(), out var pid) && IsPostgresProcess(pid) ? pid : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Starts the server again on the same port after it died (a crash, a kill), so that the connection
    /// string already handed out stays valid. Answers false, and starts nothing, once <see cref="Stop"/>
    /// has been called or when the server belongs to another process; throws when it does not start.
    /// </summary>
    public async Task<bool> RestartAsync(Action<string>? log = null, CancellationToken ct = default)
    {
        log ??= _ => { };
        lock (_gate)
        {
            if (!Supervisable) return false;
            if (ServerProcessId is null)
            {
                RemoveStalePidFile(log);
                Launch();
            }
        }
        await WaitUntilAnsweringAsync(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString, ct);
        log($"PostgreSQL is running again on 127.0.0.1:{Port}");
        return true;
    }

    /// <summary>
    /// A command such as <c>verify</c> or <c>import</c>, started while the app runs on the same data
    /// folder, uses the app's server instead of restarting it, and leaves it running when it ends.
    /// </summary>
    async Task<bool> TryAttachAsync(Action<string> log, CancellationToken ct)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile) || !File.Exists(OwnerFile)) return false;
        var lines = File.ReadAllLines(pidFile);
        if (lines.Length < 4 || !int.TryParse(lines[0].Trim(), out var serverPid) || !IsPostgresProcess(serverPid)) return false;
        if (!int.TryParse(File.ReadAllText(OwnerFile).Trim(), out var ownerPid) || !IsOurApp(ownerPid)) return false;
        if (!int.TryParse(lines[3].Trim(), out var port)) return false;

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = SuperUser,
            Password = (await File.ReadAllTextAsync(PasswordFile, ct)).Trim(),
            Database = DatabaseName,
        };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
        }
        catch (NpgsqlException)
        {
            return false;
        }
        (Port, ConnectionString, _attached) = (port, builder.ConnectionString, true);
        await EnsureAppRoleAsync(ct);
        log($"Using the PostgreSQL server that the running app (pid {ownerPid}) started on 127.0.0.1:{port}; it is left running");
        return true;
    }

    static bool IsOurApp(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains("Handlingsplan", StringComparison.Ordinal);
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>
    /// A crash leaves postmaster.pid behind. If the process it names is gone (or is not a postgres
    /// server any more) the file is removed; if an orphaned server of ours still runs, it is stopped
    /// so that this start owns the cluster.
    /// </summary>
    void RemoveStalePidFile(Action<string> log)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return;

        var firstLine = File.ReadLines(pidFile).FirstOrDefault();
        if (int.TryParse(firstLine?.Trim(), out var pid) && IsPostgresProcess(pid))
        {
            log($"Stopping an earlier PostgreSQL server (pid {pid}) left running on this data folder");
            RunPostgresTool("pg_ctl", ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"], TimeSpan.FromMinutes(2));
            if (!File.Exists(pidFile)) return;
        }

        log("Removing a stale postmaster.pid left by an earlier crash");
        File.Delete(pidFile);
    }

    static bool IsPostgresProcess(int pid)
    {
        try
        {
            var comm = File.ReadAllText($"/proc/{pid}/comm").Trim();
            // A killed server that its parent has not reaped yet is a zombie: gone, though /proc still names it.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault();
            return (comm.StartsWith("postgres", StringComparison.Ordinal) || comm.StartsWith("postmaster", StringComparison.Ordinal))
                && state is not ('Z' or 'X');
        }
        catch (Exception)
        {
            return false;
        }
    }

    static async Task WaitUntilAnsweringAsync(string connectionString, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var conn = new NpgsqlConnection(connectionString);
                await conn.OpenAsync(ct);
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                // pg_ctl -w has already waited for the postmaster; this covers the short gap until it accepts logins.
                await Task.Delay(100, ct);
            }
        }
    }

    /// <summary>
    /// Creates the app's role, with a generated password kept beside the owner's (mode 600), when the
    /// cluster lacks it (also a cluster made before the role existed), and sets <see cref="AppConnectionString"/>.
    /// </summary>
    async Task EnsureAppRoleAsync(CancellationToken ct)
    {
        var passwordFile = Path.Combine(DataDirectory, AppPasswordFileName);
        var fresh = !File.Exists(passwordFile);
        if (fresh)
        {
            await File.WriteAllTextAsync(passwordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant(), ct);
            Chmod(passwordFile, "600");
        }
        var password = (await File.ReadAllTextAsync(passwordFile, ct)).Trim();

        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_roles where rolname = $1", conn)
        {
            Parameters = { new NpgsqlParameter { Value = AppUser } }
        };
        // The password is generated hex, safe to write as a literal.
        var sql = await exists.ExecuteScalarAsync(ct) is null ? $"create role {AppUser} login password '{password}'"
            : fresh ? $"alter role {AppUser} password '{password}'"
            : null;
        if (sql is not null)
        {
            await using var command = new NpgsqlCommand(sql, conn);
            try
            {
                await command.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateObject)
            {
                // Another process on this cluster created it at the same moment.
            }
        }
        AppConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Username = AppUser, Password = password }.ConnectionString;
    }

    static async Task EnsureDatabaseAsync(string connectionString, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", conn)
        {
            Parameters = { new NpgsqlParameter { Value = DatabaseName } }
        };
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"create database {DatabaseName} encoding 'UTF8'", conn);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Stops the server cleanly (fast shutdown: sessions end, data is flushed).</summary>
    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        NpgsqlConnection.ClearAllPools();
        if (_attached) return;
        lock (_gate)
        {
            File.Delete(OwnerFile);
            if (!File.Exists(Path.Combine(DataDirectory, "postmaster.pid"))) return;
            RunPostgresTool("pg_ctl", ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"], TimeSpan.FromMinutes(2));
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    ProcessResult RunPostgresTool(string tool, IReadOnlyList<string> args, TimeSpan timeout, bool newSession = false)
    {
        var command = new List<string>();
        if (newSession) command.Add("setsid");
        if (_runAsServerUser) command.AddRange(["runuser", "-u", ServerUser, "--"]);
        command.Add(Path.Combine(_binDirectory, tool));
        command.AddRange(args);
        return RunProcess(command[0], command.Skip(1).ToList(), timeout);
    }

    static void Chown(string path)
    {
        var result = RunProcess("chown", ["-R", $"{ServerUser}:{ServerUser}", path], TimeSpan.FromSeconds(30));
        if (result.ExitCode != 0)
            throw new InvalidOperationException(
                $"Running as root, the cluster must belong to the '{ServerUser}' user, but chown failed: {result.Output}");
    }

    static void Chmod(string path, string mode) => RunProcess("chmod", [mode, path], TimeSpan.FromSeconds(10));

    record ProcessResult(int ExitCode, string Output);

    static ProcessResult RunProcess(string fileName, IReadOnlyList<string> args, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {timeout}");
        }
        return new ProcessResult(process.ExitCode, stdout.Result + stderr.Result);
    }
}

public sealed class EmbeddedPostgresUnavailableException(string message) : Exception(message);
