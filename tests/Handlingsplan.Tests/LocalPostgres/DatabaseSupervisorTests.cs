using Handlingsplan.Infrastructure;
using Handlingsplan.LocalPostgres;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Handlingsplan.Tests.LocalPostgres;

/// <summary>The supervisor alone, over a server of its own: it restarts a dead server, and leaves a stopped one stopped.</summary>
public sealed class DatabaseSupervisorTests : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-supervised-{Guid.NewGuid():N}");
    readonly CapturedLogs _logs = new();
    readonly ILoggerFactory _logging;
    readonly ApplicationLifetime _lifetime = new(NullLogger<ApplicationLifetime>.Instance);
    EmbeddedPostgres _server = null!;
    DatabaseSupervisor _supervisor = null!;

    public DatabaseSupervisorTests() => _logging = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Information).AddProvider(_logs));

    public async Task InitializeAsync()
    {
        _server = await EmbeddedPostgres.StartAsync(_dataDirectory);
        _supervisor = new DatabaseSupervisor(_server, _lifetime, _logging.CreateLogger<DatabaseSupervisor>());
        await _supervisor.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _supervisor.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        _supervisor.Dispose();
        await _server.DisposeAsync();
        _logging.Dispose();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }

    [Fact]
    public async Task A_killed_server_is_started_again_and_the_restart_is_logged()
    {
        var pid = _server.ServerProcessId!.Value;
        System.Diagnostics.Process.GetProcessById(pid).Kill();

        await DatabaseOutageTests.Eventually(() => Task.FromResult(_server.ServerProcessId is { } now && now != pid), "the server runs again");
        await DatabaseOutageTests.Eventually(() => Task.FromResult(_logs.Since(0).Any(e => e.Message.StartsWith("PostgreSQL restarted"))), "the restart is logged");
        Assert.Contains(_logs.Since(0), e => e.Level == LogLevel.Warning && e.Message.Contains("stopped unexpectedly"));
    }

    [Fact]
    public async Task The_deliberate_stop_when_the_app_stops_is_left_alone()
    {
        // What the host does on Ctrl+C or SIGTERM: stopping begins, then the server is stopped.
        _lifetime.StopApplication();
        _server.Stop();
        Assert.Null(_server.ServerProcessId);

        // Several of the supervisor's looks later, nothing has started the server again.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Null(_server.ServerProcessId);
        Assert.False(File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")));
        Assert.DoesNotContain(_logs.Since(0), e => e.Message.Contains("stopped unexpectedly"));
    }
}
