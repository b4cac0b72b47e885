using Marten;
using Wolverine.Http;

namespace Handlingsplan.Dashboard;

public static class DashboardQueries
{
    /// <summary>The dashboard as it stood at an instant, replayed from the events up to it.</summary>
    public static async Task<DashboardSummary> AsOf(DateTimeOffset asOf, IQuerySession session, CancellationToken ct) =>
        DashboardCalculator.Summarise(Audit.Replay.Dashboard(await Audit.Replay.EventsUpTo(session, asOf, ct)));

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
        if (!Audit.Replay.TryParseAsOf(asOf, out var at)) return Audit.Replay.InvalidAsOf(asOf);
        return Results.Ok(await DashboardQueries.AsOf(at, session, ct));
    }
}
