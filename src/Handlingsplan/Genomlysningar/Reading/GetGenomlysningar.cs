using Handlingsplan.Genomlysningar.KeyFigures;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Handlingsplan.Items.Reading;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Genomlysningar.Reading;

/// <summary>A genomlysning in a list: which nämnd, which year, how far it has come.</summary>
public sealed record GenomlysningSummary(
    Guid Id, string Committee, string CommitteeName, int Year, string Title, GenomlysningStatus Status, string StatusText,
    string? DecisionReference, DateOnly? DecidedOn, int LinkedItems, int KeyFigures)
{
    public static GenomlysningSummary Of(Genomlysning g) => new(
        g.Id, g.Committee, Committees.All.FirstOrDefault(c => c.Code == g.Committee)?.Name ?? g.Committee, g.Year, g.Title,
        g.Status, GenomlysningText.Status(g.Status), g.DecisionReference, g.DecidedOn, g.Links.Count, g.KeyFigures.Count);
}

public static class GetGenomlysningarEndpoint
{
    /// <summary>Every genomlysning, newest year first, then by nämnd; a page at a time, the total in <c>X-Total-Count</c>.</summary>
    [WolverineGet("/api/genomlysningar")]
    public static async Task<IResult> List(string? committee, string? page, string? pageSize, HttpContext context, IQuerySession session, CancellationToken ct)
    {
        if (!Paging.TryRead(page, pageSize, out var paging, out var errors)) return Problems.Invalid(errors);
        var all = (await session.Query<Genomlysning>().ToListAsync(ct))
            .Where(g => committee is null || string.Equals(g.Committee, committee, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(g => g.Year).ThenBy(g => g.Committee, StringComparer.Ordinal)
            .Select(GenomlysningSummary.Of)
            .ToList();
        paging.Describe(context, all.Count);
        return Results.Ok(paging.Of(all));
    }

    /// <summary>
    /// The report of one genomlysning: key figures (2.1–2.3), analysis (2.4), and sections 3 and 4 read
    /// from the event store, now or as of an instant (<c>asOf</c>: a date, the end of that day in Sweden,
    /// or an ISO 8601 instant), when both the genomlysning and its items are replayed to that instant.
    /// </summary>
    [WolverineGet("/api/genomlysningar/{id}")]
    public static async Task<IResult> Get(Guid id, string? asOf, IQuerySession session, CancellationToken ct)
    {
        var (report, problem) = await ReadAsync(id, asOf, session, ct);
        return report is null ? problem! : Results.Ok(report);
    }

    /// <summary>
    /// The report asked for by address, or why not: 400 for an <c>asOf</c> that is not a date or an
    /// instant, 404 for a genomlysning that does not exist (or did not yet). The JSON and every download
    /// answer alike through this.
    /// </summary>
    public static async Task<(GenomlysningReport? Report, IResult? Problem)> ReadAsync(Guid id, string? asOf, IQuerySession session, CancellationToken ct)
    {
        DateTimeOffset? at = null;
        if (asOf is not null)
        {
            if (!SwedishTime.TryParseAsOf(asOf, out var parsed)) return (null, SwedishTime.InvalidAsOf(asOf));
            at = parsed;
        }
        return await ReportAsync(id, at, session, ct) is { } report
            ? (report, null)
            : (null, Problems.NotFound(at is { } when ? $"genomlysning vid {SwedishTime.InSweden(when):yyyy-MM-dd HH:mm} med" : "genomlysning", id));
    }

    /// <summary>The report now, or as of an instant; null when there was no such genomlysning then.</summary>
    public static async Task<GenomlysningReport?> ReportAsync(Guid id, DateTimeOffset? asOf, IQuerySession session, CancellationToken ct)
    {
        var genomlysning = asOf is { } at
            ? await session.Events.AggregateStreamAsync<Genomlysning>(id, timestamp: at, token: ct)
            : await session.LoadAsync<Genomlysning>(id, ct);
        if (genomlysning is null || genomlysning.Title == "") return null;
        var ids = genomlysning.Links.Select(l => l.ItemId).Distinct().ToList();
        IReadOnlyDictionary<Guid, Item> items;
        if (asOf is { } instant)
        {
            var then = new Dictionary<Guid, Item>();
            foreach (var itemId in ids)
            {
                if (await session.Events.AggregateStreamAsync<Item>(itemId, timestamp: instant, token: ct) is { } item) then[itemId] = item;
            }
            items = then;
        }
        else items = await ItemQueries.ByIdAsync(ids, session, ct);
        var fetches = genomlysning.KeyFigures.Any(k => k.KpiId is not null) ? await KoladaFetches.ReadAsync(session, asOf, ct) : [];
        return GenomlysningReport.Build(genomlysning, items, asOf, fetches);
    }
}
