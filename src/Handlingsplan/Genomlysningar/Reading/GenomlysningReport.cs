using Handlingsplan.Genomlysningar.KeyFigures;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;

namespace Handlingsplan.Genomlysningar.Reading;

/// <summary>
/// A genomlysning as its report reads, in the template's order: the key figures in their tables
/// (2.1–2.3), the analysis (2.4), the follow-up of its items (3.1–3.3) and its shifts (4.1–4.2). The
/// rows of sections 3 and 4 are the linked items as the event store has them (now, or as of an
/// instant), so the follow-up is never written twice. Every download of the report is built from this.
/// </summary>
public sealed record GenomlysningReport(
    Guid Id, long Version, string Committee, string CommitteeName, int Year, string Title, string? Source,
    GenomlysningStatus Status, string StatusText, string? DecisionReference, DateOnly? DecidedOn, string? Analysis,
    IReadOnlyList<KeyFigureTable> KeyFigures, IReadOnlyList<ReportSection> Sections, DateTimeOffset? AsOf,
    ReportStatusSummary? Statuses = null)
{
    /// <summary>
    /// Pure: the report of <paramref name="genomlysning"/> with its linked items as given (an item
    /// missing then is left out), and beside each figure taken from Kolada what later fetches changed.
    /// </summary>
    public static GenomlysningReport Build(Genomlysning genomlysning, IReadOnlyDictionary<Guid, Item> items, DateTimeOffset? asOf,
        IReadOnlyList<KoladaFetched>? fetches = null)
    {
        var tables = genomlysning.KeyFigures
            .GroupBy(k => (k.Group, k.Form))
            .OrderBy(g => g.Key.Group).ThenBy(g => g.Key.Form)
            .Select(g => KeyFigureTable.Of(g.Key.Group, g.Key.Form, g.ToList(), fetches ?? []))
            .ToList();
        var sections = Enum.GetValues<GenomlysningSection>()
            .Select(section => ReportSection.Of(section, genomlysning.Links
                .Where(l => l.Section == section && items.ContainsKey(l.ItemId))
                .Select(l => ReportRow.Of(items[l.ItemId]))
                .ToList()))
            .ToList();
        return new GenomlysningReport(
            genomlysning.Id, genomlysning.Version, genomlysning.Committee,
            Committees.All.FirstOrDefault(c => c.Code == genomlysning.Committee)?.Name ?? genomlysning.Committee,
            genomlysning.Year, genomlysning.Title, genomlysning.Source, genomlysning.Status, GenomlysningText.Status(genomlysning.Status),
            genomlysning.DecisionReference, genomlysning.DecidedOn, genomlysning.Analysis, tables, sections, asOf,
            ReportStatusSummary.Of(genomlysning.Links.Select(l => l.ItemId).Distinct().Where(items.ContainsKey).Select(id => items[id])));
    }
}

/// <summary>The nämnd's items in the report by their latest status report: how many enligt plan, at risk, off track, and without a report.</summary>
public sealed record ReportStatusSummary(int OnTrack, int AtRisk, int OffTrack, int NotReported, string Text)
{
    public static ReportStatusSummary Of(IEnumerable<Item> items)
    {
        var latest = items.Select(i => i.LatestStatusReport?.Status).ToList();
        int Count(Items.Reporting.ReportedStatus status) => latest.Count(s => s == status);
        var (onTrack, atRisk, offTrack, none) = (Count(Items.Reporting.ReportedStatus.OnTrack), Count(Items.Reporting.ReportedStatus.AtRisk),
            Count(Items.Reporting.ReportedStatus.OffTrack), latest.Count(s => s is null));
        return new ReportStatusSummary(onTrack, atRisk, offTrack, none,
            $"Senaste statusrapport: {onTrack} enligt plan, {atRisk} risk för avvikelse, {offTrack} avvikelse, {none} utan statusrapport.");
    }
}

/// <summary>
/// One of the template's key-figure tables: a group (Ekonomi, Personal, Kvalitet) in one form. A
/// comparison has a column per municipality or average; a table over time has a column per year.
/// </summary>
public sealed record KeyFigureTable(string Number, string Heading, KeyFigureGroup Group, KeyFigureForm Form, IReadOnlyList<string> Columns, IReadOnlyList<KeyFigureRow> Rows)
{
    /// <summary>The comparison's columns in the template's order, any other municipality named between the similar ones and the average.</summary>
    static readonly string[] ComparisonOrder = ["Alingsås", "Liknande kommuner"];
    const string Average = "Kommungenomsnitt";

