using Handlingsplan.Infrastructure;
using JasperFx.Events;
using Marten;
using Marten.Linq.MatchesSql;
using Wolverine.Http;

namespace Handlingsplan.Items.Reading;

/// <summary>
/// One event of an item's history, with the decision reference, reason and the day a decision was
/// taken pulled out for readers. <c>Timestamp</c> is when it was recorded; <c>DecidedOn</c> when the
/// decision was taken, which may lie long before.
/// </summary>
public sealed record HistoryEntry(
    long Sequence, long Version, string Type, DateTimeOffset Timestamp, string? User, string? Role,
    string? DecisionReference, string? Reason, object Data, DateOnly? DecidedOn = null)
{
    public static HistoryEntry Of(IEvent e)
    {
        var described = Steps.EventOf(e.Data);
        return new(
            e.Sequence, e.Version, e.EventType.Name, e.Timestamp, e.UserName,
            e.Headers?.GetValueOrDefault(Access.UserStamp.RoleHeader)?.ToString(),
            described?.ReferenceOf(e.Data),
            described?.ReasonOf(e.Data),
            e.Data,
            described?.DecidedOnOf(e.Data));
    }

    /// <summary>"beslutat 2023-12-11, registrerat 2026-11-23", or only the registration when the decision's day is not known.</summary>
    public static string When(DateOnly? decidedOn, DateTimeOffset recordedAt, bool isDecision)
    {
        var recorded = $"registrerat {SwedishTime.InSweden(recordedAt):yyyy-MM-dd HH:mm}";
        if (!isDecision) return recorded;
        return decidedOn is { } on ? $"beslutat {on:yyyy-MM-dd}, {recorded}" : $"beslutsdatum anges inte, {recorded}";
    }

    /// <summary>The Swedish title of an event in the timeline.</summary>
    public static string Title(object data) =>
        data is ItemProposed ? Proposing.ProposeItemEndpoint.HistoryTitle : Steps.EventOf(data)?.Title ?? data.GetType().Name;

    /// <summary>A Swedish line about what the event says.</summary>
    public static string Describe(object data) =>
        data is ItemProposed proposed ? Proposing.ProposeItemEndpoint.Describe(proposed) : Steps.EventOf(data)?.Describe(data) ?? "";
}

public static class GetItemsEndpoint
{
    /// <summary>
    /// One page of a kind's items, oldest proposal first, filtered by nämnd, status and words (<c>q</c>)
    /// found in the title, the description or the responsible department (or one working with it);
    /// as of an instant when <c>asOf</c> is given. The total is in <c>X-Total-Count</c>.
    /// <c>format=xlsx</c> (or <c>Accept</c> naming the Excel type) gives an Excel file of every item
    /// the filters select instead, not paged, as the decision log's CSV is.
    /// </summary>
    [WolverineGet("/api/{kind}")]
    [OffersFormats("json", "xlsx")]
    public static async Task<IResult> List(
        string kind, string? committee, string? status, string? q, string? asOf, string? page, string? pageSize, string? format,
        HttpContext context, IQuerySession session, CancellationToken ct)
    {
        if (Kinds.BySegment(kind) is not { } description) return Kinds.Unknown(kind);
        if (Formats.Chosen(format, context.Request, Formats.Json, Formats.Xlsx) is not { } chosen)
            return Formats.Unknown(format!, Formats.Json, Formats.Xlsx);
        var errors = new Dictionary<string, string[]>();
        DateTimeOffset? instant = null;
        if (asOf is not null)
        {
            if (SwedishTime.TryParseAsOf(asOf, out var parsed)) instant = parsed;
            else errors["asOf"] = [SwedishTime.NotAnInstant(asOf)];
        }
        ItemStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<ItemStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
                errors["status"] = [$"Okänd status '{status}'. Giltiga värden: {string.Join(", ", Enum.GetValues<ItemStatus>().Select(Json.Name))}."];
            else wanted = parsed;
        }
        if (!Paging.TryRead(page, pageSize, out var paging, out var pagingErrors))
            foreach (var (field, messages) in pagingErrors) errors[field] = messages;
        if (errors.Count > 0) return Problems.Invalid(errors);

