using Handlingsplan.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Measures.Reading;

public static class GetMeasuresEndpoint
{
    [WolverineGet("/api/measures")]
    public static async Task<IReadOnlyList<Measure>> List(IQuerySession session, string? committee, string? status, CancellationToken ct)
    {
        var all = await session.Query<Measure>().ToListAsync(ct);
        return all
            .Where(m => committee is null || m.Committee == committee)
            .Where(m => status is null || string.Equals(m.Status.ToString(), status, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => m.ProposedAt)
            .ToList();
    }

    [WolverineGet("/api/measures/{id}")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<Measure>(id, ct) is { } measure
            ? Results.Ok(measure)
            : Problems.NotFound("åtgärd", id);
}
