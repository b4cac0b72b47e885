using Handlingsplan.Infrastructure;

namespace Handlingsplan.Genomlysningar.Reading;

/// <summary>
/// The words of the report that are not data: the template's headings (seed 002) with the nämnd's
/// name, the table columns, the lines that say which moment the report shows and where its figures
/// come from. The web page, the Word file and the Excel file all read them here, so the three never
/// drift apart.
/// </summary>
public static class ReportText
{
    /// <summary>"Kommunstyrelsen" → "Kommunstyrelsens"; a name that already ends in s, x or z takes nothing.</summary>
    public static string Genitive(string name) =>
        name.Length == 0 || name[^1] is 's' or 'x' or 'z' ? name : name + "s";

    public static (string Number, string Heading) Introduction => ("1", "Sveriges mest effektiva kommun");

    public static (string Number, string Heading) ThisGenomlysning(GenomlysningReport report) => ("1.1", report.Title);

    public static (string Number, string Heading) Efficiency(GenomlysningReport report) => ("2", $"{Genitive(report.CommitteeName)} effektivitet");

    public static (string Number, string Heading) Analysis(GenomlysningReport report) => ("2.4", $"Analys av {Genitive(report.CommitteeName)} effektivitet");

    public static (string Number, string Heading) FollowUp => ("3", "Uppföljning av möjliga förflyttningar");

    public static (string Number, string Heading) Shifts => ("4", "Möjliga förflyttningar för ökad effektivitet");

    /// <summary>The template's three groups, 2.1–2.3, whether or not the genomlysning has figures in each.</summary>
    public static IReadOnlyList<(string Number, string Heading, KeyFigureGroup Group)> Groups { get; } =
        Enum.GetValues<KeyFigureGroup>().Select(g => GenomlysningText.Group(g) is var (n, h) ? (n, h, g) : default).ToList();

    /// <summary>"Kommunstyrelsens genomlysning för 2024. Status: antagen, beslut KS 2024-09-02 § 140, beslutat 2024-09-02."</summary>
    public static string IntroductionLine(GenomlysningReport report)
    {
        var decision = report.DecisionReference is null ? ""
            : $", beslut {report.DecisionReference}" + (report.DecidedOn is { } on ? $", beslutat {SwedishFormat.Date(on)}" : "");
        return $"{report.CommitteeName}: genomlysning för {report.Year}. Status: {report.StatusText}{decision}.";
    }

    /// <summary>"Visar läget 2025-03-01 kl. 23:59": the report as of its instant, or as it was made.</summary>
    public static string ShowsLine(GenomlysningReport report, DateTimeOffset madeAt) => report.AsOf is { } at
        ? $"Visar läget {SwedishTime.InSweden(at):yyyy-MM-dd 'kl.' HH:mm}, återskapat ur händelserna fram till dess."
        : $"Visar läget {SwedishTime.InSweden(madeAt):yyyy-MM-dd 'kl.' HH:mm}.";

    /// <summary>Where the figures come from: the key figures' own origins, and the event store for the follow-up.</summary>
    public static string SourceLine(GenomlysningReport report)
    {
        var origins = report.KeyFigures.SelectMany(t => t.Rows).Select(r => r.Origin).Distinct().ToList();
        var keyFigures = origins.Count == 0 ? "" : $"nyckeltalen ur {string.Join(", ", origins)}" + (report.Source is null ? "" : $" ({report.Source})") + "; ";
        return $"Källa: {keyFigures}uppföljningen (avsnitt 3 och 4) ur Handlingsplans händelser.";
    }

    /// <summary>The table's form in words, under its group's heading.</summary>
    public static string FormCaption(KeyFigureTable table) => table.Form == KeyFigureForm.Comparison
        ? $"{table.Heading}: jämförelse med andra kommuner"
        : $"{table.Heading}: Alingsås över tid";

