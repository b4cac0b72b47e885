using Handlingsplan.Infrastructure;

namespace Handlingsplan.Audit;

/// <summary>A period given as <c>from</c> and <c>to</c>, either end open; a date covers the whole day in Swedish time.</summary>
public sealed record Period(DateTimeOffset? From, DateTimeOffset? To)
{
    /// <summary>Reads the two ends, or answers the 400 problem that says what is wrong with them.</summary>
    public static bool TryParse(string? from, string? to, out Period period, out IResult? problem)
    {
        period = new Period(null, null);
        problem = null;
        var errors = new Dictionary<string, string[]>();
        DateTimeOffset? start = null, end = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (Replay.TryParseInstant(from, endOfDay: false, out var parsed)) start = parsed;
            else errors["from"] = [Replay.NotAnInstant(from)];
        }
        if (!string.IsNullOrWhiteSpace(to))
        {
            if (Replay.TryParseInstant(to, endOfDay: true, out var parsed)) end = parsed;
            else errors["to"] = [Replay.NotAnInstant(to)];
        }
        if (start > end) errors["to"] = ["Periodens slut (to) ligger före dess början (from)."];
        if (errors.Count > 0)
        {
            problem = Problems.Invalid(errors);
            return false;
        }
        period = new Period(start, end);
        return true;
    }
}