    public static KeyFigureTable Of(KeyFigureGroup group, KeyFigureForm form, IReadOnlyList<KeyFigure> figures, IReadOnlyList<KoladaFetched> fetches)
    {
        var (number, heading) = GenomlysningText.Group(group);
        var columns = form == KeyFigureForm.OverTime
            ? figures.SelectMany(f => f.Values).Select(v => v.Year).OfType<int>().Distinct().Order().Select(y => $"År {y}").ToList()
            : figures.SelectMany(f => f.Values).Select(v => v.Column).Distinct()
                .OrderBy(c => Array.IndexOf(ComparisonOrder, c) is var i and >= 0 ? i : c == Average ? int.MaxValue : ComparisonOrder.Length)
                .ToList();
        var rows = figures.Select(f => new KeyFigureRow(f.Name, f.Unit, f.Origin, f.KpiId, f.Note, f.FetchedAt,
                KoladaFetches.Revisions(f, fetches).Select(r => new RevisionLine(r, r.Text(f.Unit))).ToList(),
                columns.Select(column => form == KeyFigureForm.OverTime
                        ? f.Values.Where(v => $"År {v.Year}" == column).Select(v => new KeyFigureCell([v])).FirstOrDefault() ?? new KeyFigureCell([])
                        : new KeyFigureCell(f.Values.Where(v => v.Column == column).OrderByDescending(v => v.Year).ToList()))
                    .ToList()))
            .ToList();
        return new KeyFigureTable(number, heading, group, form, columns, rows);
    }
}

/// <param name="Revisions">What Kolada changed after the figure was frozen; the frozen values stay in <paramref name="Cells"/>.</param>
public sealed record KeyFigureRow(
    string Name, string? Unit, string Origin, string? KpiId, string? Note, DateTimeOffset? FetchedAt,
    IReadOnlyList<RevisionLine> Revisions, IReadOnlyList<KeyFigureCell> Cells);

public sealed record RevisionLine(KeyFigureRevision Revision, string Text);

/// <summary>One cell: usually one value; in a comparison a figure may give several years in one cell, newest first, as the 2024 document does.</summary>
public sealed record KeyFigureCell(IReadOnlyList<KeyFigureValue> Values)
{
    /// <summary>As the report prints it: "8 695", "41 %", "–" where there is no value; several years as "År 2023: 8 695".</summary>
    public string Text(string? unit) => Values.Count switch
    {
        0 => "–",
        1 => KeyFigure.Format(Values[0].Value, unit),
        _ => string.Join("\n", Values.Select(v => v.Year is { } year ? $"År {year}: {KeyFigure.Format(v.Value, unit)}" : KeyFigure.Format(v.Value, unit))),
    };

}

public sealed record ReportSection(
    string Number, string Heading, GenomlysningSection Section, IReadOnlyList<ReportRow> Rows, decimal EstimatedTotalTkr, decimal RealisedTotalTkr)
{
    public static ReportSection Of(GenomlysningSection section, IReadOnlyList<ReportRow> rows)
    {
        var (number, heading) = GenomlysningText.Section(section);
        return new ReportSection(number, heading, section, rows, rows.Sum(r => r.EstimatedSavingTkr ?? 0), rows.Sum(r => r.FollowUp.RealisedTkr));
    }
}

/// <summary>
/// One row of sections 3 and 4, in the template's columns: Åtgärd (or Område) | Beskrivning | Möjlig
/// effektivisering | Uppföljning; the follow-up holds the status, the realised tkr and the latest note.
/// </summary>
public sealed record ReportRow(
    Guid ItemId, string Kind, string Title, string? Description, decimal? EstimatedSavingTkr, string Estimate, ReportFollowUp FollowUp)
{
    public static ReportRow Of(Item item) => new(
        item.Id, Kinds.Of(item.Kind).Segment, item.Title, item.Description, item.EstimatedSavingTkr,
        SwedishFormat.Estimate(item.EstimatedSavingTkr, item.NotQuantified),
        new ReportFollowUp(item.Status, Swedish.Status(item.Status), item.RealisedTkr,
            item.FollowUps.LastOrDefault()?.Note, item.FollowUps.LastOrDefault()?.RecordedAt, item.LatestStatusReport));
}

/// <param name="LatestStatusReport">The item's latest status report, of whichever reporting period; null before its first.</param>
public sealed record ReportFollowUp(
    ItemStatus Status, string StatusText, decimal RealisedTkr, string? LatestNote, DateTimeOffset? LatestNoteAt,
    Items.Reporting.StatusReport? LatestStatusReport = null)
{
    /// <summary>The Uppföljning cell as the report prints it: "tilldelad; realiserat 350 tkr. Senaste uppföljning 2026-03-01: …".</summary>
    public string Text => $"{char.ToUpper(StatusText[0], SwedishFormat.Culture)}{StatusText[1..]}; realiserat {SwedishFormat.Tkr(RealisedTkr)}."
                          + (LatestNote is null ? "" : $" Senaste uppföljning {SwedishTime.InSweden(LatestNoteAt!.Value):yyyy-MM-dd}: {LatestNote}")
                          + (LatestStatusReport is { } report ? $" Status {report.Period}: {report.StatusText}{(report.Late ? " (sen)" : "")}." : "");
}
