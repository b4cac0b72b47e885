using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Handlingsplan.Genomlysningar.Reading;
using Handlingsplan.Infrastructure;

namespace Handlingsplan.Genomlysningar.Downloading;

/// <summary>
/// The report as an Excel workbook: a sheet about the report, a sheet for each key-figure table, one for
/// the analysis and one for each section of 3 and 4. Amounts and key-figure values are numbers, so
/// that a reader can sum, chart and compare them; what is not a number (an estimate not yet made, a
/// value the source lacks) is an empty cell with the reason beside it.
/// </summary>
public static class ReportExcel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A cell: text, a number, or nothing.</summary>
    public readonly record struct SheetCell(string? Text, decimal? Number)
    {
        public static implicit operator SheetCell(string? text) => new(text, null);
        public static implicit operator SheetCell(decimal? number) => new(null, number);
        public static readonly SheetCell None = default;
    }

    /// <summary>One sheet: its name, its header row and its rows; a last row that is a total is bold.</summary>
    public sealed record ReportSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<SheetCell[]> Rows, bool LastRowIsTotal = false);

    /// <summary>Pure: the sheets of the report, in the template's order.</summary>
    public static IReadOnlyList<ReportSheet> Sheets(GenomlysningReport report, DateTimeOffset madeAt)
    {
        var sheets = new List<ReportSheet>
        {
            new("Om genomlysningen", ["Uppgift", "Värde"],
            [
                ["Genomlysning", report.Title],
                ["Nämnd", report.CommitteeName],
                ["År", (decimal?)report.Year],
                ["Status", report.StatusText],
                ["Beslut", report.DecisionReference ?? "–"],
                ["Beslutat", report.DecidedOn is { } on ? SwedishFormat.Date(on) : "–"],
                ["Visar", ReportText.ShowsLine(report, madeAt)],
                ["Källa", ReportText.SourceLine(report)],
                ["Belopp", "tkr"],
            ]),
        };
        foreach (var table in report.KeyFigures) sheets.Add(KeyFigures(table));
        sheets.Add(new(ReportText.Analysis(report) is var (number, _) ? $"{number} Analys" : "Analys", [ReportText.Analysis(report).Heading],
            ReportText.Paragraphs(report.Analysis).Select(p => new SheetCell[] { p }).ToList()));
        foreach (var section in report.Sections) sheets.Add(Section(section));
        return Named(sheets);
    }

    /// <summary>
    /// A comparison gets a row per figure and year, since the document gives several years in one cell; a
    /// table over time has its years as columns, as printed.
    /// </summary>
    static ReportSheet KeyFigures(KeyFigureTable table)
    {
        var tail = new[] { "Ursprung", "Kolada-id", "Not" };
        if (table.Form == KeyFigureForm.OverTime)
            return new(ReportText.ShortName(table), [ReportText.FigureColumn, "Enhet", .. table.Columns, .. tail],
                table.Rows.Select(r => (SheetCell[])[r.Name, r.Unit, .. r.Cells.Select(c => (SheetCell)c.Values.FirstOrDefault()?.Value), r.Origin, r.KpiId, ReportText.NoteOf(r)]).ToList());
        var rows = new List<SheetCell[]>();
        foreach (var row in table.Rows)
        {
            var years = row.Cells.SelectMany(c => c.Values).Select(v => v.Year).Distinct().OrderByDescending(y => y ?? int.MaxValue).ToList();
            foreach (var year in years)
                rows.Add([row.Name, row.Unit, (decimal?)year, .. row.Cells.Select(c => (SheetCell)c.Values.FirstOrDefault(v => v.Year == year)?.Value), row.Origin, row.KpiId, ReportText.NoteOf(row)]);
        }
        return new(ReportText.ShortName(table), [ReportText.FigureColumn, "Enhet", "År", .. table.Columns, .. tail], rows);
    }

    /// <summary>
    /// A section's table, with each item's id first so that the file can come back filled in
    /// (<see cref="Uploading.UploadCheck"/>): new rows without an id in 4.1 and 4.2 become shifts, and a
    /// note in section 3's last column, "Ny uppföljning", becomes a follow-up of that row's item.
    /// </summary>
    static ReportSheet Section(ReportSection section)
    {
        var shift = ReportText.IsShift(section);
        var rows = section.Rows.Select(r => (SheetCell[])
        [
            r.ItemId.ToString(), r.Title, r.Description, r.EstimatedSavingTkr, r.Estimate, r.FollowUp.StatusText, r.FollowUp.RealisedTkr,
            r.FollowUp.LatestNoteAt is { } at ? SwedishTime.InSweden(at).ToString("yyyy-MM-dd") : SheetCell.None, r.FollowUp.LatestNote, r.FollowUp.Text,
            .. shift ? Array.Empty<SheetCell>() : [SheetCell.None],
        ]).ToList();
        var total = section.Rows.Count > 0;
        if (total)
            rows.Add([SheetCell.None, Uploading.UploadCheck.TotalLabel, SheetCell.None, section.EstimatedTotalTkr, SheetCell.None, SheetCell.None, section.RealisedTotalTkr,
                SheetCell.None, SheetCell.None, SheetCell.None, .. shift ? Array.Empty<SheetCell>() : [SheetCell.None]]);
        return new(ReportText.ShortName(section),
            [Uploading.UploadCheck.IdHeading, ReportText.Columns(section)[0], Uploading.UploadCheck.DescriptionHeading, Uploading.UploadCheck.EstimateHeading,
                "Bedömning", "Status", "Realiserat (tkr)", "Senaste uppföljning", "Anteckning", "Uppföljning", .. shift ? Array.Empty<string>() : [Uploading.UploadCheck.NewFollowUpHeading]],
            rows, total);
    }

    /// <summary>Names Excel accepts: at most 31 characters, none of : \ / ? * [ ], not blank, each once.</summary>
    static List<ReportSheet> Named(List<ReportSheet> sheets)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return sheets.Select(s => s with { Name = SheetName(s.Name, taken) }).ToList();
    }

    public static string SheetName(string wanted, ISet<string> taken)
    {
        var name = new string(wanted.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '-' : c).ToArray()).Trim().Trim('\'');
        if (name.Length == 0) name = "Blad";
        if (name.Length > 31) name = name[..31].TrimEnd();
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }
        return candidate;
    }

    public static byte[] Build(GenomlysningReport report, DateTimeOffset madeAt) => Write(Sheets(report, madeAt), report.Title);

    static byte[] Write(IReadOnlyList<ReportSheet> sheets, string title)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = title;
            document.PackageProperties.Language = "sv-SE";
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet);
                list.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
        }
        return stream.ToArray();
    }

    const uint BoldStyle = 1, WrappedStyle = 2;

    static Worksheet Worksheet(ReportSheet sheet)
    {
        var data = new SheetData();
        data.Append(new Row(sheet.Header.Select(h => TextCell(h, BoldStyle))) { RowIndex = 1 });
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            var style = sheet.LastRowIsTotal && i == sheet.Rows.Count - 1 ? BoldStyle : WrappedStyle;
            data.Append(new Row(sheet.Rows[i].Select(c => c.Number is { } n
                ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(n), StyleIndex = style == BoldStyle ? BoldStyle : 0 }
                : TextCell(c.Text, style))) { RowIndex = (uint)i + 2 });
        }
        // Long texts (descriptions, notes, the analysis) wrap in wide columns; the rest fit their header.
        var widths = Enumerable.Range(0, sheet.Header.Count).Select(column =>
            Math.Clamp(sheet.Rows.Select(r => column < r.Length ? r[column].Text?.Length ?? 12 : 0).Append(sheet.Header[column].Length + 2).Max(), 8, 80));
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w + 2, CustomWidth = true }));
        return new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            columns, data);
    }

    static Cell TextCell(string? text, uint style) => text is null
        ? new Cell { StyleIndex = style }
        : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)), StyleIndex = style };

    static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }, ApplyAlignment = true },
            new CellFormat { Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }, ApplyAlignment = true }) { Count = 3 });
}
