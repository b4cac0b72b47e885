using Handlingsplan.LocalPostgres;
using Marten;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// Where the event store lives: the configured <c>ConnectionStrings:Marten</c>, or else a private
/// PostgreSQL that the app starts before its host is built, so that everything after it (Marten
/// included) knows only a connection string.
/// </summary>
public static class Database
{
    /// <summary>Why the app cannot get a database at all (or, as a node of a cluster, the one it shares), or null when it can.</summary>
    public static string? MissingPrerequisite(IConfiguration configuration) =>
        Cluster.MissingPrerequisite(configuration)
        ?? (!IsConfigured(configuration) && EmbeddedPostgres.FindBinDirectory() is null
            ? EmbeddedPostgres.NotFoundMessage
            : null);

    /// <summary>
    /// With no connection string configured, starts the private server in the data folder (or
    /// <c>Database:DataDirectory</c>) and configures its connection string. The server stops when
    /// the app has stopped, or when the process ends without stopping the app (a command such as
    /// <c>verify</c>, or a failed start). While the app runs, <see cref="DatabaseSupervisor"/> starts
    /// it again when it dies.
    /// </summary>
    public static async Task StartLocalServerUnlessConfiguredAsync(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (IsConfigured(configuration)) return;

        var dataDirectory = configuration["Database:DataDirectory"];
        if (string.IsNullOrWhiteSpace(dataDirectory)) dataDirectory = new DataFolder(configuration).File("postgres");

        // The host and its logging do not exist yet; this logs to the console under the app's own settings.
        using var logging = LoggerFactory.Create(b => b.AddConfiguration(configuration.GetSection("Logging")).AddConsole());
        var logger = logging.CreateLogger(typeof(Database).FullName!);
        var server = await EmbeddedPostgres.StartAsync(dataDirectory, m => logger.LogInformation("{Message}", m));

        configuration["ConnectionStrings:Marten"] = server.ConnectionString;
        // The app's queries run as a role that cannot change or delete events or seals.
        configuration[$"ConnectionStrings:{DatabaseRoles.AppConnection}"] = server.AppConnectionString;
        builder.Services.AddHostedService(services => new StopWhenTheAppStops(server, services.GetRequiredService<IHostApplicationLifetime>()));
        builder.Services.AddDatabaseSupervisor(server);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        // A crash skips ProcessExit.
        AppDomain.CurrentDomain.UnhandledException += (_, _) => server.Stop();
    }

    static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Marten"));

    /// <summary>
    /// Stops the server once the app has stopped (Ctrl+C, SIGTERM), after the daemon and Wolverine
    /// have let go of their connections.
    /// </summary>
    sealed class StopWhenTheAppStops(EmbeddedPostgres server, IHostApplicationLifetime lifetime) : IHostedService
    {
        public Task StartAsync(CancellationToken ct)
        {
            lifetime.ApplicationStopped.Register(server.Stop);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}

public static class EventStoreConfiguration
{
    /// <summary>
    /// How the app serialises and appends events, which the schema's append function is made for:
    /// anything else that appends to the same database (a seeding benchmark) must append the same way.
    /// </summary>
    public static StoreOptions StoreEventsAsTheAppDoes(this StoreOptions options)
    {
        // camelCase in the stored JSON (as it always was) and in Marten's queries over it, which
        // otherwise look for the C# names and find nothing.
        options.UseSystemTextJsonForSerialization(casing: Weasel.Core.Casing.CamelCase, configure: Json.Configure);
        options.Events.MetadataConfig.UserNameEnabled = true;
        options.Events.MetadataConfig.HeadersEnabled = true;
        // Racing writers to one item: the loser waits for the winner and is refused before it takes a
        // sequence number, so no hole is left for the async daemon to wait out.
        options.Events.UseExclusiveLockOnConcurrentAppends = true;
        // One table of events for every municipality, each event marked with its tenant (docs/scaling.md).
        options.Events.TenancyStyle = JasperFx.MultiTenancy.TenancyStyle.Conjoined;
        return options;
    }
}
