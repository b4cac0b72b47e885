using Marten;
using Wolverine.Http;

namespace Handlingsplan.Dashboard;

public static class DashboardQueries
{
    /// <summary>The dashboard as it stood at an instant, replayed from the events up to it.</summary>
    public static async Task<DashboardSummary> AsOf(DateTimeOffset asOf, IQuerySession session, CancellationToken ct) =>
        DashboardCalculator.Summarise((await Infrastructure.EventHistory.UpTo(session, asOf, ct))
            .Aggregate(new DashboardView(), (view, e) => DashboardProjection.Apply(view, e.StreamId, e.Data)));

    public static async Task<DashboardSummary> Current(IQuerySession session, CancellationToken ct) =>
        DashboardCalculator.Summarise(await session.LoadAsync<DashboardView>(DashboardView.TheId, ct) ?? new DashboardView());
}

public static class GetDashboardEndpoint
{
    [WolverineGet("/api/dashboard")]
    [Microsoft.AspNetCore.Authorization.Authorize(Policy = Access.AccessConfiguration.ReadDashboard)]
    public static async Task<IResult> Get(string? asOf, IQuerySession session, CancellationToken ct)
    {
        if (asOf is null) return Results.Ok(await DashboardQueries.Current(session, ct));
        if (!Infrastructure.SwedishTime.TryParseAsOf(asOf, out var at)) return Infrastructure.SwedishTime.InvalidAsOf(asOf);
        return Results.Ok(await DashboardQueries.AsOf(at, session, ct));
    }
}
