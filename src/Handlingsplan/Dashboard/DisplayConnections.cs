using System.Collections.Concurrent;
using Handlingsplan.Access.Display;
using Microsoft.AspNetCore.SignalR;

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
/// After a revocation commits: its screens hear <c>displayRevoked</c> and are disconnected a moment
/// later, once the message has had time to leave (a long poll collects it only on its next request);
/// one that connects again is refused, since the link is looked up on every request.
/// </summary>
public static class CloseDisplayConnectionsHandler
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    public static async Task Handle(CloseDisplayConnections command, DisplayConnections displays, IHubContext<DashboardHub> hub, TimeProvider clock, CancellationToken ct)
    {
        var open = displays.Of(command.LinkId);
        if (open.Count == 0) return;
        await hub.Clients.Clients(open.Select(c => c.ConnectionId).ToList()).SendAsync(DashboardHub.DisplayRevoked, ct);
        await Task.Delay(Grace, clock, ct);
        foreach (var context in open)
        {
            context.Abort();
            displays.Remove(context);
        }
    }
}
