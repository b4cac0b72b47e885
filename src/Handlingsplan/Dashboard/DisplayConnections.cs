using System.Collections.Concurrent;
using Handlingsplan.Access.Display;
using Microsoft.AspNetCore.SignalR;
using Wolverine;

namespace Handlingsplan.Dashboard;

/// <summary>The live connections of display links in this process, by link, so that a revoked link's screens are closed at once.</summary>
public sealed class DisplayConnections
{
    readonly ConcurrentDictionary<string, (Guid Link, HubCallerContext Context)> _open = new();

    public void Add(Guid link, HubCallerContext context) => _open[context.ConnectionId] = (link, context);

    public void Remove(HubCallerContext context) => _open.TryRemove(context.ConnectionId, out _);

    public IReadOnlyList<HubCallerContext> Of(Guid link) => _open.Values.Where(o => o.Link == link).Select(o => o.Context).ToList();
}

/// <summary>
/// After a revocation commits, every node is told to close the link's screens it holds: a screen is
/// connected to one node, not necessarily the one that took the revocation. Alone, this node is every node.
/// </summary>
public static class CloseDisplayConnectionsHandler
{
    public static ValueTask Handle(CloseDisplayConnections command, IMessageBus bus) =>
        bus.BroadcastToAllNodesAsync(new CloseScreensOfLink(command.LinkId));
}

/// <summary>A revoked link's screens, to be closed by each node that holds some: sent to every node.</summary>
public sealed record CloseScreensOfLink(Guid LinkId);

/// <summary>The revoked link's screens this node still holds, to be disconnected now that <c>displayRevoked</c> has had time to leave.</summary>
public sealed record DisconnectScreensOfLink(Guid LinkId);

/// <summary>
/// A revoked link's screens on this node hear <c>displayRevoked</c> and are disconnected a moment later,
/// once the message has had time to leave (a long poll collects it only on its next request); one
/// that connects again is refused, since the link is looked up on every request. The wait is a delayed
/// message rather than a pause in the handler: on another node this runs on Wolverine's control queue,
/// which must not be held up.
/// </summary>
public static class CloseScreensOfLinkHandler
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    public static async Task<object[]> Handle(CloseScreensOfLink command, DisplayConnections displays, IHubContext<DashboardHub> hub, CancellationToken ct)
    {
        var open = displays.Of(command.LinkId);
        if (open.Count == 0) return [];
        await hub.Clients.Clients(open.Select(c => c.ConnectionId).ToList()).SendAsync(DashboardHub.DisplayRevoked, ct);
        return [new DisconnectScreensOfLink(command.LinkId).DelayedFor(Grace)];
    }

    public static void Handle(DisconnectScreensOfLink command, DisplayConnections displays)
    {
        foreach (var context in displays.Of(command.LinkId))
        {
            context.Abort();
            displays.Remove(context);
        }
    }
}