    /// <summary>A short name for the table, e.g. for an Excel sheet: "2.1 Ekonomi, jämförelse".</summary>
    public static string ShortName(KeyFigureTable table) =>
        $"{table.Number} {GroupWord(table.Group)}, {(table.Form == KeyFigureForm.Comparison ? "jämförelse" : "över tid")}";

    static string GroupWord(KeyFigureGroup group) => group switch
    {
        KeyFigureGroup.Economy => "Ekonomi",
        KeyFigureGroup.Personnel => "Personal",
        KeyFigureGroup.Quality => "Kvalitet",
        _ => group.ToString(),
    };

    /// <summary>A short name for a section of 3 or 4, e.g. for an Excel sheet: "3.1 Åtgärder på kort sikt".</summary>
    public static string ShortName(ReportSection section) => section.Section switch
    {
        GenomlysningSection.ShortTerm => "3.1 Åtgärder på kort sikt",
        GenomlysningSection.LongTerm => "3.2 Åtgärder på lång sikt",
        GenomlysningSection.Investigated => "3.3 Åtgärder som utreds",
        GenomlysningSection.ExaminedByDepartment => "4.1 Förflyttningar, förvaltning",
        GenomlysningSection.NeedsCoordination => "4.2 Förflyttningar, samordning",
        _ => $"{section.Number} {section.Heading}",
    };

    /// <summary>The key figure's name, with its unit where the values do not carry it ("%" does).</summary>
    public static string FigureName(KeyFigureRow row) => row.Unit is null or "%" ? row.Name : $"{row.Name} ({row.Unit})";

    public const string FigureColumn = "Nyckeltal";

    /// <summary>Sections 3 follow up measures; sections 4 propose shifts, by area, with no follow-up yet.</summary>
    public static bool IsShift(ReportSection section) =>
        section.Section is GenomlysningSection.ExaminedByDepartment or GenomlysningSection.NeedsCoordination;

    /// <summary>The template's columns: Åtgärd | Beskrivning | Möjlig effektivisering | Uppföljning, or Område | Beskrivning | Möjlig effektivisering.</summary>
    public static IReadOnlyList<string> Columns(ReportSection section) => IsShift(section)
        ? ["Område", "Beskrivning", "Möjlig effektivisering"]
        : ["Åtgärd", "Beskrivning", "Möjlig effektivisering", "Uppföljning"];

    /// <summary>What an empty section says instead of an empty table.</summary>
    public static string Empty(ReportSection section) => IsShift(section) ? "Inga förflyttningar." : "Inga åtgärder.";

    public static string EstimatedTotal(ReportSection section) => $"Summa möjlig effektivisering: {SwedishFormat.Tkr(section.EstimatedTotalTkr)}";

    public static string RealisedTotal(ReportSection section) => $"realiserat {SwedishFormat.Tkr(section.RealisedTotalTkr)}";

    /// <summary>The analysis as paragraphs: the text keeps a blank line between them.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) => text is null ? [] :
        text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The notes under a key-figure table: "Total nettokostnad KLK: …", and for a figure taken from
    /// Kolada what Kolada changed after it was frozen ("Kolada ändrade värdet …"), beside the frozen value.
    /// </summary>
    public static IReadOnlyList<string> Notes(KeyFigureTable table) =>
        table.Rows.Where(r => NoteOf(r) is not null).Select(r => $"{r.Name}: {NoteOf(r)}").ToList();

    /// <summary>A figure's note and its revisions as one text; null when it has neither.</summary>
    public static string? NoteOf(KeyFigureRow row)
    {
        var parts = new[] { row.Note }.Concat(row.Revisions.Select(r => r.Text + ".")).OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    /// <summary>The origins of the table's figures, with Kolada's ids where a figure has one.</summary>
    public static string Origin(KeyFigureTable table) =>
        "Ursprung: " + string.Join("; ", table.Rows.GroupBy(r => r.Origin).Select(g =>
            g.Key + (g.Any(r => r.KpiId is not null) ? $" (Kolada {string.Join(", ", g.Where(r => r.KpiId is not null).Select(r => r.KpiId))})" : ""))) + ".";
}
