using System.Globalization;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;

namespace Handlingsplan.Web;

/// <summary>What the Swedish web app shows: labels and number formats. The kinds' and steps' words come from their own descriptions.</summary>
public static class Ui
{
    public static readonly CultureInfo Swedish = SwedishFormat.Culture;

    public static string Slug(ItemKind kind) => Kinds.Of(kind).Slug;

    public static string Plural(ItemKind kind) => Kinds.Of(kind).Plural;

    public static string Singular(ItemKind kind) => Kinds.Of(kind).Singular;

    /// <summary>1 234,5 tkr</summary>
    public static string Tkr(decimal? value) => SwedishFormat.Tkr(value);

    /// <summary>12,3 mnkr</summary>
    public static string Mnkr(decimal tkr) => SwedishFormat.Mnkr(tkr);

    /// <summary>In Swedish time, wherever the server runs: the same clock as the plan's dates and "Visa planen per".</summary>
    public static string Date(DateTimeOffset at) => SwedishTime.InSweden(at).ToString("d MMM yyyy HH:mm", Swedish);

    public static string Status(ItemStatus status) => Items.Swedish.Status(status);

    public static string CommitteeName(string code) => Committees.All.FirstOrDefault(c => c.Code == code)?.Name ?? code;

    public static string Category(string? code) => code is not null && Vocabulary.Categories.TryGetValue(code, out var name) ? name : "–";

    public static string Horizon(string? code) => code is not null && Vocabulary.Horizons.TryGetValue(code, out var name) ? name : "–";
}
