using JasperFx;
using Marten;
using Npgsql;
using Weasel.Core;
using Weasel.Core.Migrations;
using Wolverine.Persistence.Durability;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// A document type whose table the app's own database role may read and add to, but never change or
/// empty (the audit chain's seals and alarms).
/// </summary>
public sealed record AppendOnlyDocument(Type DocumentType);

/// <summary>
/// Two database roles: <c>ConnectionStrings:Marten</c> is the owner, which applies Marten's and
/// Wolverine's schema changes at start-up; the optional <c>ConnectionStrings:MartenApp</c> is the
/// role every query of the running app uses. Given both, the app grants the second role what it needs
/// and no more: it may add events, streams, seals and alarms but not change or delete them, and may
/// change only a stream's version. Given only the first, the app runs as that role, as before.
/// </summary>
public static class DatabaseRoles
{
    public const string OwnerConnection = "Marten";
    public const string AppConnection = "MartenApp";

    /// <summary>True when the app's queries run as a role of their own.</summary>
    public static bool AreSeparate(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(AppConnection));

    /// <summary>
    /// Connects the store as the app's role. With two roles, the store creates no schema objects
    /// itself (nor Wolverine's, which follows the store): <see cref="ApplySchemaChangesAsync"/> has.
    /// </summary>
    public static StoreOptions ConnectAsTheApp(this StoreOptions options, IConfiguration configuration)
    {
        if (AreSeparate(configuration))
        {
            options.Connection(Pooled(configuration.GetConnectionString(AppConnection)!));
            options.AutoCreateSchemaObjects = AutoCreate.None;
        }
        else
        {
            options.Connection(Pooled(configuration.GetConnectionString(OwnerConnection)!));
        }
        return options;
    }

    /// <summary>
    /// At most this many connections to the database (Npgsql's default is 100). When commands arrive
    /// faster than they are answered, the ones over this wait in the app for a connection, which is
    /// cheap, rather than each opening one of its own: a server process and a SCRAM handshake, which on
    /// a small machine cost the CPU the waiting commands need, so that a second's hiccup grew into a
    /// stall while the pool grew from 13 connections to 100 (docs/benchmarks.md, "Half load").
    /// </summary>
    public const int MaxPoolSize = 24;

    /// <summary>
    /// The app's pooled connections, as a command uses them: the statements it repeats prepared on
    /// the server once each connection has sent them twice, and no DISCARD ALL on each return to the
    /// pool (the app keeps no session state: its locks and settings are the transaction's own). What
    /// the configured connection string says of either wins.
    /// </summary>
    public static string Pooled(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // The keywords as written (Npgsql reads them without regard to case or spaces), not their values.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(k => k.Replace(" ", "").ToLowerInvariant()).ToHashSet();
        if (!given.Contains("maxautoprepare")) builder.MaxAutoPrepare = 64;
        if (!given.Contains("autoprepareminusages")) builder.AutoPrepareMinUsages = 2;
        if (!given.Contains("noresetonclose")) builder.NoResetOnClose = true;
        if (!given.Overlaps(["maxpoolsize", "maximumpoolsize"])) builder.MaxPoolSize = MaxPoolSize;
        return builder.ConnectionString;
    }

    /// <summary>
    /// With two roles, the schema changes run as the owner first of all at start-up: register this
    /// before Wolverine and Marten, whose own start-up work then finds the schema in place.
    /// </summary>
    public static IServiceCollection AddSchemaChangesAsOwner(this IServiceCollection services, IConfiguration configuration)
    {
        if (AreSeparate(configuration)) services.AddHostedService<SchemaChangesAsOwner>();
        return services;
    }

    /// <summary>With one role, Marten applies its schema changes at start-up, as it always has.</summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression ApplySchemaChangesOnStartup(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten, IConfiguration configuration) =>
        AreSeparate(configuration) ? marten : marten.ApplyAllDatabaseChangesOnStartup();

