using JasperFx.Events.Daemon;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;
using Wolverine;
using Wolverine.Marten;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// More than one node. Off by default: one process runs everything, the projection daemon and Wolverine
/// in solo mode. <c>ConnectionStrings:Redis</c> turns it on, for every node of the cluster alike:
/// Wolverine's nodes find each other through PostgreSQL (balanced mode) and its leader runs each async
/// projection and subscription (the dashboard, the audit sealer, the notices) on exactly one node,
/// moving it to a survivor when its node stops answering; SignalR's messages reach the clients of every
/// node through Redis; and the keys that protect cookies and forms are kept in the shared data folder.
/// docs/scaling.md says how to run it.
/// </summary>
public static class Cluster
{
    public const string RedisConnection = "Redis";

    /// <summary>How often a node writes its heartbeat and the leader looks at the assignments.</summary>
    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A node whose heartbeat is older than this is taken for dead and its projections are started on a
    /// survivor: five missed heartbeats, so that a node slowed by a long pause is not robbed of its
    /// work, and short enough that a dead node's work moves well within half a minute.
    /// </summary>
    public static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How often the leader checks that every assigned projection really runs where it was placed.</summary>
    public static readonly TimeSpan AssignmentCheckEvery = TimeSpan.FromSeconds(10);

    public static bool IsOn(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(RedisConnection));

    /// <summary>Why this configuration cannot run as a node of a cluster, or null.</summary>
    public static string? MissingPrerequisite(IConfiguration configuration) =>
        IsOn(configuration) && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Marten"))
            ? "ConnectionStrings:Redis is set, so this node expects to share a database with the others, but " +
              "ConnectionStrings:Marten is not: every node must name the same PostgreSQL (a private database per node " +
              "would be a cluster of one each). Set ConnectionStrings__Marten, or unset ConnectionStrings__Redis to run alone."
            : null;

    /// <summary>Solo, as one process runs; balanced on PostgreSQL, with the timings above, in a cluster.</summary>
    public static WolverineOptions UseDurabilityModeOf(this WolverineOptions options, IConfiguration configuration)
    {
        if (!IsOn(configuration))
        {
            options.Durability.Mode = DurabilityMode.Solo;
            return options;
        }
        options.Durability.Mode = DurabilityMode.Balanced;
        options.Durability.HealthCheckPollingTime = HeartbeatEvery;
        options.Durability.StaleNodeTimeout = NodeTimeout;
        options.Durability.CheckAssignmentPeriod = AssignmentCheckEvery;
        return options;
    }

    /// <summary>
    /// Alone, Marten's own daemon runs every async projection and subscription here. In a cluster
    /// Wolverine runs them instead, each on one node (<see cref="Distribution"/>), and Marten's daemon
    /// must not be registered beside it.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddAsyncDaemonUnlessClustered(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten, IConfiguration configuration) =>
        IsOn(configuration) ? marten : marten.AddAsyncDaemon(DaemonMode.Solo);

    /// <summary>Wolverine's side of the above: in a cluster it places the projections and subscriptions on the nodes.</summary>
    public static Action<MartenIntegration> Distribution(IConfiguration configuration) =>
        integration => integration.UseWolverineManagedEventSubscriptionDistribution = IsOn(configuration);

    /// <summary>
    /// In a cluster: SignalR through Redis, and the data protection keys (the sign-in cookie, the
    /// forms' antiforgery tokens) in the data folder that every node shares, so that a browser moved to
    /// another node stays signed in. Nothing when alone.
    /// </summary>
    public static IServiceCollection AddCluster(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsOn(configuration)) return services;

        services.AddSignalR().AddStackExchangeRedis(configuration.GetConnectionString(RedisConnection)!, options =>
        {
            // One Redis may serve more than this app.
            options.Configuration.ChannelPrefix = RedisChannel.Literal("handlingsplan");
            // A node that starts while Redis is away keeps trying instead of failing its hub.
            options.Configuration.AbortOnConnectFail = false;
        });

        services.AddDataProtection()
            .SetApplicationName("handlingsplan")
            .PersistKeysToFileSystem(KeysFolder(new DataFolder(configuration)));
        services.AddHostedService<DataProtectionKeyOnStart>();
        return services;
    }

    /// <summary>The keys are kept unencrypted, like the data folder's other secrets: in a folder only the app's user may enter.</summary>
    static DirectoryInfo KeysFolder(DataFolder folder)
    {
        var path = folder.File("data-protection-keys");
        if (OperatingSystem.IsWindows()) return Directory.CreateDirectory(path);
        var keys = Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return keys;
    }

    /// <summary>
    /// Makes the first key at start-up rather than at the first sign-in, so that the first node has it
    /// before a second one starts (the compose file starts the second once the first answers) and two
    /// nodes do not each make one of their own for their first visitors.
    /// </summary>
    sealed class DataProtectionKeyOnStart(IDataProtectionProvider provider) : IHostedService
    {
        public Task StartAsync(CancellationToken ct)
        {
            provider.CreateProtector("handlingsplan.start").Protect([0]);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
