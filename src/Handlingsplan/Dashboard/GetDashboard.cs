using JasperFx.Events;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Dashboard;

public static class DashboardQueries
{
    public static async Task<DashboardSummary> Current(IQuerySession session, CancellationToken ct) =>
        DashboardCalculator.Summarise(await session.LoadAsync<DashboardTotals>(DashboardTotals.TheId, ct) ?? new DashboardTotals());

    /// <summary>
    /// The dashboard as it stood at an instant: every event stamped at or before it, folded in order of
    /// sequence, as a replay from the first event would, but starting from the latest snapshot that
    /// holds only such events. Snapshots after it are skipped unless they hold events stamped at or
    /// before the instant too (a transaction that committed late), so the answer is the full replay's.
    /// </summary>
    public static async Task<DashboardSummary> AsOf(DateTimeOffset asOf, IQuerySession session, CancellationToken ct)
    {
        var start = await session.Query<DashboardSnapshot>()
            .Where(s => s.MaxTimestamp <= asOf)
            .OrderByDescending(s => s.Id)
            .FirstOrDefaultAsync(ct);
        var from = start?.Id ?? 0;
        // Events after the last snapshot are read whatever their stamps; those before it, only as far
        // as the last snapshot whose span holds an event stamped in time.
        var lastSnapshot = await session.Query<DashboardSnapshot>()
            .Where(s => s.Id > from).OrderByDescending(s => s.Id).Select(s => s.Id).FirstOrDefaultAsync(ct);
        lastSnapshot = Math.Max(lastSnapshot, from);
        var reachesTo = await session.Query<DashboardSnapshot>()
            .Where(s => s.Id > from && s.MinTimestampSincePrevious <= asOf).OrderByDescending(s => s.Id).Select(s => s.Id).FirstOrDefaultAsync(ct);
        reachesTo = Math.Max(reachesTo, from);

        var tail = (await session.Events.QueryAllRawEvents()
                .Where(e => e.Sequence > from && e.Sequence <= reachesTo && e.Timestamp <= asOf)
                .ToListAsync(ct))
            .Concat(await session.Events.QueryAllRawEvents()
                .Where(e => e.Sequence > lastSnapshot && e.Timestamp <= asOf)
                .ToListAsync(ct))
            .DistinctBy(e => e.Sequence)
            .OrderBy(e => e.Sequence)
            .ToList();

        var rows = await DashboardLedger.ReachableAsync(tail.SelectMany(DashboardLedger.Reach), ids => RowsAt(session, ids, from, ct));
        var ledger = new DashboardLedger(start?.AsTotals() ?? new DashboardTotals(), rows, snapshotEvery: 0);
        foreach (var e in tail) ledger.Apply(e);
        return DashboardCalculator.Summarise(ledger.Totals);
    }

    /// <summary>
    /// The rows of these items as they stood after event <paramref name="sequence"/>: replayed from each
    /// item's own events, with the measures linked to it as the current rows name them (a superset of
    /// those linked then, which the ledger sorts out).
    /// </summary>
    static async Task<IEnumerable<DashboardRow>> RowsAt(IQuerySession session, IReadOnlyCollection<Guid> ids, long sequence, CancellationToken ct)
    {
        var wanted = ids.ToArray();
        var linked = (await session.LoadManyAsync<DashboardRow>(ct, wanted)).ToDictionary(r => r.Id, r => r.LinkedFrom);
        // Ordered here, not in the database: ordered there, PostgreSQL would walk the whole log by
        // sequence instead of reading these streams by their index.
        var events = sequence == 0 ? [] : (await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(wanted) && e.Sequence <= sequence)
            .ToListAsync(ct)).OrderBy(e => e.Sequence).ToList();
        var rows = wanted.ToDictionary(id => id, id => new DashboardRow { Id = id, LinkedFrom = linked.GetValueOrDefault(id) ?? [] });
        foreach (var e in events)
        {
            var row = rows[e.StreamId];
            if (DashboardEntry.Next(row.Entry, e.StreamId, e.Data) is { } entry) rows[e.StreamId] = row with { Entry = entry, Version = e.Version };
        }
        return rows.Values;
    }
}

public static class GetDashboardEndpoint
{
    [WolverineGet("/api/dashboard")]
    [Microsoft.AspNetCore.Authorization.Authorize(Policy = Access.AccessConfiguration.ReadDashboardData)]
    public static async Task<IResult> Get(string? asOf, IQuerySession session, CancellationToken ct)
    {
        if (asOf is null) return Results.Ok(await DashboardQueries.Current(session, ct));
        if (!Infrastructure.SwedishTime.TryParseAsOf(asOf, out var at)) return Infrastructure.SwedishTime.InvalidAsOf(asOf);
        return Results.Ok(await DashboardQueries.AsOf(at, session, ct));
    }
}
