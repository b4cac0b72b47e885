using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>
/// A real Redis for the tests of more than one node: Debian's <c>redis-server</c>, started on 127.0.0.1
/// on a free port, without a configuration file and without persistence, in a temporary folder of its
/// own, and stopped (the folder removed) when disposed.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    readonly Process _process;
    readonly string _directory;
    readonly StringBuilder _output = new();

    RedisServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The app's <c>ConnectionStrings:Redis</c> for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static string Executable =>
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("redis-server is not installed (Debian: sudo apt-get install redis-server).");

    public static async Task<RedisServer> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"handlingsplan-redis-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var port = FreePort();
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Everything on the command line, nothing written to disk: no snapshots, no append-only file.
        foreach (var argument in new[]
                 {
                     "--bind", "127.0.0.1", "--port", port.ToString(), "--protected-mode", "yes",
                     "--save", "", "--appendonly", "no", "--dir", directory, "--daemonize", "no", "--loglevel", "warning",
                 })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start redis-server.");
        var server = new RedisServer(process, directory, port);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var until = DateTime.UtcNow.AddSeconds(20);
        while (!await server.AnswersAsync())
        {
            if (process.HasExited || DateTime.UtcNow > until)
            {
                var output = server.Output;
                await server.DisposeAsync();
                throw new InvalidOperationException($"redis-server did not answer on port {port}: {output}");
            }
            await Task.Delay(50);
        }
        return server;
    }

    void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>True when the server answers PING with PONG.</summary>
    public async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException) { /* already gone */ }
        _process.Dispose();
        try { Directory.Delete(_directory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}
