using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>
/// The built app as a process of its own (<c>dotnet Handlingsplan.dll</c>), listening on 127.0.0.1 on a
/// free port, with the settings given as environment variables. What it prints is kept, for the
/// message of a failed test.
/// </summary>
public sealed class AppNode : IAsyncDisposable
{
    readonly Process _process;
    readonly List<string> _output = [];

    AppNode(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
    }

    public string Name { get; }
    public Uri Address { get; }
    public int ProcessId => _process.Id;
    public bool HasExited => _process.HasExited;

    public static AppNode Start(string name, IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Handlingsplan.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var key in new[] { "ConnectionStrings__Marten", "ConnectionStrings__MartenApp", "ConnectionStrings__Redis" })
            start.Environment.Remove(key);
        // A test build has no pre-generated handlers, which production insists on.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("the app did not start");
        var node = new AppNode(name, process, address);
        process.OutputDataReceived += (_, e) => node.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => node.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    /// <summary>The entries the console logger wrote at level Error or Critical ("fail:", "crit:"), with the line after each.</summary>
    public IReadOnlyList<string> LoggedErrors
    {
        get
        {
            lock (_output)
                return _output.Select((line, i) => (line, i))
                    .Where(l => l.line.StartsWith("fail: ", StringComparison.Ordinal) || l.line.StartsWith("crit: ", StringComparison.Ordinal))
                    .Select(l => l.line + (l.i + 1 < _output.Count ? " " + _output[l.i + 1].Trim() : ""))
                    .ToList();
        }
    }

    /// <summary>The last lines the process printed.</summary>
    public string Tail(int lines = 60)
    {
        lock (_output) return $"--- {Name} (pid {_process.Id}{(_process.HasExited ? ", exited" : "")}):\n" + string.Join('\n', _output.TakeLast(lines));
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>Waits until <c>GET /health</c> answers 200, or fails with what the process printed.</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}\n{Tail()}");
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { /* not listening yet */ }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Name}: /health did not answer 200 within {timeout}\n{Tail()}");
            await Task.Delay(200);
        }
    }

    /// <summary>A bearer token for a demo account, with the password the app wrote to its data folder.</summary>
    public async Task<string> TokenAsync(string dataDirectory, string username)
    {
        var password = File.ReadAllLines(Path.Combine(dataDirectory, Handlingsplan.Access.Accounts.DemoFile))
            .Select(l => l.Split(' ')).Single(p => p[0] == username)[1];
        using var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Handlingsplan.Access.TokenResponse>())!.Token;
    }

    /// <summary>SIGKILL: no shutdown code runs, as when a machine or a container dies.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit(10_000);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM, as a service manager stops it; then SIGKILL if it lingers.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await term.WaitForExitAsync();
            if (!_process.WaitForExit(30_000)) _process.Kill();
        }
        _process.Dispose();
    }
}
