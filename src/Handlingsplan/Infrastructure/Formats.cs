namespace Handlingsplan.Infrastructure;

/// <summary>
/// The <c>format</c> of a list that can be had as JSON or as a file: the query's <c>format</c> when
/// given, else a file type that <c>Accept</c> names (a client that asks by header gets it too),
/// else the first, JSON. A <c>format</c> that is none of them is refused in Swedish, naming them all.
/// </summary>
public static class Formats
{
    public sealed record Format(string Name, string MediaType);

    public static readonly Format Json = new("json", "application/json");
    public static readonly Format Csv = new("csv", "text/csv");
    public static readonly Format Xlsx = new("xlsx", Spreadsheet.ContentType);

    /// <summary>The format asked for, or null when <paramref name="format"/> names none of <paramref name="offered"/>; the first is the default.</summary>
    public static Format? Chosen(string? format, HttpRequest request, params IReadOnlyList<Format> offered)
    {
        if (format is not null) return offered.FirstOrDefault(f => string.Equals(f.Name, format, StringComparison.OrdinalIgnoreCase));
        var accept = request.Headers.Accept.ToString();
        return offered.Skip(1).FirstOrDefault(f => accept.Contains(f.MediaType, StringComparison.OrdinalIgnoreCase)) ?? offered[0];
    }

    /// <summary>400: "Okänt format 'x'. Välj csv, json eller xlsx."</summary>
    public static IResult Unknown(string format, params IReadOnlyList<Format> offered)
    {
        var names = offered.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        return Problems.Invalid(new Dictionary<string, string[]>
        {
            ["format"] = [$"Okänt format '{format}'. Välj {string.Join(", ", names.SkipLast(1))} eller {names[^1]}."],
        });
    }
}
