using Handlingsplan.Infrastructure;

namespace Handlingsplan.Web;

/// <summary>
/// "Visa planen per …": the date a page was asked to show the plan at, read from <c>?asOf=</c>.
/// A date means the end of that day in Swedish time; an empty value means now.
/// </summary>
public sealed record AsOf(string? Text, DateTimeOffset? Instant, string? Error)
{
    public static AsOf Now { get; } = new(null, null, null);

    public static AsOf Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Now;
        return SwedishTime.TryParseAsOf(text, out var at)
            ? new AsOf(text.Trim(), at, null)
            : new AsOf(text, null, "Ange ett datum på formen ÅÅÅÅ-MM-DD.");
    }

    public bool IsHistoric => Instant is not null;

    /// <summary>The value for a date input.</summary>
    public string? DateValue => Instant is { } at ? TimeZoneInfo.ConvertTime(at, SwedishTime.Stockholm).ToString("yyyy-MM-dd") : Text;

    /// <summary>"1 mars 2025", for the notice.</summary>
    public string Described => Instant is { } at ? TimeZoneInfo.ConvertTime(at, SwedishTime.Stockholm).ToString("d MMMM yyyy", Ui.Swedish) : "";

    /// <summary>The query to carry on links, so that a page opened from a historic page stays historic.</summary>
    public string Query => IsHistoric ? "?asOf=" + Uri.EscapeDataString(Text!) : "";
}
