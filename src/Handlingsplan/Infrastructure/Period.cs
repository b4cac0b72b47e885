namespace Handlingsplan.Infrastructure;

/// <summary>A period given as <c>from</c> and <c>to</c>, either end open; a date covers the whole day in Swedish time.</summary>
public sealed record Period(DateTimeOffset? From, DateTimeOffset? To)
{
    /// <summary>Reads the two ends, or says in Swedish, per field, what is wrong with them.</summary>
    public static bool TryRead(string? from, string? to, out Period period, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>();
        DateTimeOffset? start = null, end = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (SwedishTime.TryParseInstant(from, endOfDay: false, out var parsed)) start = parsed;
            else errors["from"] = [SwedishTime.NotAnInstant(from)];
        }
        if (!string.IsNullOrWhiteSpace(to))
        {
            if (SwedishTime.TryParseInstant(to, endOfDay: true, out var parsed)) end = parsed;
            else errors["to"] = [SwedishTime.NotAnInstant(to)];
        }
        if (start > end) errors["to"] = ["Periodens slut (to) ligger före dess början (from)."];
        period = new Period(start, end);
        return errors.Count == 0;
    }
}
