using System.Globalization;
using System.Text;
using Handlingsplan.Infrastructure;

namespace Handlingsplan.Web;

/// <summary>
/// The foot of every printed page: what the page is, when it was printed, where its figures come
/// from, and the page number. A margin box cannot read the page's text, so the line is written into
/// the print stylesheet as a CSS string.
/// </summary>
public static class Print
{
    /// <summary>Where the figures come from: the signed-in municipality's event store (and for the first customer, the plan's decision).</summary>
    public static string Source => Tenancy.MunicipalityContext.Current is { IsDefault: false } municipality
        ? $"Källa: Handlingsplan, {municipality.Name} (händelselagret); belopp i tkr"
        : "Källa: Handlingsplan, Alingsås kommun (händelselagret); ekonomisk handlingsplan KS 2023-12-11 § 217; belopp i tkr";

    /// <summary>The footer line of a page titled <paramref name="title"/>, printed at <paramref name="now"/>.</summary>
    public static string Footer(string? title, DateTimeOffset now, string? figuresAsOf = null) =>
        $"{title} · Utskrivet {SwedishTime.InSweden(now).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}" +
        (figuresAsOf is null ? "" : $" · {figuresAsOf}") + $" · {Source}";

    /// <summary>Text as a quoted CSS string, safe inside a style element.</summary>
    public static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var c in text)
            css.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or '<' or '>' or '&' => $"\\{(int)c:X} ",
                _ => c.ToString(),
            });
        return css.Append('"').ToString();
    }
}
