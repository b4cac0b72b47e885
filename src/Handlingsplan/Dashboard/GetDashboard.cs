using Marten;
using Wolverine.Http;

namespace Handlingsplan.Dashboard;

public static class DashboardQueries
{
    public static async Task<DashboardSummary> Current(IQuerySession session, CancellationToken ct) =>
        DashboardCalculator.Summarise(await session.LoadAsync<DashboardView>(DashboardView.TheId, ct) ?? new DashboardView());
}

public static class GetDashboardEndpoint
{
    [WolverineGet("/api/dashboard")]
    [Microsoft.AspNetCore.Authorization.Authorize(Policy = Access.AccessConfiguration.ReadDashboard)]
    public static Task<DashboardSummary> Get(IQuerySession session, CancellationToken ct) => DashboardQueries.Current(session, ct);
}
