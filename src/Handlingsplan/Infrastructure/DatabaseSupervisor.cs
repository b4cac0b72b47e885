using Handlingsplan.LocalPostgres;
using Npgsql;
using Polly;
using Polly.Retry;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// Keeps the app's own PostgreSQL running: looks once a second whether the postmaster still runs and,
/// when it has died (a crash, <c>kill -9</c>), starts it again on the same port, retrying with a
/// bounded exponential back-off until it answers. It stops looking as soon as the app begins to stop,
/// so that the server's deliberate shutdown is left alone.
/// </summary>
public sealed class DatabaseSupervisor(EmbeddedPostgres server, IHostApplicationLifetime lifetime, ILogger<DatabaseSupervisor> logger)
    : BackgroundService
{
    static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    /// <summary>A failed start is tried again after 1 s, then 2, 4 … (with jitter) up to 30 s apart, for as long as the app runs.</summary>
    readonly ResiliencePipeline _restart = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromSeconds(30),
            OnRetry = args =>
            {
                logger.LogWarning("Restarting PostgreSQL failed (attempt {Attempt}); trying again in {Delay:0.#} s: {Reason}",
                    args.AttemptNumber + 1, args.RetryDelay.TotalSeconds, args.Outcome.Exception?.Message);
                return default;
            },
        })
        .Build();

    volatile bool _paused;

    /// <summary>Test hook: while paused, a dead server is left dead, so an outage can be observed.</summary>
    internal void Pause() => _paused = true;

    internal void Resume() => _paused = false;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        var ct = stopping.Token;
        using var timer = new PeriodicTimer(CheckInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                if (_paused || !server.Supervisable || server.ServerProcessId is not null) continue;
                await RestartAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The app is stopping: the server is stopped on purpose after this.
        }
    }

    async Task RestartAsync(CancellationToken ct)
    {
        logger.LogWarning("PostgreSQL on 127.0.0.1:{Port} has stopped unexpectedly; starting it again", server.Port);
        var attempts = 0;
        var restarted = await _restart.ExecuteAsync(async token =>
        {
            attempts++;
            return await server.RestartAsync(m => logger.LogInformation("{Message}", m), token);
        }, ct);
        if (!restarted) return;
        // Idle pooled connections from before the crash lead to the dead server: drop them now.
        NpgsqlConnection.ClearAllPools();
        logger.LogInformation("PostgreSQL restarted on 127.0.0.1:{Port} after {Attempts} attempt(s)", server.Port, attempts);
    }
}

public static class DatabaseSupervision
{
    /// <summary>Watches the app's own server and restarts it when it dies.</summary>
    public static IServiceCollection AddDatabaseSupervisor(this IServiceCollection services, EmbeddedPostgres server)
    {
        services.AddSingleton(provider => new DatabaseSupervisor(server,
            provider.GetRequiredService<IHostApplicationLifetime>(), provider.GetRequiredService<ILogger<DatabaseSupervisor>>()));
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseSupervisor>());
        return services;
    }
}
