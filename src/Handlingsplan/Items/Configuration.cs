using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using Wolverine.Http;

namespace Handlingsplan.Items;

public static class Configuration
{
    /// <summary>Every item's current state, kept inline with its events; every item event type known by name.</summary>
    public static StoreOptions AddItems(this StoreOptions options)
    {
        options.Projections.Add(new ItemProjection(), ProjectionLifecycle.Inline);
        // The bytes of attached files, beside the events that record them (Items/Attaching).
        options.Schema.For<Attaching.AttachmentContent>().Duplicate(c => c.ItemId);
        // The measures municipalities share with each other (Items/Sharing), in the one table all of them read.
        options.Schema.For<Sharing.SharedMeasure>();
        // Known up front, so a stored event is read by its name whatever namespace its class now lives in.
        options.Events.AddEventTypes([.. Kinds.All.Select(k => k.ProposedEvent), .. Steps.EventTypes]);
        // The reporting periods: a small stream each, its document kept inline for the status reports to check.
        options.Projections.Snapshot<Reporting.ReportingPeriod>(SnapshotLifecycle.Inline);
        options.Events.AddEventTypes([typeof(Reporting.ReportingPeriodOpened), typeof(Reporting.ReportingPeriodClosed)]);
        return options;
    }

    /// <summary>The shared check before every step.</summary>
    public static void AddItemSteps(this WolverineHttpOptions options) => options.AddPolicy<StepPolicy>();
}

/// <summary>
/// A data folder from before the kinds were one aggregate keeps its items as measure, shift and
/// investigation documents, and has no item documents. At start-up, every item stream that has no
/// item document gets one, aggregated from its events by Marten with the same projection; later
/// starts find nothing to do. The look reads the streams table (one row per stream) and each
/// stream's first event by its index, not the whole event log.
/// </summary>
public sealed class ItemDocumentsUpgrade(IDocumentStore store, ILogger<ItemDocumentsUpgrade> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var created = await RunAsync(store, ct);
        if (created > 0) logger.LogInformation("Created {Count} item documents from their events", created);
    }

    public static async Task<int> RunAsync(IDocumentStore store, CancellationToken ct)
    {
        // Marten's own start-up, registered before this, has created the item documents' table.
        var schema = store.Options.Events.DatabaseSchemaName;
        var proposals = Kinds.ByProposalTypeName.Keys.ToArray();
        var missing = new List<(string Tenant, Guid Id)>();
        await using (var connection = store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync(ct);
            var documents = $"{store.Options.DatabaseSchemaName}.mt_doc_item";
            await using var command = new NpgsqlCommand($"""
                select s.tenant_id, s.id from {schema}.mt_streams s
                where not exists (select 1 from {documents} d where d.id = s.id and d.tenant_id = s.tenant_id)
                  and exists (select 1 from {schema}.mt_events e where e.stream_id = s.id and e.tenant_id = s.tenant_id and e.version = 1 and e.type = any(@proposals))
                """, (NpgsqlConnection)connection);
            command.Parameters.AddWithValue("proposals", proposals);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) missing.Add((reader.GetString(0), reader.GetGuid(1)));
        }

        foreach (var batch in missing.GroupBy(m => m.Tenant).SelectMany(t => t.Select(m => m.Id).Chunk(500).Select(ids => (t.Key, ids))))
        {
            await using var session = store.LightweightSession(batch.Key);
            foreach (var id in batch.ids)
            {
                if (await session.Events.AggregateStreamAsync<Item>(id, token: ct) is { } item) session.Store(item);
            }
            await session.SaveChangesAsync(ct);
        }
        return missing.Count;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
