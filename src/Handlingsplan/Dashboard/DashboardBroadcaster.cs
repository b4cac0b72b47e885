using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.AspNetCore.SignalR;

namespace Handlingsplan.Dashboard;

/// <summary>
/// Pushes the dashboard to every SignalR client after each committed change. A Marten
/// subscription sees every event once, in order, in pages; one page gives one push, so a burst of
/// commands is coalesced into a few updates instead of one per command. Before pushing it waits
/// until the async dashboard projection has caught up with the page, so the figures sent are the
/// ones <c>GET /api/dashboard</c> would give.
/// </summary>
public sealed class DashboardBroadcaster(IHubContext<DashboardHub> hub, ILogger<DashboardBroadcaster> logger) : SubscriptionBase
{
    static readonly TimeSpan CatchUpLimit = TimeSpan.FromSeconds(30);
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken ct)
    {
        await WaitForProjectionAsync(operations.DocumentStore, page.SequenceCeiling, ct);
        var summary = await GetDashboardEndpoint.Load(operations, ct);
        await hub.Clients.All.SendAsync(DashboardHub.DashboardUpdated, summary, ct);
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
