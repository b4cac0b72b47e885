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
/// Every group is a municipality's own: a connection joins its sign-in's municipality (or, not signed
/// in, the first customer's) and hears nothing of any other.
public sealed class DashboardHub(DisplayConnections displays, Marten.IDocumentStore store, IConfiguration configuration, Tenancy.MunicipalityRegistry municipalities) : Hub
{
    public const string Path = "/hubs/dashboard";
    public const string DashboardUpdated = "dashboardUpdated";
    public const string CommitteeUpdated = "committeeUpdated";
    public const string ItemChanged = "itemChanged";
    public const string ReportingUpdated = "reportingUpdated";
    /// <summary>Sent to a display link's screens when it is revoked, just before their connections close.</summary>
    public const string DisplayRevoked = "displayRevoked";

    public override async Task OnConnectedAsync()
    {
        if (Access.Display.DisplayAccess.LinkOf(Context.User) is { } link) displays.Add(link, Context);
        await Groups.AddToGroupAsync(Context.ConnectionId, EveryoneGroup(Tenant));
    }

    /// <summary>The tenant of the connection's municipality, from its sign-in as every request's.</summary>
    string Tenant => Tenancy.Municipalities.TenantIdOf(Tenancy.MunicipalityContext.CodeOf(Context.User, configuration));

    public static string EveryoneGroup(string tenant) => "all:" + tenant;
    public static string ItemsGroup(string tenant) => "items:" + tenant;
    public static string ReportingGroup(string tenant) => "reporting:" + tenant;

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        displays.Remove(Context);
        return Task.CompletedTask;
    }

    public static string CommitteeGroup(string tenant, string committee) => $"committee:{tenant}:{committee}";

    [Microsoft.AspNetCore.Authorization.Authorize]
    public async Task WatchCommittee(string committee)
    {
        var municipality = await municipalities.FindAsync(Tenancy.MunicipalityContext.CodeOf(Context.User, configuration), Context.ConnectionAborted);
        if (municipality?.Committees.Any(c => c.Code == committee) != true) throw new HubException($"Okänd nämnd '{committee}'.");
        await Groups.AddToGroupAsync(Context.ConnectionId, CommitteeGroup(Tenant, committee));
    }

    [Microsoft.AspNetCore.Authorization.Authorize]
    public Task WatchItems() => Groups.AddToGroupAsync(Context.ConnectionId, ItemsGroup(Tenant));

    /// <summary>
    /// The current reporting period's figures, for signed-in users and the screen: the public overview
    /// does not show them. The caller hears them at once too, so a client back after a drop is current.
    /// </summary>
    [Microsoft.AspNetCore.Authorization.Authorize(Policy = Access.AccessConfiguration.ReadScreen)]
    public async Task WatchReporting()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, ReportingGroup(Tenant));
        await using var session = store.QuerySession(Tenant);
        var current = await Items.Reporting.ReportingQueries.CurrentOverviewAsync(session, Context.ConnectionAborted);
        await Clients.Caller.SendAsync(ReportingUpdated, new ReportingUpdate(current), Context.ConnectionAborted);
    }
}

public sealed record CommitteeUpdate(string Committee, Figures Figures);

public sealed record ItemChange(string Kind, Guid Id, long Version, string Status);

/// <summary>The current reporting period's figures, as <c>GET /api/reporting-periods/{id}</c> has them without its lists; null when none is open.</summary>
public sealed record ReportingUpdate(Handlingsplan.Items.Reporting.PeriodOverview? Current);
