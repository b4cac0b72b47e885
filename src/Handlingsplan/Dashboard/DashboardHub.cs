using Microsoft.AspNetCore.SignalR;

namespace Handlingsplan.Dashboard;

/// <summary>
/// Live dashboard for kommunledning. Clients only listen: the server sends
/// <c>dashboardUpdated</c> with the same body as <c>GET /api/dashboard</c> after each change.
/// </summary>
public sealed class DashboardHub : Hub
{
    public const string Path = "/hubs/dashboard";
    public const string DashboardUpdated = "dashboardUpdated";
}
