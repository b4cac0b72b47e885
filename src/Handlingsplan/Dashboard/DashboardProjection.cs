using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;

namespace Handlingsplan.Dashboard;

/// <summary>
/// Keeps the dashboard, asynchronously: a row per item and one small document of totals, so that an
/// event costs the same however large the plan is. For each page of events it reads the totals and
/// the rows the page reaches, folds the events in through <see cref="DashboardLedger"/>, and stores the
/// changed rows, the totals and any snapshot due. Events the totals already hold (a page handed over
/// again) are skipped, so each event counts once.
/// </summary>
public sealed class DashboardProjection : ProjectionBase, IProjection
{
    public const string ProjectionName = "Dashboard";

    readonly long _snapshotEvery;

    /// <param name="snapshotEvery">Sequence numbers between snapshots (<c>Dashboard:SnapshotEvery</c>).</param>
    public DashboardProjection(long snapshotEvery = DashboardLedger.DefaultSnapshotEvery)
    {
        _snapshotEvery = snapshotEvery;
        Name = ProjectionName;
        // Version 4 keeps rows and running totals instead of one document of every item (version 3);
        // a store written by an earlier version builds them once from the events.
        Version = 4;
        // Pages as large as a rebuild can use: the cost of a page is a few statements, whatever its size.
        Options.BatchSize = 5000;
        RegisterPublishedType(typeof(DashboardTotals));
        RegisterPublishedType(typeof(DashboardRow));
        RegisterPublishedType(typeof(DashboardSnapshot));
    }

    /// <summary>Each municipality's events fold into its own dashboard, stored under its tenant.</summary>
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        foreach (var tenant in events.GroupBy(e => e.TenantId ?? Tenancy.Municipalities.DefaultTenantId))
            await ApplyAsync(operations.ForTenant(tenant.Key), tenant.Key, tenant.ToList(), ct);
    }

    async Task ApplyAsync(IDocumentOperations operations, string tenantId, List<IEvent> events, CancellationToken ct)
    {
        var totals = await operations.LoadAsync<DashboardTotals>(DashboardTotals.TheId, ct) ?? new DashboardTotals();
        var fresh = events.Where(e => e.Sequence > totals.Sequence).OrderBy(e => e.Sequence).ToList();
        if (fresh.Count == 0) return;

        var rows = await DashboardLedger.ReachableAsync(fresh.SelectMany(DashboardLedger.Reach),
            async ids => await operations.LoadManyAsync<DashboardRow>(ct, ids));
        var ledger = new DashboardLedger(totals, rows, _snapshotEvery);
        foreach (var e in fresh) ledger.Apply(e);

        foreach (var row in ledger.Changed) operations.Store(row with { Tenant = tenantId });
        foreach (var snapshot in ledger.Snapshots) operations.Store(snapshot);
        operations.Store(ledger.Totals with { Tenant = tenantId });
    }
}
