using Handlingsplan.Infrastructure;
using JasperFx.Events;
using Marten;
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
    [WolverineGet("/api/{kind}")]
    public static async Task<IResult> List(string kind, string? committee, string? status, string? q, string? asOf, IQuerySession session, CancellationToken ct)
    {
        if (Kinds.BySegment(kind) is not { } description) return Kinds.Unknown(kind);
        DateTimeOffset? instant = null;
        if (asOf is not null)
        {
            if (!SwedishTime.TryParseAsOf(asOf, out var parsed)) return SwedishTime.InvalidAsOf(asOf);
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

        var items = instant is { } at
            ? await ItemQueries.AllAsOf(description.Kind, at, session, ct)
            : await ItemQueries.All(description.Kind, session, ct);
        return Results.Ok(items
            .Where(i => committee is null || string.Equals(i.Committee, committee, StringComparison.OrdinalIgnoreCase))
            .Where(i => wanted is null || i.Status == wanted)
            .Where(i => string.IsNullOrWhiteSpace(q) || i.Title.Contains(q.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(i => i.ProposedAt)
            .ThenBy(i => i.Id)
            .ToList());
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

/// <summary>Reads of the items' current state, shared by the API and the web pages.</summary>
public static class ItemQueries
{
    /// <summary>The lists are small (the plan holds tens of items, a busy year hundreds), so they are filtered in memory.</summary>
    public static async Task<IReadOnlyList<Item>> All(ItemKind kind, IQuerySession session, CancellationToken ct) =>
        (await session.Query<Item>().ToListAsync(ct)).Where(i => i.Kind == kind).ToList();

    public static async Task<IReadOnlyList<Item>> All(IQuerySession session, CancellationToken ct) =>
        await session.Query<Item>().ToListAsync(ct);

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
