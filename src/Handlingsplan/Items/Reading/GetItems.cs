using Handlingsplan.Audit;
using Handlingsplan.Infrastructure;
using Handlingsplan.Investigations;
using Handlingsplan.Measures;
using Handlingsplan.Shifts;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Items.Reading;

/// <summary>One event of an item's history, with the decision reference and reason it carries pulled out for readers.</summary>
public sealed record HistoryEntry(
    long Sequence, long Version, string Type, DateTimeOffset Timestamp, string? User, string? Role,
    string? DecisionReference, string? Reason, object Data)
{
    public static HistoryEntry Of(JasperFx.Events.IEvent e)
    {
        var decision = Audit.Decisions.DecisionLog.Of(e.Data);
        return new(
            e.Sequence, e.Version, e.EventType.Name, e.Timestamp, e.UserName,
            e.Headers?.GetValueOrDefault(Access.UserStamp.RoleHeader)?.ToString(),
            decision?.Reference,
            e.Data is EstimateRevised revised ? revised.Reason : decision?.Reason,
            e.Data);
    }
}

public static class GetItemsEndpoint
{
    [WolverineGet("/api/{kind}")]
    public static async Task<IResult> List(string kind, string? committee, string? status, string? q, string? asOf, IQuerySession session, CancellationToken ct)
    {
        if (!ItemKinds.BySegment.TryGetValue(kind, out var itemKind)) return ItemKinds.Unknown(kind);
        DateTimeOffset? instant = null;
        if (asOf is not null)
        {
            if (!Replay.TryParseAsOf(asOf, out var parsed)) return Replay.InvalidAsOf(asOf);
            instant = parsed;
        }
        ItemStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<ItemStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
                return Problems.Invalid(new Dictionary<string, string[]>
                {
                    ["status"] = [$"Okänd status '{status}'. Giltiga värden: {string.Join(", ", Enum.GetValues<ItemStatus>().Select(Json.Name))}."],
                });
            wanted = parsed;
        }

        var items = instant is { } at ? await ItemQueries.AllAsOf(itemKind, at, session, ct) : await ItemQueries.All(itemKind, session, ct);
        return Results.Ok<object>(items
            .Where(i => committee is null || string.Equals(i.Committee, committee, StringComparison.OrdinalIgnoreCase))
            .Where(i => wanted is null || i.Status == wanted)
            .Where(i => string.IsNullOrWhiteSpace(q) || i.Title.Contains(q.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(i => i.ProposedAt)
            .ThenBy(i => i.Id)
            .Cast<object>()
            .ToList());
    }

    [WolverineGet("/api/{kind}/{id}")]
    public static async Task<IResult> Get(string kind, Guid id, string? asOf, IQuerySession session, CancellationToken ct)
    {
        if (!ItemKinds.BySegment.TryGetValue(kind, out var itemKind)) return ItemKinds.Unknown(kind);
        if (asOf is not null)
        {
            if (!Replay.TryParseAsOf(asOf, out var at)) return Replay.InvalidAsOf(asOf);
            return await ItemQueries.FindAsOf(itemKind, id, at, session, ct) is { } then
                ? Results.Ok<object>(then)
                : Problems.NotFound($"{Swedish.KindIndefinite(itemKind)} vid {at:yyyy-MM-dd HH:mm} med", id);
        }
        return await ItemQueries.Find(itemKind, id, session, ct) is { } item
            ? Results.Ok<object>(item)
            : Problems.NotFound(Swedish.KindIndefinite(itemKind), id);
    }

    [WolverineGet("/api/{kind}/{id}/history")]
    public static async Task<IResult> History(string kind, Guid id, IQuerySession session, CancellationToken ct)
    {
        if (!ItemKinds.BySegment.TryGetValue(kind, out var itemKind)) return ItemKinds.Unknown(kind);
        var state = await session.Events.FetchStreamStateAsync(id, ct);
        if (state is null || state.AggregateType != ItemKinds.AggregateType(itemKind))
            return Problems.NotFound(Swedish.KindIndefinite(itemKind), id);

        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return Results.Ok(events.Select(HistoryEntry.Of).ToList());
    }
}

/// <summary>Reads of the items' current state, shared by the API and the web pages.</summary>
public static class ItemQueries
{
    /// <summary>The items of a kind as they stood at an instant, replayed from the events.</summary>
    public static async Task<IReadOnlyList<Item>> AllAsOf(ItemKind kind, DateTimeOffset asOf, IQuerySession session, CancellationToken ct) =>
        Replay.Items(await Replay.EventsUpTo(session, asOf, ct)).Values.Where(i => i.Kind == kind).ToList();

    /// <summary>One item as it stood at an instant; null if it did not exist yet (or is of another kind).</summary>
    public static async Task<Item?> FindAsOf(ItemKind kind, Guid id, DateTimeOffset asOf, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, timestamp: asOf, token: ct);
        var item = events.Aggregate((Item?)null, Replay.Apply);
        return item?.Kind == kind ? item : null;
    }

    /// <summary>The lists are small (the plan holds tens of items, a busy year hundreds), so they are filtered in memory.</summary>
    public static async Task<IReadOnlyList<Item>> All(ItemKind kind, IQuerySession session, CancellationToken ct) => kind switch
    {
        ItemKind.Measure => await session.Query<Measure>().ToListAsync(ct),
        ItemKind.Shift => await session.Query<Shift>().ToListAsync(ct),
        _ => await session.Query<Investigation>().ToListAsync(ct),
    };

    public static async Task<Item?> Find(ItemKind kind, Guid id, IQuerySession session, CancellationToken ct) => kind switch
    {
        ItemKind.Measure => await session.LoadAsync<Measure>(id, ct),
        ItemKind.Shift => await session.LoadAsync<Shift>(id, ct),
        _ => await session.LoadAsync<Investigation>(id, ct),
    };
}