    /// <summary>
    /// Brings the schema up to date: with two roles as the owner (Marten's objects and Wolverine's),
    /// then grants the app's role its privileges; with one, through the store. Also for a command
    /// (<c>verify</c>, <c>import</c>) that runs without starting the host.
    /// </summary>
    public static async Task ApplySchemaChangesAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var store = services.GetRequiredService<IDocumentStore>();
        await TenancyUpgrade.RunAsync(services, ct);
        if (!AreSeparate(configuration))
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            return;
        }

        var objects = store.Storage.Database.AllObjects().ToList();
        if (services.GetService<IMessageStore>() is IDatabase wolverine) objects.AddRange(wolverine.AllObjects());
        var all = objects.ToArray();
        foreach (var postProcessing in all.OfType<ISchemaObjectWithPostProcessing>().ToArray()) postProcessing.PostProcess(all);

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseRoles));
        var migrator = ((DocumentStore)store).Options.Advanced.Migrator;
        await using var owner = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(OwnerConnection)) { Pooling = false }.ConnectionString);
        await owner.OpenAsync(ct);
        var migration = await SchemaMigration.DetermineAsync(owner, migrator, ct, all);
        if (migration.Difference != SchemaPatchDifference.None)
        {
            var ddl = new StringWriter();
            await migrator.ApplyAllAsync(owner, migration, AutoCreate.CreateOrUpdate, new DefaultMigrationLogger(ddl), ct);
            logger.LogInformation("Applied the schema changes as the database's owner");
            logger.LogDebug("{Ddl}", ddl.ToString());
        }

        var appRole = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(AppConnection)).Username
                      ?? throw new InvalidOperationException($"ConnectionStrings:{AppConnection} names no user.");
        var schemas = all.SelectMany(o => o.AllNames()).Select(n => n.Schema).Distinct().ToList();
        var eventsSchema = store.Options.Events.DatabaseSchemaName;
        var appendOnly = new List<string> { $"{Quote(eventsSchema)}.mt_events" };
        var documents = store.Options.AllKnownDocumentTypes();
        foreach (var document in services.GetServices<AppendOnlyDocument>())
        {
            var table = documents.Single(d => d.DocumentType == document.DocumentType).TableName;
            appendOnly.Add($"{Quote(table.Schema)}.{Quote(table.Name)}");
        }
        var streams = $"{Quote(eventsSchema)}.mt_streams";
        var role = Quote(appRole);

        var grants = new List<string>();
        foreach (var schema in schemas.Select(Quote))
        {
            grants.Add($"grant usage on schema {schema} to {role}");
            grants.Add($"grant select, insert, update, delete on all tables in schema {schema} to {role}");
            grants.Add($"grant usage, select on all sequences in schema {schema} to {role}");
        }
        // Revoking a table's privilege revokes its columns' too, so the stream's version is granted after.
        grants.Add($"revoke update, delete, truncate on {string.Join(", ", appendOnly)}, {streams} from {role}");
        grants.Add($"grant update (version, timestamp) on {streams} to {role}");
        await using (var batch = new NpgsqlBatch(owner))
        {
            foreach (var sql in grants) batch.BatchCommands.Add(new NpgsqlBatchCommand(sql));
            await batch.ExecuteNonQueryAsync(ct);
        }

        // A role that is a superuser or owns the tables keeps every privilege whatever is revoked.
        await using var check = new NpgsqlCommand(
            "select bool_or(has_table_privilege(@role, t, 'UPDATE') or has_table_privilege(@role, t, 'DELETE')) from unnest(@tables) t", owner);
        check.Parameters.AddWithValue("role", appRole);
        check.Parameters.AddWithValue("tables", appendOnly.ToArray());
        if (await check.ExecuteScalarAsync(ct) is true)
            logger.LogWarning("The app's database role {Role} can still change or delete events or seals: it is a superuser or owns the tables. Give ConnectionStrings:{Connection} a role of its own (README, 'Two database roles').", appRole, AppConnection);
    }

    static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    /// <summary>Runs the owner's schema changes before any other hosted service starts.</summary>
    sealed class SchemaChangesAsOwner(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => ApplySchemaChangesAsync(services, ct);

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
