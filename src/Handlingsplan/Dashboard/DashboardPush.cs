using Handlingsplan.Items;
using Handlingsplan.Items.Reporting;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.SignalR;
using Wolverine;
using Wolverine.Runtime;

namespace Handlingsplan.Dashboard;

/// <summary>
/// The dashboard as one committed page of events left it, with the items that page changed. The
/// summary travels with the message instead of being read again by the handler: by then the
/// projection could be further on, and the push would no longer describe its page.
/// </summary>
/// <param name="Tenant">The municipality whose dashboard it is: only its clients hear of it.</param>
public sealed record DashboardCommitted(DashboardSummary Summary, IReadOnlyList<TouchedItem> Touched, string? Tenant = null);

/// <summary>An item changed by a page of events, as that page left it.</summary>
public sealed record TouchedItem(Guid Id, long Version, ItemKind Kind, string Committee, ItemStatus Status);

/// <summary>
/// After each page the dashboard projection commits, hands its totals and changed rows to
/// <see cref="DashboardPushHandler"/>. Marten calls its async listeners after the commit, and only
/// while the daemon follows new events, never in a rebuild: a rebuild pushes neither the history again
/// nor a half-rebuilt dashboard, and what it folds in is shown by the next push, which carries the
/// whole dashboard.
/// </summary>
public sealed class DashboardCommitListener(IServiceProvider services) : IChangeListener
{
    public async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var stored = commit.Updated.Concat(commit.Inserted).ToList();
        var bus = new MessageBus(services.GetRequiredService<IWolverineRuntime>());
        // A page may hold events of several municipalities: one push each, to its own clients.
        foreach (var totals in stored.OfType<DashboardTotals>().GroupBy(t => t.Tenant).Select(g => g.Last()))
        {
            var touched = stored.OfType<DashboardRow>()
                .Where(r => r.Entry is not null && r.Tenant == totals.Tenant)
                .Select(r => new TouchedItem(r.Id, r.Version, r.Entry!.Kind, r.Entry.Committee, r.Entry.Status))
                .ToList();
            await bus.PublishAsync(new DashboardCommitted(DashboardCalculator.Summarise(totals), touched, totals.Tenant ?? Tenancy.Municipalities.DefaultTenantId));
        }
    }

    public Task BeforeCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) => Task.CompletedTask;
}

/// <summary>
/// Pushes each committed page of the dashboard to SignalR: one <c>dashboardUpdated</c> to every
/// client, one <c>committeeUpdated</c> per nämnd touched, one <c>itemChanged</c> per item touched, and
/// one <c>reportingUpdated</c> (the current reporting period's figures) to the signed-in overviews.
/// A burst of commands is coalesced because the daemon folds many events into one page.
/// </summary>
public static class DashboardPushHandler
{
    /// <summary>
    /// One queue handling one message at a time, so that clients receive the pages in the order the
    /// daemon committed them and never end on an older dashboard than the one stored.
    /// </summary>
    public const string Queue = "dashboard-push";

    public static async Task Handle(DashboardCommitted committed, IHubContext<DashboardHub> hub, IDocumentStore store, CancellationToken ct)
    {
        var summary = committed.Summary;
        var tenant = committed.Tenant ?? Tenancy.Municipalities.DefaultTenantId;
        await hub.Clients.Group(DashboardHub.EveryoneGroup(tenant)).SendAsync(DashboardHub.DashboardUpdated, summary, ct);

        foreach (var committee in committed.Touched.Select(t => t.Committee).Distinct())
        {
            var figures = summary.ByCommittee.GetValueOrDefault(committee) ?? new Figures(0, 0, 0, 0);
            await hub.Clients.Group(DashboardHub.CommitteeGroup(tenant, committee))
                .SendAsync(DashboardHub.CommitteeUpdated, new CommitteeUpdate(committee, figures), ct);
        }

        foreach (var item in committed.Touched)
        {
            await hub.Clients.Group(DashboardHub.ItemsGroup(tenant)).SendAsync(DashboardHub.ItemChanged,
                new ItemChange(Kinds.Of(item.Kind).Segment, item.Id, item.Version, Json.Name(item.Status)), ct);
        }

        // The current period's reporting is read here rather than carried: it comes from the inline
        // documents (items and periods), committed with their events before the daemon saw them, so
        // it is never older than the page pushed; the last push of a burst carries the newest.
        await using var session = store.QuerySession(tenant);
        await hub.Clients.Group(DashboardHub.ReportingGroup(tenant)).SendAsync(DashboardHub.ReportingUpdated,
            new ReportingUpdate(await ReportingQueries.CurrentOverviewAsync(session, ct)), ct);
    }
}
