using System.Globalization;
using Handlingsplan.Items;

namespace Handlingsplan.Web;

/// <summary>What the Swedish web app shows: page addresses, labels and number formats.</summary>
public static class Ui
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static readonly IReadOnlyDictionary<string, ItemKind> KindsBySlug = new Dictionary<string, ItemKind>
    {
        ["atgarder"] = ItemKind.Measure,
        ["forflyttningar"] = ItemKind.Shift,
        ["utredningar"] = ItemKind.Investigation,
    };

    public static string Slug(ItemKind kind) => KindsBySlug.First(p => p.Value == kind).Key;

    public static string Plural(ItemKind kind) => kind switch
    {
        ItemKind.Measure => "Åtgärder",
        ItemKind.Shift => "Förflyttningar",
        _ => "Utredningar",
    };

    public static string Singular(ItemKind kind) => kind switch
    {
        ItemKind.Measure => "Åtgärd",
        ItemKind.Shift => "Förflyttning",
        _ => "Kommunövergripande utredning",
    };

    /// <summary>1 234,5 tkr</summary>
    public static string Tkr(decimal? value) => value is null ? "för tidigt att bedöma" : value.Value.ToString("#,0.#", Swedish) + " tkr";

    /// <summary>12,3 mnkr</summary>
    public static string Mnkr(decimal tkr) => (tkr / 1000m).ToString("#,0.0", Swedish) + " mnkr";

    /// <summary>In Swedish time, wherever the server runs: the same clock as the plan's dates and "Visa planen per".</summary>
    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Audit.Replay.Stockholm).ToString("d MMM yyyy HH:mm", Swedish);

    public static string Status(ItemStatus status) => Items.Swedish.Status(status);

    public static string CommitteeName(string code) => Committees.All.FirstOrDefault(c => c.Code == code)?.Name ?? code;

    public static string Category(string? code) => code is not null && Vocabulary.Categories.TryGetValue(code, out var name) ? name : "–";

    public static string Horizon(string? code) => code is not null && Vocabulary.Horizons.TryGetValue(code, out var name) ? name : "–";

    /// <summary>The Swedish name of an event in the item's history.</summary>
    public static string EventName(string type) => type switch
    {
        "MeasureProposed" or "ShiftProposed" or "InvestigationProposed" => "Föreslagen",
        "ItemPrioritised" => "Prioriterad",
        "ItemDeclined" => "Inte prioriterad",
        "ItemAssigned" => "Tilldelad",
        "SavingRealised" => "Besparing registrerad",
        "EstimateRevised" => "Bedömning reviderad",
        "FollowUpRecorded" => "Uppföljning",
        "ItemCompleted" => "Slutförd",
        "ItemCancelled" => "Avbruten",
        "InvestigationConcluded" => "Slutsatser",
        "MeasureLinked" => "Åtgärd föreslagen härifrån",
        _ => type,
    };
}
