using Handlingsplan.Items;
using Microsoft.AspNetCore.SignalR;

namespace Handlingsplan.Dashboard;

/// <summary>
/// Live updates. Every client receives <c>dashboardUpdated</c> (the body of <c>GET /api/dashboard</c>).
/// A client that calls <see cref="WatchCommittee"/> also receives <c>committeeUpdated</c> for that
/// nämnd, one that calls <see cref="WatchItems"/> receives <c>itemChanged</c> for every item that
/// changes (lists and item pages), and one that calls <see cref="WatchReporting"/> receives
/// <c>reportingUpdated</c> after every change.
/// </summary>
public sealed class DashboardHub : Hub
{
    public const string Path = "/hubs/dashboard";
    public const string DashboardUpdated = "dashboardUpdated";
    public const string CommitteeUpdated = "committeeUpdated";
    public const string ItemChanged = "itemChanged";
    public const string ItemsGroup = "items";
    public const string ReportingUpdated = "reportingUpdated";
    public const string ReportingGroup = "reporting";

    public static string CommitteeGroup(string committee) => "committee:" + committee;

    [Microsoft.AspNetCore.Authorization.Authorize]
    public async Task WatchCommittee(string committee)
    {
        if (!Committees.IsKnown(committee)) throw new HubException($"Okänd nämnd '{committee}'.");
        await Groups.AddToGroupAsync(Context.ConnectionId, CommitteeGroup(committee));
    }

    [Microsoft.AspNetCore.Authorization.Authorize]
    public Task WatchItems() => Groups.AddToGroupAsync(Context.ConnectionId, ItemsGroup);

    /// <summary>The current reporting period's figures, for signed-in users only: the public overview does not show them.</summary>
    [Microsoft.AspNetCore.Authorization.Authorize]
    public Task WatchReporting() => Groups.AddToGroupAsync(Context.ConnectionId, ReportingGroup);
}

public sealed record CommitteeUpdate(string Committee, Figures Figures);

public sealed record ItemChange(string Kind, Guid Id, long Version, string Status);

/// <summary>The current reporting period's figures, as <c>GET /api/reporting-periods/{id}</c> has them without its lists; null when none is open.</summary>
public sealed record ReportingUpdate(Handlingsplan.Items.Reporting.PeriodOverview? Current);
