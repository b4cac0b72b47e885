using System.Globalization;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// The plan's clock: dates mean days in Swedish time wherever the server runs, and instants are
/// compared in UTC, as the database keeps them.
/// </summary>
public static class SwedishTime
{
    public static readonly TimeZoneInfo Stockholm = FindStockholm();

    static TimeZoneInfo FindStockholm()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET"); }
    }

    /// <summary>Today's date in Sweden.</summary>
    public static DateOnly Today(TimeProvider? clock = null) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime((clock ?? TimeProvider.System).GetUtcNow(), Stockholm).DateTime);

    public static DateTimeOffset InSweden(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Stockholm);

    /// <summary>The day an instant falls on in Sweden.</summary>
    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(InSweden(at).DateTime);

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
            if (date.Year is < EarliestYear or > LatestYear) return false;
            var local = date.ToDateTime(endOfDay ? new TimeOnly(23, 59, 59, 999) : TimeOnly.MinValue);
            at = new DateTimeOffset(local, Stockholm.GetUtcOffset(local)).ToUniversalTime();
            return true;
        }
        if (!DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at)) return false;
        // The database compares instants in UTC.
        at = at.ToUniversalTime();
        return at.Year is >= EarliestYear and <= LatestYear;
    }

    /// <summary>The years an instant may name: wide enough for any history, narrow enough for every clock and the database.</summary>
    public const int EarliestYear = 1900, LatestYear = 2200;

    public static string NotAnInstant(string? text) =>
        $"'{text}' är inte en tidpunkt. Ange ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt enligt ISO 8601, t.ex. 2025-03-01T12:00:00+01:00, mellan år {EarliestYear} och {LatestYear}.";

    public static IResult InvalidAsOf(string? text) => Problems.Invalid(new Dictionary<string, string[]>
    {
        ["asOf"] = [NotAnInstant(text)],
    });
}
