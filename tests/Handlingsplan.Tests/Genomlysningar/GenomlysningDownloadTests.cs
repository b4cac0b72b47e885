using System.Text.Json;
using System.Text.RegularExpressions;
using Alba;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using Handlingsplan.Genomlysningar.Downloading;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Genomlysningar;

/// <summary>
/// Kommunstyrelsens genomlysning 2024 as Word and Excel files: read back with the Open XML SDK, they
/// hold the template's headings, the document's key figures, and the 17 measures as the event store
/// follows them up (now, or as of an earlier instant).
/// </summary>
public sealed class GenomlysningDownloadTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly Guid Ks2024 = PlanImport.StableId("genomlysning-ks-2024");

    /// <summary>Swedish formatting groups thousands with a no-break space; compare with plain spaces.</summary>
    static string Plain(string text) => Regex.Replace(text, @"[\s\u00a0\u202f]+", " ").Trim();

    async Task<byte[]> Download(string url, string contentType)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBeOk(); s.ContentTypeShouldBe(contentType); });
        using var body = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(body);
        return body.ToArray();
    }

    static (IReadOnlyList<(string Style, string Text)> Paragraphs, IReadOnlyList<IReadOnlyList<string>> Rows) ReadWord(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        // Valid against the Office schema, so Word opens it without "repairing" it.
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Distinct().ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(6)));
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", Plain(p.InnerText))).ToList();
        var rows = body.Descendants<TableRow>()
            .Select(r => (IReadOnlyList<string>)r.Elements<TableCell>()
                .Select(c => Plain(string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText)))).ToList())
            .ToList();
        return (paragraphs, rows);
    }

    /// <summary>Each sheet by name: its rows, each cell as (text, number), a number only where the cell is one.</summary>
    static Dictionary<string, List<List<(string? Text, decimal? Number)>>> ReadExcel(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Distinct().ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(6)));
        var workbook = document.WorkbookPart!;
        return workbook.Workbook!.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s =>
            ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet!.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString
                    ? (c.InlineString?.InnerText, (decimal?)null)
                    : c.DataType is null || c.DataType.Value == CellValues.Number
                        ? (null, c.CellValue is null ? null : decimal.Parse(c.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture))
                        : (c.InnerText, null))
                .ToList())
            .ToList());
    }

    [Fact]
    public async Task The_word_file_follows_the_template_with_the_documents_key_figures_and_all_17_measures()
    {
        await PlanImport.RunAsync(Store);
        var report = await Host.GetJson<JsonElement>($"/api/genomlysningar/{Ks2024}");

        var (paragraphs, rows) = ReadWord(await Download($"/api/genomlysningar/{Ks2024}/report.docx", ReportWord.ContentType));

        Assert.Equal(("Title", "Kommunstyrelsens genomlysning 2024"), paragraphs[0]);
        var headings = paragraphs.Where(p => p.Style.StartsWith("Heading", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            ("Heading1", "1 Sveriges mest effektiva kommun"),
            ("Heading2", "1.1 Kommunstyrelsens genomlysning 2024"),
            ("Heading1", "2 Kommunstyrelsens effektivitet"),
            ("Heading2", "2.1 Ekonominyckeltal"),
            ("Heading2", "2.2 Personalnyckeltal"),
            ("Heading2", "2.3 Kvalitetsnyckeltal"),
            ("Heading2", "2.4 Analys av Kommunstyrelsens effektivitet"),
            ("Heading1", "3 Uppföljning av möjliga förflyttningar"),
            ("Heading2", "3.1 Effektiviseringsåtgärder på kort sikt"),
            ("Heading2", "3.2 Effektiviseringsåtgärder på lång sikt"),
            ("Heading2", "3.3 Effektiviseringsåtgärder som utreds"),
            ("Heading1", "4 Möjliga förflyttningar för ökad effektivitet"),
            ("Heading2", "4.1 Möjliga förflyttningar som ska undersökas av förvaltningen"),
            ("Heading2", "4.2 Möjliga förflyttningar som ska undersökas och som kräver kommunövergripande samordning"),
        ], headings);
        Assert.Contains(paragraphs, p => p.Text == "Kommunstyrelsen: genomlysning för 2024. Status: antagen, beslut KS 2024-09-02, § saknas i underlaget, beslutat 2024-09-02.");
        Assert.Equal(2, paragraphs.Count(p => p.Text == "Inga förflyttningar."));
        Assert.Contains(paragraphs, p => p.Text.StartsWith("Kommunledningskontorets nettokostnad ökade från år 2021 till år 2022 med 2,7 mnkr", StringComparison.Ordinal));

        // The key figures as the document prints them, in Swedish formats.
        Assert.Contains(rows, r => r.SequenceEqual(["Nyckeltal", "Alingsås", "Liknande kommuner", "Ale", "Kungälv", "Kommungenomsnitt"]));
        var guardians = Assert.Single(rows, r => r[0].StartsWith("Kostnad för överförmyndare/nämnd", StringComparison.Ordinal));
        Assert.StartsWith("År 2023: 8 695 År 2022: 9 196", guardians[1]);
        Assert.Equal(["Sjukfrånvaro Alingsås kommun", "8,2 %", "8,4 %", "7,4 %"], Assert.Single(rows, r => r[0] == "Sjukfrånvaro Alingsås kommun"));
        Assert.Equal("–", Assert.Single(rows, r => r[0] == "Delaktighetsindex")[3]);

        // Every measure of sections 3.1–3.3, with its estimate and its follow-up as the report gives them.
        var measures = report.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("rows").EnumerateArray()).ToList();
        Assert.Equal(17, measures.Count);
        foreach (var measure in measures)
        {
            var row = Assert.Single(rows, r => r[0] == measure.GetProperty("title").GetString());
            Assert.Equal(Plain(measure.GetProperty("estimate").GetString()!), row[2]);
            Assert.Equal(Plain(measure.GetProperty("followUp").GetProperty("text").GetString()!), row[3]);
        }
        var it = Assert.Single(rows, r => r[0] == "Översyn av kommunens IT-system");
        Assert.Equal("1 000 tkr", it[2]);
        Assert.Equal("Prioriterad; realiserat 0 tkr.", it[3]);
        // A total under each of 3.1–3.3: 2 450 + 100 + 1 250 tkr, the document's 3,8 mnkr.
        Assert.Equal(["2 450 tkr", "100 tkr", "1 250 tkr"], rows.Where(r => r[0] == "Summa").Select(r => r[2]));
        Assert.Contains(rows, r => r.SequenceEqual(["Summa", "", "2 450 tkr", "realiserat 0 tkr"]));
    }

    [Fact]
    public async Task The_excel_file_has_a_sheet_per_table_with_amounts_and_key_figures_as_numbers()
    {
        await PlanImport.RunAsync(Store);

        var sheets = ReadExcel(await Download($"/api/genomlysningar/{Ks2024}/report.xlsx", ReportExcel.ContentType));

        Assert.Equal(
        [
            "Om genomlysningen", "2.1 Ekonomi, jämförelse", "2.1 Ekonomi, över tid", "2.2 Personal, över tid",
            "2.3 Kvalitet, jämförelse", "2.3 Kvalitet, över tid", "2.4 Analys", "3.1 Åtgärder på kort sikt",
            "3.2 Åtgärder på lång sikt", "3.3 Åtgärder som utreds", "4.1 Förflyttningar, förvaltning", "4.2 Förflyttningar, samordning",
        ], sheets.Keys);
        Assert.All(sheets.Keys, name => Assert.True(name.Length <= 31, name));

        // 5 + 3 + 9 measures and a total under each; the sections of 4 have only their header.
        var measures = new[] { "3.1 Åtgärder på kort sikt", "3.2 Åtgärder på lång sikt", "3.3 Åtgärder som utreds" }
            .SelectMany(name => sheets[name].Skip(1).SkipLast(1)).ToList();
        Assert.Equal(17, measures.Count);
        Assert.Single(sheets["4.1 Förflyttningar, förvaltning"]);
        var it = Assert.Single(measures, r => r[1].Text == "Översyn av kommunens IT-system");
        Assert.Equal((null, 1000m), it[3]);
        Assert.Equal((null, 0m), it[6]);
        // Each row carries its item's id first, so that the file can come back filled in.
        Assert.Equal(Handlingsplan.Plan.PlanImport.StableId("genomlysning-2024-1").ToString(), it[0].Text);
        Assert.Equal(3800m, new[] { "3.1 Åtgärder på kort sikt", "3.2 Åtgärder på lång sikt", "3.3 Åtgärder som utreds" }
            .Sum(name => sheets[name][^1][3].Number));
        // An estimate not yet made is no number, and says why.
        Assert.Contains(measures, r => r[3] == (null, null) && r[4].Text is "för tidigt att bedöma" or "ej beloppsatt");

        var economy = sheets["2.1 Ekonomi, jämförelse"];
        Assert.Equal(["Nyckeltal", "Enhet", "År", "Alingsås", "Liknande kommuner", "Ale", "Kungälv", "Kommungenomsnitt", "Ursprung", "Kolada-id", "Not"],
            economy[0].Select(c => c.Text));
        var guardians2023 = Assert.Single(economy, r => r[0].Text!.StartsWith("Kostnad för överförmyndare", StringComparison.Ordinal) && r[2].Number == 2023);
        Assert.Equal(8695m, guardians2023[3].Number);
        Assert.Equal(9100m, guardians2023[7].Number);
        var sickLeave = Assert.Single(sheets["2.2 Personal, över tid"], r => r[0].Text == "Sjukfrånvaro Alingsås kommun");
        Assert.Equal([8.2m, 8.4m, 7.4m], sickLeave.Skip(2).Take(3).Select(c => c.Number));
        Assert.Equal("%", sickLeave[1].Text);
    }

    [Fact]
    public async Task As_of_an_instant_before_a_realisation_the_files_show_the_earlier_follow_up()
    {
        await PlanImport.RunAsync(Store);
        var measure = PlanImport.StableId("genomlysning-2024-2");
        var title = (await Host.GetJson<JsonElement>($"/api/measures/{measure}")).GetProperty("title").GetString();
        var before = DateTimeOffset.UtcNow;
        var version = (await Host.GetJson<JsonElement>($"/api/measures/{measure}")).GetProperty("version").GetInt64();
        version = await Step(measure, "assign", new { department = "Kommunledningskontoret", expectedVersion = version });
        version = await Step(measure, "realise", new { amountTkr = 1200, year = 2025, recurring = true, confirmed = true, expectedVersion = version });
        await Step(measure, "follow-up", new { note = "Ansluten till ADDA:s ramavtal för konsulter.", expectedVersion = version });
        var asOf = Uri.EscapeDataString(before.ToString("O"));

        var now = Assert.Single(ReadWord(await Download($"/api/genomlysningar/{Ks2024}/report.docx", ReportWord.ContentType)).Rows, r => r[0] == title);
        Assert.StartsWith("Under genomförande; realiserat 1 200 tkr. Senaste uppföljning ", now[3]);
        Assert.EndsWith(": Ansluten till ADDA:s ramavtal för konsulter.", now[3]);
        var then = Assert.Single(ReadWord(await Download($"/api/genomlysningar/{Ks2024}/report.docx?asOf={asOf}", ReportWord.ContentType)).Rows, r => r[0] == title);
        Assert.Equal("Prioriterad; realiserat 0 tkr.", then[3]);

        var sheetsNow = ReadExcel(await Download($"/api/genomlysningar/{Ks2024}/report.xlsx", ReportExcel.ContentType));
        Assert.Equal(1200m, Assert.Single(sheetsNow["3.1 Åtgärder på kort sikt"], r => r[1].Text == title)[6].Number);
        var sheetsThen = ReadExcel(await Download($"/api/genomlysningar/{Ks2024}/report.xlsx?asOf={asOf}", ReportExcel.ContentType));
        var row = Assert.Single(sheetsThen["3.1 Åtgärder på kort sikt"], r => r[1].Text == title);
        Assert.Equal(0m, row[6].Number);
        Assert.Equal("prioriterad", row[5].Text);
        Assert.Contains("Visar läget", sheetsThen["Om genomlysningen"].Single(r => r[0].Text == "Visar")[1].Text);
    }

    [Fact]
    public async Task A_bad_date_or_an_unknown_genomlysning_answers_as_the_json_does()
    {
        await PlanImport.RunAsync(Store);

        foreach (var extension in new[] { "docx", "xlsx" })
        {
            var bad = await Host.Scenario(s => { s.Get.Url($"/api/genomlysningar/{Ks2024}/report.{extension}?asOf=igår"); s.StatusCodeShouldBe(400); s.ContentTypeShouldBe("application/problem+json"); });
            Assert.Contains("asOf", (await bad.ReadAsJsonAsync<JsonElement>()).GetProperty("errors").ToString());
            var unknown = await Host.Scenario(s => { s.Get.Url($"/api/genomlysningar/{Guid.NewGuid()}/report.{extension}"); s.StatusCodeShouldBe(404); });
            Assert.Contains("Det finns ingen genomlysning", (await unknown.ReadAsJsonAsync<JsonElement>()).GetProperty("detail").GetString());
            await Host.Scenario(s => { s.Get.Url($"/api/genomlysningar/{Ks2024}/report.{extension}?asOf=2020-01-01"); s.StatusCodeShouldBe(404); });
        }

        var openApi = await Host.GetJson<JsonElement>("/openapi/v1.json");
        var word = openApi.GetProperty("paths").GetProperty("/api/genomlysningar/{id}/report.docx").GetProperty("get");
        Assert.True(word.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty(ReportWord.ContentType, out _));
        var excel = openApi.GetProperty("paths").GetProperty("/api/genomlysningar/{id}/report.xlsx").GetProperty("get");
        Assert.True(excel.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty(ReportExcel.ContentType, out _));
    }

    [Theory]
    [InlineData("3.1 Åtgärder på kort sikt", "3.1 Åtgärder på kort sikt")]
    [InlineData("Ekonomi: [jämförelse] a/b?*", "Ekonomi- -jämförelse- a-b--")]
    [InlineData("4.2 Möjliga förflyttningar som kräver samordning", "4.2 Möjliga förflyttningar som")]
    [InlineData("", "Blad")]
    public void Sheet_names_are_ones_excel_accepts(string wanted, string expected) =>
        Assert.Equal(expected, ReportExcel.SheetName(wanted, new HashSet<string>()));

    [Fact]
    public void A_sheet_name_taken_gets_a_number_within_31_characters()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Assert.Equal("4.1 Förflyttningar, förvaltning", ReportExcel.SheetName("4.1 Förflyttningar, förvaltning", taken));
        Assert.Equal("4.1 förflyttningar, förvalt (2)", ReportExcel.SheetName("4.1 förflyttningar, förvaltning", taken));
    }

    async Task<long> Step(Guid id, string step, object body)
    {
        var result = await Host.Scenario(s => { s.Post.Json(body).ToUrl($"/api/measures/{id}/{step}"); s.StatusCodeShouldBeOk(); });
        return (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
    }
}
