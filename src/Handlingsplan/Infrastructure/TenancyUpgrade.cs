using Marten;
using Npgsql;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// Brings an event store written before there were municipalities to the shape conjoined tenancy
/// wants, before Marten compares the schema: the streams' key becomes (tenant, id), and the events
/// refer to it. Marten's own migration would add the events' new foreign key twice and fail. Every
/// existing row keeps its tenant (the default), so nothing sealed changes.
/// </summary>
public static class TenancyUpgrade
{
    public static async Task RunAsync(string ownerConnectionString, string schema, ILogger logger, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ownerConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var check = new NpgsqlCommand(
            "select exists (select 1 from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace where n.nspname = @schema and t.relname = 'mt_streams' and c.conname = 'pkey_mt_streams_id')", connection))
        {
            check.Parameters.AddWithValue("schema", schema);
            if (await check.ExecuteScalarAsync(ct) is not true) return;
        }

        var s = "\"" + schema.Replace("\"", "\"\"") + "\"";
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            foreach (var sql in new[]
            {
                $"alter table {s}.mt_events drop constraint if exists fkey_mt_events_stream_id",
                $"alter table {s}.mt_streams drop constraint pkey_mt_streams_id",
                $"alter table {s}.mt_streams add constraint pkey_mt_streams_tenant_id_id primary key (tenant_id, id)",
                $"alter table {s}.mt_events add constraint fkey_mt_events_stream_id_tenant_id foreign key (tenant_id, stream_id) references {s}.mt_streams (tenant_id, id)",
                $"drop index if exists {s}.pk_mt_events_stream_and_version",
                $"create unique index pk_mt_events_stream_and_version on {s}.mt_events (tenant_id, stream_id, version)",
            })
                batch.BatchCommands.Add(new NpgsqlBatchCommand(sql));
            await batch.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        logger.LogInformation("Prepared the event store for more than one municipality: streams are now keyed by tenant and id");
    }

    /// <summary>
    /// Runs the upgrade first of all at start-up, before the schema is compared: call it after
    /// <c>AddMarten</c>, which puts its own start-up first of all too.
    /// </summary>
    public static IServiceCollection AddTenancyUpgrade(this IServiceCollection services)
    {
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, OnStart>());
        return services;
    }

    sealed class OnStart(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => RunAsync(services, ct);
        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }

    public static Task RunAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var store = services.GetRequiredService<IDocumentStore>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TenancyUpgrade));
        return RunAsync(configuration.GetConnectionString("Marten")!, store.Options.Events.DatabaseSchemaName, logger, ct);
    }
}
