using Marten;
using Wolverine.Http;

namespace Handlingsplan.Dashboard;

public static class GetDashboardEndpoint
{
    public static async Task<DashboardSummary> Load(IQuerySession session, CancellationToken ct) =>
        DashboardCalculator.Summarise(await session.LoadAsync<DashboardView>(DashboardView.TheId, ct) ?? new DashboardView());

    [WolverineGet("/api/dashboard")]
    public static Task<DashboardSummary> Get(IQuerySession session, CancellationToken ct) => Load(session, ct);
}