        var filter = new ItemFilter(description.Kind, committee, wanted, q);
        if (chosen == Formats.Xlsx)
        {
            var selected = instant is { } then
                ? filter.Apply(await ItemQueries.AllAsOf(description.Kind, then, session, ct))
                : await ItemQueries.All(filter, session, ct);
            return Results.File(ItemSheet.Write(description, selected), Spreadsheet.ContentType, ItemSheet.FileName(description));
        }
        var (items, total) = instant is { } at
            ? ItemQueries.Page(filter.Apply(await ItemQueries.AllAsOf(description.Kind, at, session, ct)), paging)
            : await ItemQueries.PageAsync(filter, paging, session, ct);
        paging.Describe(context, total);
        return Results.Ok(items);
    }

    [WolverineGet("/api/{kind}/{id}")]
    public static async Task<IResult> Get(string kind, Guid id, string? asOf, IQuerySession session, CancellationToken ct)
    {
        if (Kinds.BySegment(kind) is not { } description) return Kinds.Unknown(kind);
        if (asOf is not null)
        {
            if (!SwedishTime.TryParseAsOf(asOf, out var at)) return SwedishTime.InvalidAsOf(asOf);
            return await ItemQueries.FindAsOf(description.Kind, id, at, session, ct) is { } then
                ? Results.Ok(then)
                : Problems.NotFound($"{description.Indefinite} vid {at:yyyy-MM-dd HH:mm} med", id);
        }
        return await ItemQueries.Find(description.Kind, id, session, ct) is { } item
            ? Results.Ok(item)
            : Problems.NotFound(description.Indefinite, id);
    }

    [WolverineGet("/api/{kind}/{id}/history")]
    public static async Task<IResult> History(string kind, Guid id, IQuerySession session, CancellationToken ct)
    {
        if (Kinds.BySegment(kind) is not { } description) return Kinds.Unknown(kind);
        if (await ItemQueries.Find(description.Kind, id, session, ct) is null) return Problems.NotFound(description.Indefinite, id);
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return Results.Ok(events.Select(HistoryEntry.Of).ToList());
    }
}

/// <summary>
/// Which items a list shows: one kind, optionally one nämnd, one status and words searched for in the
/// title, the description and the departments that carry the work.
/// </summary>
public sealed record ItemFilter(ItemKind Kind, string? Committee = null, ItemStatus? Status = null, string? Words = null)
{
    public string? Words { get; init; } = string.IsNullOrWhiteSpace(Words) ? null : Words.Trim();

    public bool Matches(Item item) =>
        item.Kind == Kind
        && (Committee is null || string.Equals(item.Committee, Committee, StringComparison.OrdinalIgnoreCase))
        && (Status is null || item.Status == Status)
        && (Words is null || Searched(item).Any(text => Found(text, Words)));

    /// <summary>The texts the words are looked for in: the title, the description, the department and those working with it.</summary>
    static IEnumerable<string?> Searched(Item item) => [item.Title, item.Description, item.Department, .. item.Together];

    static readonly System.Globalization.CompareInfo SwedishCompare = System.Globalization.CultureInfo.GetCultureInfo("sv-SE").CompareInfo;

    /// <summary>Case is ignored as Swedish has it: "å" finds "Å".</summary>
    static bool Found(string? text, string words) =>
        text is not null && SwedishCompare.IndexOf(text, words, System.Globalization.CompareOptions.IgnoreCase) >= 0;

    /// <summary>
    /// The matching items, oldest proposal first, in the order the database gives the pages of the
    /// list: the instant to the microsecond PostgreSQL keeps (rounded half to even, as it reads the
    /// stored text), then the id as it orders uuids (their text, byte by byte). So the file, the
    /// search and the pages agree even on items proposed within the same microsecond.
    /// </summary>
    public IReadOnlyList<Item> Apply(IEnumerable<Item> items) =>
        items.Where(Matches).OrderBy(i => InDatabase(i.ProposedAt)).ThenBy(i => i.Id.ToString("D"), StringComparer.Ordinal).ToList();

