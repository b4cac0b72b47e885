using System.Text.Json;
using Alba;
using Handlingsplan.Items;
using Handlingsplan.Tests.Infrastructure;
using Marten;

namespace Handlingsplan.Tests.Items;

/// <summary>Every list as an Excel file: the whole selection of the filters, not a page, with amounts as numbers and dates as dates.</summary>
public sealed class XlsxExportTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly string[] Headings =
    [
        "Titel", "Nämnd", "Status", "Kategori", "Horisont", "Ansvarig förvaltning", "Tillsammans med", "Klart senast",
        "Bedömd besparing (tkr)", "Bedömning", "Realiserat (tkr)", "Beslutsreferens", "Beslutat", "Föreslagen", "Id",
    ];

    /// <summary>Many items at once, straight into the store, each with an estimate of its number and a half.</summary>
    async Task<List<Guid>> Proposed(int count, string committee = "SN", Func<int, ItemProposed>? proposal = null)
    {
        var ids = new List<Guid>();
        await using var session = Store.LightweightSession();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            session.Events.StartStream(id, proposal?.Invoke(i) ?? new MeasureProposed { Title = $"Åtgärd {i:000}", Committee = committee, EstimatedSavingTkr = i + 0.5m });
        }
        await session.SaveChangesAsync();
        return ids;
    }

    /// <summary>One SN measure taken to realising, with 1 234,5 tkr realised, straight into the store.</summary>
    async Task<Guid> Realising(string title = "Samordnad hemtjänst")
    {
        var id = Guid.NewGuid();
        await using var session = Store.LightweightSession();
        session.Events.StartStream(id,
            new MeasureProposed { Title = title, Committee = "SN", Category = "operationalChange", Horizon = "shortTerm", EstimatedSavingTkr = 2000 },
            new ItemPrioritised("KS 2024-09-02 § 123", null, new DateOnly(2024, 9, 2)),
            new ItemAssigned("Socialförvaltningen", "Förvaltningschef", new DateOnly(2026, 6, 30), Together: ["Kultur- och utbildningsförvaltningen"]),
            new SavingRealised(1000, 2025, true, null, DateTimeOffset.UtcNow),
            new SavingRealised(234.5m, 2025, false, null, DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
        return id;
    }

    [Fact]
    public async Task The_file_holds_every_item_the_filters_select_not_one_page()
    {
        var social = await Proposed(520);
        await Proposed(30, committee: "VON");
        await Proposed(5, proposal: i => new ShiftProposed { Title = $"Förflyttning {i}", Committee = "SN" });
        var realising = await Realising();
        social.Add(realising);

        var book = await Workbook.Download(Host, "/api/measures?format=xlsx&committee=SN", "atgarder.xlsx");

        Assert.Equal("Åtgärder", book.SheetName);
        Assert.Equal(Headings, book.Headings);
        Assert.Equal(521, book.Rows.Count);
        Assert.Equal(social.Order(), book.Rows.Select(r => Guid.Parse((string)r["Id"]!)).Order());
        Assert.All(book.Rows, r => Assert.Equal("Socialnämnden", r["Nämnd"]));
        // Oldest proposal first, in the JSON list's order, even where events appended in one go fall
        // within the same microsecond (then the id decides, in both).
        var listed = new List<Guid>();
        foreach (var page in new[] { 1, 2 })
            listed.AddRange((await Host.GetJson<List<JsonElement>>($"/api/measures?committee=SN&pageSize=500&page={page}")).Select(m => m.GetProperty("id").GetGuid()));
        Assert.Equal(listed, book.Rows.Select(r => Guid.Parse((string)r["Id"]!)));
        Assert.Equal(519.5, Assert.Single(book.Rows, r => (string?)r["Titel"] == "Åtgärd 519")["Bedömd besparing (tkr)"]);

        // Page and page size are the JSON's business: the file is the whole selection whatever they say.
        Assert.Equal(521, (await Workbook.Download(Host, "/api/measures?format=xlsx&committee=SN&pageSize=10&page=3", "atgarder.xlsx")).Rows.Count);
        Assert.Equal(5, (await Workbook.Download(Host, "/api/shifts?format=xlsx", "forflyttningar.xlsx")).Rows.Count);
        var investigations = await Workbook.Download(Host, "/api/investigations?format=xlsx", "utredningar.xlsx");
        Assert.Equal("Utredningar", investigations.SheetName);
        Assert.Equal(Headings, investigations.Headings);
        Assert.Empty(investigations.Rows);
    }

    [Fact]
    public async Task Status_words_of_the_title_and_a_date_filter_the_file_as_they_filter_the_list()
    {
        await Proposed(60);
        var realising = await Realising();

        var book = await Workbook.Download(Host, "/api/measures?format=xlsx&status=realising", "atgarder.xlsx");
        var row = Assert.Single(book.Rows);
        Assert.Equal(realising.ToString(), row["Id"]);
        Assert.Equal("Samordnad hemtjänst", row["Titel"]);
        Assert.Equal("under genomförande", row["Status"]);
        Assert.Equal("Verksamhetsförändring", row["Kategori"]);
        Assert.Equal("Kort sikt", row["Horisont"]);
        Assert.Equal("Socialförvaltningen", row["Ansvarig förvaltning"]);
        Assert.Equal("Kultur- och utbildningsförvaltningen", row["Tillsammans med"]);
        Assert.Equal(new DateTime(2026, 6, 30), row["Klart senast"]);
        Assert.Equal(2000.0, row["Bedömd besparing (tkr)"]);
        Assert.Equal("belopp", row["Bedömning"]);
        Assert.Equal(1234.5, row["Realiserat (tkr)"]);
        Assert.Equal("KS 2024-09-02 § 123", row["Beslutsreferens"]);
        Assert.Equal(new DateTime(2024, 9, 2), row["Beslutat"]);
        Assert.Equal(Handlingsplan.Infrastructure.SwedishTime.Today().ToDateTime(TimeOnly.MinValue), row["Föreslagen"]);

        // Swedish case, as the list: "å" finds "Å".
        Assert.Equal(10, (await Workbook.Download(Host, "/api/measures?format=xlsx&q=%C3%A5tg%C3%A4rd%2005", "atgarder.xlsx")).Rows.Count);
        Assert.Empty((await Workbook.Download(Host, "/api/measures?format=xlsx&committee=VON", "atgarder.xlsx")).Rows);

        // As of a day: before anything was recorded the sheet has its headings and no rows; later, every item as it stood.
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)).ToString("yyyy-MM-dd");
        var before = await Workbook.Download(Host, $"/api/measures?format=xlsx&asOf={yesterday}", "atgarder.xlsx");
        Assert.Equal(Headings, before.Headings);
        Assert.Empty(before.Rows);
        var later = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");
        var then = await Workbook.Download(Host, $"/api/measures?format=xlsx&asOf={later}&status=realising", "atgarder.xlsx");
        Assert.Equal(1234.5, Assert.Single(then.Rows)["Realiserat (tkr)"]);
        Assert.Equal(61, (await Workbook.Download(Host, $"/api/measures?format=xlsx&asOf={later}", "atgarder.xlsx")).Rows.Count);
    }

    [Fact]
    public async Task Amounts_are_number_cells_days_are_date_cells_and_a_formula_stays_text()
    {
        await Proposed(4, proposal: i => new MeasureProposed
        {
            Title = i switch { 0 => "=HYPERLINK(\"https://example.org\",\"Klicka\")", 1 => "+46 31 123", 2 => "@SUM(A1:A9)", _ => "Vanlig" },
            Committee = "KS",
            EstimatedSavingTkr = i == 3 ? 150.25m : null,
            NotQuantified = i == 1 ? true : null,
        });
        await Realising();

        var book = await Workbook.Download(Host, "/api/measures?format=xlsx", "atgarder.xlsx");

        Assert.False(book.HasFormula);
        // Proposed in one go, the four may share a microsecond, and then their ids order them: each
        // row is found by its title.
        string[] titles = ["'=HYPERLINK(\"https://example.org\",\"Klicka\")", "'+46 31 123", "'@SUM(A1:A9)", "Vanlig", "Samordnad hemtjänst"];
        Assert.Equal(titles.Order(), book.Rows.Select(r => (string)r["Titel"]!).Order());
        Assert.Equal("Samordnad hemtjänst", book.Rows[^1]["Titel"]);
        var rows = titles.Select(t => book.Rows.Single(r => (string?)r["Titel"] == t)).ToList();
        Assert.All(book.Column("Titel"), c => Assert.Contains(c.Type, new[] { "str", "s", "inlineStr" }));
        Assert.Equal(["för tidigt att bedöma", "ej beloppsatt", "för tidigt att bedöma", "belopp", "belopp"], rows.Select(r => r["Bedömning"]));

        // A number or a date is stored as Excel's number (no "t", or t="n"), never as text; an amount not given is an empty cell.
        var estimates = book.Column("Bedömd besparing (tkr)").ToList();
        Assert.Equal(["", "", "", "150.25", "2000"], estimates.Select(c => c.Value).Order());
        Assert.All(estimates.Where(c => c.Value != ""), c => Assert.True(c.Type is null or "n", c.Reference));
        Assert.All(book.Column("Realiserat (tkr)"), c => Assert.True(c.Type is null or "n", c.Reference));
        Assert.Equal([0.0, 0.0, 0.0, 0.0, 1234.5], rows.Select(r => r["Realiserat (tkr)"]));
        Assert.Equal(150.25, Assert.IsType<double>(rows[3]["Bedömd besparing (tkr)"]));
        Assert.All(book.Column("Föreslagen"), c => Assert.True(c.Type is null && double.TryParse(c.Value, System.Globalization.CultureInfo.InvariantCulture, out _), c.Reference));
        Assert.All(book.Rows, r => Assert.IsType<DateTime>(r["Föreslagen"]));
    }

    [Fact]
    public async Task An_unknown_format_is_refused_in_Swedish_and_JSON_stays_the_default()
    {
        await Proposed(3);

        var refused = await Host.Scenario(s => { s.Get.Url("/api/measures?format=pdf"); s.StatusCodeShouldBe(400); });
        Assert.Equal("application/problem+json", refused.Context.Response.ContentType);
        var problem = await refused.ReadAsJsonAsync<JsonElement>();
        Assert.Equal("Okänt format 'pdf'. Välj json eller xlsx.", problem.GetProperty("errors").GetProperty("format")[0].GetString());

        var log = await (await Host.Scenario(s => { s.Get.Url("/api/decisions?format=pdf"); s.StatusCodeShouldBe(400); })).ReadAsJsonAsync<JsonElement>();
        Assert.Equal("Okänt format 'pdf'. Välj csv, json eller xlsx.", log.GetProperty("errors").GetProperty("format")[0].GetString());

        // A bad filter is a 400 whatever the format.
        await Host.Scenario(s => { s.Get.Url("/api/measures?format=xlsx&status=klar"); s.StatusCodeShouldBe(400); });
        await Host.Scenario(s => { s.Get.Url("/api/measures?format=xlsx&asOf=igår"); s.StatusCodeShouldBe(400); });

        Assert.Equal(3, (await Host.GetJson<JsonElement[]>("/api/measures?format=json")).Length);
        Assert.Equal(3, (await Host.GetJson<JsonElement[]>("/api/measures")).Length);
        Assert.Equal(3, (await Workbook.Download(Host, "/api/measures?format=XLSX", "atgarder.xlsx")).Rows.Count);
    }

    [Fact]
    public async Task The_web_lists_link_to_the_file_with_their_own_filters()
    {
        await Proposed(60);
        await Realising();
        var later = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");

        async Task<string> Link(string page)
        {
            var html = await (await Host.Scenario(s => { s.Get.Url(page); s.StatusCodeShouldBeOk(); })).ReadAsTextAsync();
            var match = System.Text.RegularExpressions.Regex.Match(html, "id=\"download-xlsx\" href=\"([^\"]+)\"");
            Assert.True(match.Success, page);
            return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
        }

        // The page's filters go along, the page number and the sort do not: the file is the whole selection.
        var link = await Link($"/atgarder?committee=SN&status=Realising&q=hemtj%C3%A4nst&asOf={later}&sort=title&sida=2");
        Assert.Equal($"/api/measures?format=xlsx&committee=SN&status=realising&q=hemtj%C3%A4nst&asOf={later}", link);
        Assert.Equal(1234.5, Assert.Single((await Workbook.Download(Host, link, "atgarder.xlsx")).Rows)["Realiserat (tkr)"]);
        // What the page could not read it does not pass on.
        Assert.Equal("/api/measures?format=xlsx", await Link("/atgarder?status=klar&asOf=igar"));
        Assert.Equal(61, (await Workbook.Download(Host, await Link("/atgarder?sida=2"), "atgarder.xlsx")).Rows.Count);

        Assert.Equal("/api/decisions?format=xlsx&committee=SN", await Link("/beslut?committee=SN"));
    }

    [Fact]
    public async Task The_api_description_names_the_formats_and_the_Excel_type()
    {
        var document = await Host.GetJson<JsonElement>("/openapi/v1.json");
        foreach (var (path, formats) in new[] { ("/api/{kind}", new[] { "json", "xlsx" }), ("/api/decisions", new[] { "json", "csv", "xlsx" }) })
        {
            var get = document.GetProperty("paths").GetProperty(path).GetProperty("get");
            var format = get.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "format");
            Assert.Equal(formats, format.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
            Assert.Contains("whole selection", format.GetProperty("description").GetString());
            var content = get.GetProperty("responses").GetProperty("200").GetProperty("content");
            Assert.Equal("binary", content.GetProperty("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").GetProperty("schema").GetProperty("format").GetString());
            Assert.True(content.TryGetProperty("text/csv", out _) == formats.Contains("csv"), path);
        }
    }
}
