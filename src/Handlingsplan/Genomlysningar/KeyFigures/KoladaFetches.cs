using Handlingsplan.Infrastructure;
using Marten;

namespace Handlingsplan.Genomlysningar.KeyFigures;

/// <summary>
/// One fetch from Kolada: every value it answered, in the template's columns, and when. Kolada revises
/// its figures without notice, so every fetch is kept: what a genomlysning froze stays as it was, and
/// a later fetch that differs is shown beside it as a revision.
/// </summary>
public sealed record KoladaFetched(IReadOnlyList<FetchedValue> Values, DateTimeOffset FetchedAt, string Source);

/// <param name="Column">The template's column: the municipality's name, "Liknande kommuner" or "Kommungenomsnitt".</param>
/// <param name="Municipality">Kolada's id of the municipality or group.</param>
public sealed record FetchedValue(string Kpi, string Column, string Municipality, int Year, decimal? Value);

/// <summary>A value that a later fetch gave differently: "Kolada ändrade värdet 2025-03-01: 8 695 → 8 702".</summary>
public sealed record KeyFigureRevision(string Column, int Year, decimal? Before, decimal? After, DateTimeOffset FetchedAt)
{
    public string Text(string? unit) =>
        $"Kolada ändrade värdet {SwedishTime.Day(FetchedAt):yyyy-MM-dd}{(Year > 0 ? $" ({Column}, {Year})" : "")}: {KeyFigure.Format(Before, unit)} → {KeyFigure.Format(After, unit)}";
}

public static class KoladaFetches
{
    /// <summary>Every fetch from Kolada is one stream, whichever genomlysning it serves.</summary>
    public static readonly Guid StreamId = new("6b6f6c61-6461-4000-8000-6e796b656c74");

    public static readonly string ColumnSimilar = "Liknande kommuner";
    public static readonly string ColumnAverage = "Kommungenomsnitt";

    /// <summary>The fetches up to an instant (all of them without one), oldest first.</summary>
    public static async Task<IReadOnlyList<KoladaFetched>> ReadAsync(IQuerySession session, DateTimeOffset? asOf, CancellationToken ct)
    {
        var events = asOf is { } at
            ? await session.Events.FetchStreamAsync(StreamId, timestamp: at, token: ct)
            : await session.Events.FetchStreamAsync(StreamId, token: ct);
        return events.Select(e => e.Data).OfType<KoladaFetched>().OrderBy(f => f.FetchedAt).ToList();
    }

    /// <summary>The newest value of each KPI, column and year across the fetches.</summary>
    public static IReadOnlyDictionary<(string Kpi, string Column, int Year), (decimal? Value, DateTimeOffset FetchedAt)> Latest(IEnumerable<KoladaFetched> fetches)
    {
        var latest = new Dictionary<(string, string, int), (decimal?, DateTimeOffset)>();
        foreach (var fetch in fetches.OrderBy(f => f.FetchedAt))
            foreach (var v in fetch.Values) latest[(v.Kpi, v.Column, v.Year)] = (v.Value, fetch.FetchedAt);
        return latest;
    }

    /// <summary>
    /// Pure: where the fetches after a figure was frozen gave its values differently, each change once,
    /// in the order Kolada made them.
    /// </summary>
    public static IReadOnlyList<KeyFigureRevision> Revisions(KeyFigure figure, IEnumerable<KoladaFetched> fetches)
    {
        if (figure.KpiId is not { } kpi || figure.FetchedAt is not { } frozenAt) return [];
        var known = figure.Values.Where(v => v.Year is not null).ToDictionary(v => (v.Column, Year: v.Year!.Value), v => v.Value);
        var revisions = new List<KeyFigureRevision>();
        foreach (var fetch in fetches.Where(f => f.FetchedAt > frozenAt).OrderBy(f => f.FetchedAt))
        {
            foreach (var value in fetch.Values.Where(v => v.Kpi == kpi))
            {
                var key = (value.Column, value.Year);
                if (!known.TryGetValue(key, out var before) || before == value.Value) continue;
                revisions.Add(new KeyFigureRevision(value.Column, value.Year, before, value.Value, fetch.FetchedAt));
                known[key] = value.Value;
            }
        }
        return revisions;
    }
}