    static decimal InDatabase(DateTimeOffset at) => Math.Round(at.UtcTicks / 10m, MidpointRounding.ToEven);
}

/// <summary>Reads of the items' current state, shared by the API and the web pages.</summary>
public static class ItemQueries
{
    /// <summary>
    /// The items of the filter's kind, nämnd and status, selected in the database. The words searched
    /// for are matched here, in Swedish, not in the database, whose collation knows only ASCII case.
    /// </summary>
    static IQueryable<Item> Selected(ItemFilter filter, IQuerySession session)
    {
        var query = session.Query<Item>().Where(i => i.MatchesSql("d.data ->> 'kind' = ?", Json.Name(filter.Kind)));
        if (filter.Committee is not null)
        {
            // Codes are matched as the register spells them; a code it does not know matches nothing.
            var code = Committees.All.FirstOrDefault(c => string.Equals(c.Code, filter.Committee, StringComparison.OrdinalIgnoreCase))?.Code;
            query = code is null ? query.Where(i => i.MatchesSql("false")) : query.Where(i => i.MatchesSql("d.data ->> 'committee' = ?", code));
        }
        if (filter.Status is { } status) query = query.Where(i => i.MatchesSql("d.data ->> 'status' = ?", Json.Name(status)));
        return query;
    }

    /// <summary>One page of the current items, and how many match in all.</summary>
    public static async Task<(IReadOnlyList<Item> Items, long Total)> PageAsync(ItemFilter filter, Paging paging, IQuerySession session, CancellationToken ct)
    {
        if (filter.Words is not null) return Page(filter.Apply(await Selected(filter, session).ToListAsync(ct)), paging);
        var items = await Selected(filter, session)
            .Stats(out var stats)
            .OrderBy(i => i.ProposedAt).ThenBy(i => i.Id)
            .Skip(paging.Skip).Take(paging.Size)
            .ToListAsync(ct);
        return (items, stats.TotalResults);
    }

    public static (IReadOnlyList<Item> Items, long Total) Page(IReadOnlyList<Item> all, Paging paging) => (paging.Of(all), all.Count);

    /// <summary>Every current item the filter selects, for pages that sort and page them themselves.</summary>
    public static async Task<IReadOnlyList<Item>> All(ItemFilter filter, IQuerySession session, CancellationToken ct) =>
        filter.Apply(await Selected(filter, session).ToListAsync(ct));

    /// <summary>The current items of these ids, by id; ids of no item are left out.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Item>> ByIdAsync(IEnumerable<Guid> ids, IQuerySession session, CancellationToken ct) =>
        (await session.LoadManyAsync<Item>(ct, ids.Distinct())).ToDictionary(i => i.Id);

    public static async Task<Item?> Find(ItemKind kind, Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<Item>(id, ct) is { } item && item.Kind == kind ? item : null;

    /// <summary>One item as it stood at an instant, by Marten's own aggregation of its stream up to then; null if it did not exist yet.</summary>
    public static async Task<Item?> FindAsOf(ItemKind kind, Guid id, DateTimeOffset asOf, IQuerySession session, CancellationToken ct) =>
        await session.Events.AggregateStreamAsync<Item>(id, timestamp: asOf, token: ct) is { } item && item.Kind == kind ? item : null;

    /// <summary>The items of a kind as they stood at an instant, replayed from every event up to it with the projection's own function.</summary>
    public static async Task<IReadOnlyList<Item>> AllAsOf(ItemKind kind, DateTimeOffset asOf, IQuerySession session, CancellationToken ct) =>
        Replay(await EventHistory.UpTo(session, asOf, ct)).Values.Where(i => i.Kind == kind).ToList();

    /// <summary>Every item as it stood after these events.</summary>
    public static IReadOnlyDictionary<Guid, Item> Replay(IEnumerable<IEvent> events)
    {
        var items = new Dictionary<Guid, Item>();
        foreach (var e in events)
        {
            if (ItemProjection.Fold(items.GetValueOrDefault(e.StreamId), e) is { } item) items[e.StreamId] = item;
        }
        return items;
    }
}
