using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Handlingsplan.Meetings;

public sealed record MeetingPackSummary(Guid Id, string Title, DateOnly MeetingDate, DateTimeOffset FrozenAt);

public static class MeetingPackQueries
{
    /// <summary>The packs, the latest meeting first.</summary>
    public static async Task<IReadOnlyList<MeetingPackSummary>> AllAsync(IQuerySession session, CancellationToken ct) =>
        (await session.Query<MeetingPack>().ToListAsync(ct))
            .OrderByDescending(p => p.MeetingDate).ThenByDescending(p => p.FrozenAt)
            .Select(p => new MeetingPackSummary(p.Id, p.Title, p.MeetingDate, p.FrozenAt))
            .ToList();
}

/// <summary>The packs are read as the overview is: by anyone signed in, and by anyone at all when the overview is public.</summary>
public static class GetMeetingPacksEndpoint
{
    [WolverineGet("/api/sammantradesunderlag")]
    [Authorize(Policy = AccessConfiguration.ReadDashboard)]
    public static async Task<IResult> List(string? page, string? pageSize, HttpContext context, IQuerySession session, CancellationToken ct)
    {
        if (!Paging.TryRead(page, pageSize, out var paging, out var errors)) return Problems.Invalid(errors);
        var all = await MeetingPackQueries.AllAsync(session, ct);
        paging.Describe(context, all.Count);
        return Results.Ok(paging.Of(all));
    }

    [WolverineGet("/api/sammantradesunderlag/{id}")]
    [Authorize(Policy = AccessConfiguration.ReadDashboard)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<MeetingPack>(id, ct) is { Title.Length: > 0 } pack
            ? Results.Ok(pack)
            : Problems.NotFound("sammanträdesunderlag", id);
}
