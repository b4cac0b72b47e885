using Handlingsplan.Items;
using JasperFx.Events;
using Microsoft.AspNetCore.SignalR;

namespace Handlingsplan.Dashboard;

/// <summary>
/// The dashboard as one committed page of events left it, with the streams that page touched,
/// raised by <see cref="DashboardProjection"/>. The view travels with the message instead of being
/// loaded again by the handler: by then the projection could be torn down for a rebuild, or
/// further on, and the push would no longer describe its page.
/// </summary>
public sealed record DashboardCommitted(DashboardView View, IReadOnlyList<TouchedStream> Touched)
{
    public static DashboardCommitted Of(DashboardView view, IEnumerable<IEvent> page) => new(view,
        page.GroupBy(e => e.StreamId).Select(g => new TouchedStream(g.Key, g.Max(e => e.Version))).ToList());
}

/// <summary>A stream changed by a page of events, at the highest version that page reached.</summary>
public sealed record TouchedStream(Guid Id, long Version);

/// <summary>
/// Pushes each committed page of the dashboard to SignalR: one <c>dashboardUpdated</c> to every
/// client, one <c>committeeUpdated</c> per nämnd touched and one <c>itemChanged</c> per item touched.
/// A burst of commands is coalesced because the daemon folds many events into one page.
/// </summary>
public static class DashboardPushHandler
{
    /// <summary>
    /// One queue handling one message at a time, so that clients receive the pages in the order the
    /// daemon committed them and never end on an older dashboard than the one stored.
    /// </summary>
    public const string Queue = "dashboard-push";

    public static async Task Handle(DashboardCommitted committed, IHubContext<DashboardHub> hub, CancellationToken ct)
    {
        var view = committed.View;
        var summary = DashboardCalculator.Summarise(view);
        await hub.Clients.All.SendAsync(DashboardHub.DashboardUpdated, summary, ct);

        // Streams that are not items (the plan, the allocations) change only the dashboard itself.
        var touched = committed.Touched
            .Select(t => (t.Id, t.Version, Entry: view.Items.GetValueOrDefault(t.Id)))
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
    }
}
