using Handlingsplan.Items;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.AspNetCore.SignalR;

namespace Handlingsplan.Dashboard;

/// <summary>
/// Pushes live updates to SignalR clients after each committed change. A Marten subscription sees
/// every event once, in order, in pages; each page gives one <c>dashboardUpdated</c>, one
/// <c>committeeUpdated</c> per nämnd touched and one <c>itemChanged</c> per item touched, so a burst
/// of commands is coalesced instead of sending a whole dashboard per command. Before pushing it
/// waits until the async dashboard projection has caught up with the page, so the figures sent are
/// the ones <c>GET /api/dashboard</c> gives.
/// </summary>
public sealed class DashboardBroadcaster(IHubContext<DashboardHub> hub, ILogger<DashboardBroadcaster> logger) : SubscriptionBase
{
    static readonly TimeSpan CatchUpLimit = TimeSpan.FromSeconds(30);
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken ct)
    {
        await WaitForProjectionAsync(operations.DocumentStore, page.SequenceCeiling, ct);
        var view = await operations.LoadAsync<DashboardView>(DashboardView.TheId, ct) ?? new DashboardView();
        var summary = DashboardCalculator.Summarise(view);
        await hub.Clients.All.SendAsync(DashboardHub.DashboardUpdated, summary, ct);

        var touched = page.Events
            .GroupBy(e => e.StreamId)
            .Select(g => (Id: g.Key, Version: g.Max(e => e.Version), Entry: view.Items.GetValueOrDefault(g.Key)))
            .Where(t => t.Entry is not null)
            .ToList();

        foreach (var committee in touched.Select(t => t.Entry!.Committee).Distinct())
        {
            var figures = summary.ByCommittee.GetValueOrDefault(committee) ?? new Figures(0, 0, 0, 0);
            await hub.Clients.Group(DashboardHub.CommitteeGroup(committee))
                .SendAsync(DashboardHub.CommitteeUpdated, new CommitteeUpdate(committee, figures), ct);
        }

        foreach (var (id, version, entry) in touched)
        {
            await hub.Clients.Group(DashboardHub.ItemsGroup).SendAsync(DashboardHub.ItemChanged,
                new ItemChange(Kinds.Of(entry!.Kind).Segment, id, version, Json.Name(entry.Status)), ct);
        }

        return NullChangeListener.Instance;
    }

    async Task WaitForProjectionAsync(IDocumentStore store, long sequence, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + CatchUpLimit;
        while (DateTime.UtcNow < deadline)
        {
            var shards = await store.Advanced.AllProjectionProgress(token: ct);
            var progress = shards.Where(s => s.ShardName.StartsWith(DashboardProjection.ProjectionName + ":", StringComparison.Ordinal))
                .Select(s => s.Sequence).DefaultIfEmpty(0).Max();
            if (progress >= sequence) return;
            await Task.Delay(PollInterval, ct);
        }
        logger.LogWarning("The dashboard projection had not reached sequence {Sequence} after {Limit}; pushing what it has", sequence, CatchUpLimit);
    }
}
