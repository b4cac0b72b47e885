using System.Globalization;
using Handlingsplan.Dashboard;
using Handlingsplan.Investigations;
using Handlingsplan.Items;
using Handlingsplan.Measures;
using Handlingsplan.Shifts;
using JasperFx.Events;
using Marten;

namespace Handlingsplan.Audit;

/// <summary>
/// The plan as it stood at an earlier instant, replayed from the events up to it with the same pure
/// functions that keep the live read models, so "as of now" equals the live view.
/// </summary>
public static class Replay
{
    /// <summary>Every event committed at or before the instant, in order.</summary>
    public static async Task<IReadOnlyList<IEvent>> EventsUpTo(IQuerySession session, DateTimeOffset asOf, CancellationToken ct) =>
        await session.Events.QueryAllRawEvents()
            .Where(e => e.Timestamp <= asOf)
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);

    public static Item? Apply(Item? item, IEvent e) => item switch
    {
        null => e.Data switch
        {
            MeasureProposed => ItemProjection<Measure>.Apply(null, e.StreamId, e.Data, e.Timestamp),
            ShiftProposed => ItemProjection<Shift>.Apply(null, e.StreamId, e.Data, e.Timestamp),
            InvestigationProposed => ItemProjection<Investigation>.Apply(null, e.StreamId, e.Data, e.Timestamp),
            _ => null,
        },
        Measure m => ItemProjection<Measure>.Apply(m, e.StreamId, e.Data, e.Timestamp),
        Shift s => ItemProjection<Shift>.Apply(s, e.StreamId, e.Data, e.Timestamp),
        Investigation i => ItemProjection<Investigation>.Apply(i, e.StreamId, e.Data, e.Timestamp),
        _ => item,
    } is { } next ? Versioned(next, e.Version) : null;

    static Item Versioned(Item item, long version)
    {
        item.Version = version;
        return item;
    }

    /// <summary>Every item as it stood after these events.</summary>
    public static IReadOnlyDictionary<Guid, Item> Items(IEnumerable<IEvent> events)
    {
        var items = new Dictionary<Guid, Item>();
        foreach (var e in events)
        {
            if (Apply(items.GetValueOrDefault(e.StreamId), e) is { } item) items[e.StreamId] = item;
        }
        return items;
    }

    public static DashboardView Dashboard(IEnumerable<IEvent> events) =>
        events.Aggregate(new DashboardView(), (view, e) => DashboardProjection.Apply(view, e.StreamId, e.Data));

    /// <summary>
    /// Reads an <c>asOf</c> value: an ISO 8601 instant, or a date, which means the end of that day in
    /// Swedish time. False when it is not one.
    /// </summary>
    public static bool TryParseAsOf(string? text, out DateTimeOffset asOf) => TryParseInstant(text, endOfDay: true, out asOf);

    /// <summary>An ISO 8601 instant, or a date: the start or the end of that day in Swedish time.</summary>
    public static bool TryParseInstant(string? text, bool endOfDay, out DateTimeOffset at)
    {
        at = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var local = date.ToDateTime(endOfDay ? new TimeOnly(23, 59, 59, 999) : TimeOnly.MinValue);
            at = new DateTimeOffset(local, Stockholm.GetUtcOffset(local)).ToUniversalTime();
            return true;
        }
        if (!DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at)) return false;
        // The database compares instants in UTC.
        at = at.ToUniversalTime();
        return true;
    }

    public static string NotAnInstant(string? text) =>
        $"'{text}' är inte en tidpunkt. Ange ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt enligt ISO 8601, t.ex. 2025-03-01T12:00:00+01:00.";

    public static readonly TimeZoneInfo Stockholm = FindStockholm();

    static TimeZoneInfo FindStockholm()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET"); }
    }

    public static IResult InvalidAsOf(string? text) => Infrastructure.Problems.Invalid(new Dictionary<string, string[]>
    {
        ["asOf"] = [NotAnInstant(text)],
    });
}
