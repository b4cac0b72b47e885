using Handlingsplan.LocalPostgres;
using Npgsql;
using Polly;
using Polly.Retry;

namespace Handlingsplan.Tests.LocalPostgres;

/// <summary>The private server the app starts when no connection string is configured.</summary>
public sealed class EmbeddedPostgresTests : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-pgtest-{Guid.NewGuid():N}");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* temp folder */ }
        return Task.CompletedTask;
    }

    [Fact]
    public void The_binaries_are_found_on_this_machine()
    {
        var bin = EmbeddedPostgres.FindBinDirectory();
        Assert.NotNull(bin);
        Assert.True(File.Exists(Path.Combine(bin!, "postgres")));
    }

    [Fact]
    public async Task A_second_start_reuses_the_data_even_after_a_crash_left_a_stale_pid_file()
    {
        await using (var first = await EmbeddedPostgres.StartAsync(_dataDirectory))
        {
            await Execute(first.ConnectionString, "create table kept (value text); insert into kept values ('still here')");
        }

        // What a crash leaves behind: a postmaster.pid naming a process that no longer runs.
        var pidFile = Path.Combine(_dataDirectory, "postmaster.pid");
        await File.WriteAllTextAsync(pidFile, "999999\n" + _dataDirectory + "\n0\n5432\n\n127.0.0.1\n0 0\nready\n");

        await using var second = await EmbeddedPostgres.StartAsync(_dataDirectory);
        Assert.Equal("still here", await Scalar(second.ConnectionString, "select value from kept"));
        Assert.StartsWith("127.0.0.1", await Scalar(second.ConnectionString, "select inet_server_addr()::text"));
    }

    [Fact]
    public async Task A_second_start_while_the_first_runs_uses_its_server_and_leaves_it_running()
    {
        await using var owner = await EmbeddedPostgres.StartAsync(_dataDirectory);
        await Execute(owner.ConnectionString, "create table shared (value text); insert into shared values ('one server')");

        // What "verify" or "import" does while the app runs on the same data folder.
        var command = await EmbeddedPostgres.StartAsync(_dataDirectory);
        Assert.Equal(owner.Port, command.Port);
        Assert.Equal("one server", await Scalar(command.ConnectionString, "select value from shared"));
        await command.DisposeAsync();

        Assert.Equal("one server", await Scalar(owner.ConnectionString, "select value from shared"));
    }

    [Fact]
    public async Task A_killed_server_is_started_again_on_the_same_port_with_its_data()
    {
        await using var server = await EmbeddedPostgres.StartAsync(_dataDirectory);
        await Execute(server.ConnectionString, "create table kept (value text); insert into kept values ('before the crash')");
        var pid = server.ServerProcessId;
        Assert.NotNull(pid);

        System.Diagnostics.Process.GetProcessById(pid.Value).Kill();
        await Until(() => server.ServerProcessId is null, "the postmaster is gone");
        NpgsqlConnection.ClearAllPools();

        // The old server's processes may hold its shared memory for a moment, refusing a start.
        var restarted = await new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 10, Delay = TimeSpan.FromMilliseconds(500) })
            .Build()
            .ExecuteAsync(async ct => await server.RestartAsync(ct: ct));

        Assert.True(restarted);
        Assert.NotEqual(pid, server.ServerProcessId);
        Assert.Equal("before the crash", await Scalar(server.ConnectionString, "select value from kept"));
        Assert.Equal(server.Port.ToString(), await Scalar(server.ConnectionString, "select current_setting('port')"));
    }

    [Fact]
    public async Task A_stopped_server_is_not_started_again()
    {
        var server = await EmbeddedPostgres.StartAsync(_dataDirectory);
        await server.DisposeAsync();

        Assert.False(server.Supervisable);
        Assert.False(await server.RestartAsync());
        Assert.False(File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")));
    }

    static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Within 30 s: {what} did not happen.");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Stopping_shuts_the_server_down()
    {
        var server = await EmbeddedPostgres.StartAsync(_dataDirectory);
        var connectionString = server.ConnectionString;
        await server.DisposeAsync();

        Assert.False(File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")));
        await Assert.ThrowsAnyAsync<Exception>(() => Execute(connectionString, "select 1"));
    }

    static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    static async Task<string?> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
