using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Handlingsplan.Benchmarks;

/// <summary>
/// The built app as a process of its own on 127.0.0.1, with its own PostgreSQL in a data folder
/// that outlives the process, so that the process can be killed and started again on the same data.
/// </summary>
sealed class AppProcess : IAsyncDisposable
{
    readonly string _dll;
    readonly string _contentRoot;
    readonly StreamWriter _log;
    readonly Lock _logGate = new();
    Process? _process;

    public string DataDirectory { get; }
    public string PostgresDirectory => Path.Combine(DataDirectory, "postgres");
    public Uri BaseAddress { get; }
    public string LogFile { get; }

    public AppProcess(string dll, string contentRoot, string dataDirectory)
    {
        _dll = dll;
        _contentRoot = contentRoot;
        DataDirectory = dataDirectory;
        Directory.CreateDirectory(dataDirectory);
        BaseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        LogFile = Path.Combine(Path.GetTempPath(), $"handlingsplan-faults-{Guid.NewGuid():N}.log");
        _log = new StreamWriter(LogFile) { AutoFlush = true };
    }

    /// <summary>Finds the app's build output beside the solution: Release first, then Debug.</summary>
    public static (string Dll, string ContentRoot) Locate()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Handlingsplan.sln"))) root = root.Parent;
        var project = Path.Combine(root!.FullName, "src", "Handlingsplan");
        var dll = new[] { "Release", "Debug" }
            .Select(c => Path.Combine(project, "bin", c, "net10.0", "Handlingsplan.dll"))
            .FirstOrDefault(File.Exists) ?? throw new FileNotFoundException("Handlingsplan.dll is not built; build the benchmark project first.");
        return (dll, project);
    }

    public int ProcessId => _process?.Id ?? 0;

    /// <summary>
    /// Development unless set: the handlers compiled at start-up. Production loads the handlers
    /// generated ahead of time, and needs <c>codegen write</c> before the build.
    /// </summary>
    public string Environment { get; init; } = "Development";

    /// <summary>More environment variables for the app's process (settings, a startup hook).</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    public void Start()
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _contentRoot,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add(_dll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        psi.Environment["DataDirectory"] = DataDirectory;
        // Development: Wolverine compiles its handlers at start-up, no generated code needed.
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = Environment;
        psi.Environment["DOTNET_ENVIRONMENT"] = Environment;
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        psi.Environment.Remove("ConnectionStrings__Marten");
        foreach (var (name, value) in Settings) psi.Environment[name] = value;
        _process = Process.Start(psi) ?? throw new InvalidOperationException("the app did not start");
        _process.OutputDataReceived += (_, e) => Log(e.Data);
        _process.ErrorDataReceived += (_, e) => Log(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Log($"--- started app pid {_process.Id} at {DateTimeOffset.UtcNow:O}");
    }

    void Log(string? line)
    {
        if (line is null) return;
        lock (_logGate) _log.WriteLine(line);
    }

    /// <summary>Waits until <c>GET /health</c> answers 200.</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"the app exited with {_process.ExitCode}; see {LogFile}");
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { /* not listening yet */ }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"/health did not answer 200 within {timeout}; see {LogFile}");
            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, the PostgreSQL server it started is left orphaned.</summary>
    public void Kill()
    {
        _process!.Kill();
        _process.WaitForExit(10_000);
        Log($"--- killed app pid {_process.Id} at {DateTimeOffset.UtcNow:O}");
    }

    /// <summary>The postmaster's pid (first line of postmaster.pid) and port (fourth line).</summary>
    public (int Pid, int Port) Postmaster()
    {
        var lines = File.ReadAllLines(Path.Combine(PostgresDirectory, "postmaster.pid"));
        return (int.Parse(lines[0].Trim()), int.Parse(lines[3].Trim()));
    }

    public string SuperUserPassword => File.ReadAllText(Path.Combine(PostgresDirectory, "handlingsplan.password")).Trim();

    /// <summary>The embedded server as the database owner, from the port in postmaster.pid; no pooling.</summary>
    public string OwnerConnectionString => new Npgsql.NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Postmaster().Port, Database = "handlingsplan", Username = "handlingsplan", Password = SuperUserPassword, Pooling = false,
    }.ConnectionString;

    /// <summary>SIGTERM, as a service manager stops the app; it stops its PostgreSQL cleanly. The data stays.</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false }) return;
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await term.WaitForExitAsync();
        if (!_process.WaitForExit(60_000)) _process.Kill();
        Log($"--- stopped app pid {_process.Id} at {DateTimeOffset.UtcNow:O}");
    }

    /// <summary>The app's resident memory now, from /proc (Linux), in MiB.</summary>
    public long ResidentMiB()
    {
        var line = File.ReadLines($"/proc/{_process!.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }

    /// <summary>Set when a check failed, so the data folder stays for a look.</summary>
    public bool KeepData { get; set; }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            // SIGTERM: the app stops its PostgreSQL cleanly.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await term.WaitForExitAsync();
            if (!_process.WaitForExit(30_000)) _process.Kill();
        }
        _process?.Dispose();
        try
        {
            // A server still running here was orphaned by a kill; nothing is kept, so SIGKILL will do.
            var (pid, _) = Postmaster();
            if (File.Exists($"/proc/{pid}/comm") && File.ReadAllText($"/proc/{pid}/comm").StartsWith("postgres", StringComparison.Ordinal))
                Process.GetProcessById(pid).Kill();
        }
        catch (Exception) { /* no server left */ }
        lock (_logGate) _log.Dispose();
        if (KeepData) { Console.WriteLine($"data folder kept: {DataDirectory}"); return; }
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }

    static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
