namespace Handlingsplan.Infrastructure;

/// <summary>
/// Where the event store lives: the configured <c>ConnectionStrings:Marten</c>, or else a private
/// PostgreSQL that the app starts itself and stops when the app stops (disposed with the container).
/// </summary>
public sealed class Database : IAsyncDisposable
{
    EmbeddedPostgres? _embedded;

    public Database(IConfiguration configuration, DataFolder dataFolder, ILogger<Database> logger)
    {
        var configured = configuration.GetConnectionString("Marten");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            return;
        }

        var dataDirectory = configuration["Database:DataDirectory"];
        if (string.IsNullOrWhiteSpace(dataDirectory)) dataDirectory = dataFolder.File("postgres");
        _embedded = EmbeddedPostgres.StartAsync(dataDirectory, m => logger.LogInformation("{Message}", m)).GetAwaiter().GetResult();
        ConnectionString = _embedded.ConnectionString;
        // A hard stop of the process (not Ctrl+C or SIGTERM, which dispose the container) still stops the server.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _embedded?.Stop();
    }

    public string ConnectionString { get; }

    /// <summary>Why the app cannot get a database at all, or null when it can.</summary>
    public static string? MissingPrerequisite(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration.GetConnectionString("Marten")) && EmbeddedPostgres.FindBinDirectory() is null
            ? EmbeddedPostgres.NotFoundMessage
            : null;

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null) await _embedded.DisposeAsync();
    }
}
