using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Handlingsplan.Genomlysningar.Reading;
using Handlingsplan.Infrastructure;

namespace Handlingsplan.Genomlysningar.Downloading;

/// <summary>
/// The report as a Word document in the template's shape (seed 002): its numbered headings as Word's
/// own heading styles, so the navigation pane and a table of contents find them, and its tables with
/// a header row repeated on every page and rows kept whole.
/// </summary>
public static class ReportWord
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Pure: the same report always gives the same document (but for the moment it was made, which it states).</summary>
    public static byte[] Build(GenomlysningReport report, DateTimeOffset madeAt)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Language = "sv-SE";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.Document = new Document(new Body(Content(report, madeAt).Append(PageSetup())));
        }
        return stream.ToArray();
    }

    static IEnumerable<OpenXmlElement> Content(GenomlysningReport report, DateTimeOffset madeAt)
    {
        yield return Paragraph(report.Title, "Title");
        yield return Paragraph(ReportText.ShowsLine(report, madeAt) + " " + ReportText.SourceLine(report), "Stamp");

        yield return Heading(ReportText.Introduction, 1);
        yield return Heading(ReportText.ThisGenomlysning(report), 2);
        yield return Paragraph(ReportText.IntroductionLine(report));

        yield return Heading(ReportText.Efficiency(report), 1);
        foreach (var (number, heading, group) in ReportText.Groups)
        {
            yield return Heading((number, heading), 2);
            var tables = report.KeyFigures.Where(t => t.Group == group).ToList();
            if (tables.Count == 0) yield return Paragraph("Inga nyckeltal.");
            foreach (var table in tables)
            {
                yield return Paragraph(ReportText.FormCaption(table), "Caption");
                yield return KeyFigureTable(table);
                yield return Paragraph(ReportText.Origin(table), "Stamp");
                foreach (var note in ReportText.Notes(table)) yield return Paragraph("Not. " + note, "Stamp");
            }
        }
        yield return Heading(ReportText.Analysis(report), 2);
        var analysis = ReportText.Paragraphs(report.Analysis);
        if (analysis.Count == 0) yield return Paragraph("Ingen analys är skriven.");
        foreach (var text in analysis) yield return Paragraph(text);

        yield return Heading(ReportText.FollowUp, 1);
        foreach (var section in report.Sections.Where(s => !ReportText.IsShift(s))) foreach (var e in Section(section)) yield return e;
        yield return Heading(ReportText.Shifts, 1);
        foreach (var section in report.Sections.Where(ReportText.IsShift)) foreach (var e in Section(section)) yield return e;
    }

    static IEnumerable<OpenXmlElement> Section(ReportSection section)
    {
        yield return Heading((section.Number, section.Heading), 2);
        if (section.Rows.Count == 0)
        {
            yield return Paragraph(ReportText.Empty(section));
            yield break;
        }
        var shift = ReportText.IsShift(section);
        var rows = section.Rows.Select(r => shift
            ? new[] { r.Title, r.Description ?? "", r.Estimate }
            : [r.Title, r.Description ?? "", r.Estimate, r.FollowUp.Text]);
        var total = shift
            ? new[] { "Summa", "", SwedishFormat.Tkr(section.EstimatedTotalTkr) }
            : ["Summa", "", SwedishFormat.Tkr(section.EstimatedTotalTkr), ReportText.RealisedTotal(section)];
        yield return Table(ReportText.Columns(section), [.. rows, total], numericColumn: 2, lastRowIsTotal: true);
    }

    static Table KeyFigureTable(KeyFigureTable table) => Table(
        [ReportText.FigureColumn, .. table.Columns],
        table.Rows.Select(r => (string[])[ReportText.FigureName(r), .. r.Cells.Select(c => c.Text(r.Unit))]).ToList(),
        numericColumn: null, lastRowIsTotal: false);

    static Table Table(IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, int? numericColumn, bool lastRowIsTotal)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Autofit }),
            // The first column (the measure or key figure) wider; the page is 9 638 twips between the margins.
            new TableGrid(Enumerable.Range(0, columns.Count).Select(i => new GridColumn { Width = (i == 0 ? 9638 / (columns.Count + 1) * 2 : 9638 / (columns.Count + 1)).ToString() })));
        // The header row is repeated on each page, and no row is split across two.
        table.Append(Row(columns, header: true, numericColumn));
        for (var i = 0; i < rows.Count; i++) table.Append(Row(rows[i], header: lastRowIsTotal && i == rows.Count - 1, numericColumn, repeat: false));
        return table;
    }

    static TableRow Row(IReadOnlyList<string> cells, bool header, int? numericColumn, bool repeat = true)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header && repeat) properties.Append(new TableHeader());
        var row = new TableRow(properties);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = new TableCell();
            // A cell with several values ("År 2023: 8 695" and the years before) gets a paragraph for each.
            foreach (var line in cells[i].Split('\n'))
            {
                var run = new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve });
                if (header) run.RunProperties = new RunProperties(new Bold());
                var paragraph = new Paragraph(run) { ParagraphProperties = new ParagraphProperties(new SpacingBetweenLines { After = "0" }) };
                if (i > 0 && numericColumn is null || i == numericColumn) paragraph.ParagraphProperties.Append(new Justification { Val = JustificationValues.Right });
                cell.Append(paragraph);
            }
            row.Append(cell);
        }
        return row;
    }

    static Paragraph Heading((string Number, string Heading) heading, int level) =>
        Paragraph($"{heading.Number} {heading.Heading}", $"Heading{level}");

    static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null) paragraph.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        return paragraph;
    }

    /// <summary>A4 portrait with margins of 2 cm.</summary>
    static SectionProperties PageSetup() => new(
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U });

    /// <summary>The styles the document uses, named as Word names its own, in Swedish.</summary>
    static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                new FontSize { Val = "22" },
                new Languages { Val = "sv-SE" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        ParagraphStyle("Title", "Title", 0, "40", keepNext: true),
        ParagraphStyle("Heading1", "heading 1", 1, "32", keepNext: true),
        ParagraphStyle("Heading2", "heading 2", 2, "26", keepNext: true),
        ParagraphStyle("Caption", "caption", null, "22", keepNext: true, bold: true),
        ParagraphStyle("Stamp", "Källa", null, "18", keepNext: false, bold: false));

    static Style ParagraphStyle(string id, string name, int? outline, string size, bool keepNext, bool bold = true)
    {
        var paragraph = new StyleParagraphProperties();
        if (keepNext) paragraph.Append(new KeepNext());
        paragraph.Append(new SpacingBetweenLines { Before = outline is null ? "60" : "240", After = "120" });
        if (outline is > 0) paragraph.Append(new OutlineLevel { Val = outline.Value - 1 });
        var run = new StyleRunProperties();
        if (bold) run.Append(new Bold());
        run.Append(new FontSize { Val = size });
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph, StyleId = id,
        };
    }
}
