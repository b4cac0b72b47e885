using Handlingsplan.Items;
using Microsoft.AspNetCore.SignalR;

namespace Handlingsplan.Dashboard;

/// <summary>
/// Live updates. Every client receives <c>dashboardUpdated</c> (the body of <c>GET /api/dashboard</c>).
/// A client that calls <see cref="WatchCommittee"/> also receives <c>committeeUpdated</c> for that
/// nämnd, one that calls <see cref="WatchItems"/> receives <c>itemChanged</c> for every item that
/// changes (lists and item pages), and one that calls <see cref="WatchReporting"/> receives
/// <c>reportingUpdated</c> after every change. A display link may only receive <c>dashboardUpdated</c>
/// and <c>reportingUpdated</c>; its connections are known by link, so that a revocation closes them.
/// </summary>
public sealed class DashboardHub(DisplayConnections displays, Marten.IDocumentStore store) : Hub
{
    public const string Path = "/hubs/dashboard";
    public const string DashboardUpdated = "dashboardUpdated";
    public const string CommitteeUpdated = "committeeUpdated";
    public const string ItemChanged = "itemChanged";
    public const string ItemsGroup = "items";
    public const string ReportingUpdated = "reportingUpdated";
    public const string ReportingGroup = "reporting";
    /// <summary>Sent to a display link's screens when it is revoked, just before their connections close.</summary>
    public const string DisplayRevoked = "displayRevoked";

    public override Task OnConnectedAsync()
    {
        if (Access.Display.DisplayAccess.LinkOf(Context.User) is { } link) displays.Add(link, Context);
        return Task.CompletedTask;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        displays.Remove(Context);
        return Task.CompletedTask;
    }

    public static string CommitteeGroup(string committee) => "committee:" + committee;

    [Microsoft.AspNetCore.Authorization.Authorize]
    public async Task WatchCommittee(string committee)
    {
        if (!Committees.IsKnown(committee)) throw new HubException($"Okänd nämnd '{committee}'.");
        await Groups.AddToGroupAsync(Context.ConnectionId, CommitteeGroup(committee));
    }

    [Microsoft.AspNetCore.Authorization.Authorize]
    public Task WatchItems() => Groups.AddToGroupAsync(Context.ConnectionId, ItemsGroup);

    /// <summary>
    /// The current reporting period's figures, for signed-in users and the screen: the public overview
    /// does not show them. The caller hears them at once too, so a client back after a drop is current.
    /// </summary>
    [Microsoft.AspNetCore.Authorization.Authorize(Policy = Access.AccessConfiguration.ReadScreen)]
    public async Task WatchReporting()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, ReportingGroup);
        await using var session = store.QuerySession();
        var current = await Items.Reporting.ReportingQueries.CurrentOverviewAsync(session, Context.ConnectionAborted);
        await Clients.Caller.SendAsync(ReportingUpdated, new ReportingUpdate(current), Context.ConnectionAborted);
    }
}

public sealed record CommitteeUpdate(string Committee, Figures Figures);

public sealed record ItemChange(string Kind, Guid Id, long Version, string Status);

/// <summary>The current reporting period's figures, as <c>GET /api/reporting-periods/{id}</c> has them without its lists; null when none is open.</summary>
public sealed record ReportingUpdate(Handlingsplan.Items.Reporting.PeriodOverview? Current);
