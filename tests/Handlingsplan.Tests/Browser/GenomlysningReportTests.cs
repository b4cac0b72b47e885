using System.Diagnostics;
using System.Text.RegularExpressions;
using Handlingsplan.Plan;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>A genomlysning's report as a web page, and as the PDF that Chromium prints of it.</summary>
public sealed class GenomlysningReportTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    static readonly Guid Ks2024 = PlanImport.StableId("genomlysning-ks-2024");

    /// <summary>
    /// Swedish formatting groups thousands with a no-break space, and a printed cell breaks its lines where
    /// it must ("IT-" at a line's end, "system" on the next): compare words, with a word broken after its hyphen whole.
    /// </summary>
    [Fact]
    public async Task The_report_page_follows_the_template_and_prints_to_a_pdf_without_the_navigation()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Genomlysningar" }).ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Genomlysningar");
        await Assertions.Expect(Page.Locator("#genomlysning-list tbody tr")).ToHaveCountAsync(1);
        await AssertAccessible("Genomlysningar");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Kommunstyrelsens genomlysning 2024" }).ClickAsync();

        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Kommunstyrelsens genomlysning 2024");
        await Assertions.Expect(Page.Locator("#report-intro")).ToContainTextAsync("Status: antagen");
        await Assertions.Expect(Page.Locator("#report-stamp")).ToContainTextAsync("Visar läget");
        await Assertions.Expect(Page.Locator("#report h3")).ToHaveTextAsync(
        [
            "1.1 Kommunstyrelsens genomlysning 2024", "2.1 Ekonominyckeltal", "2.2 Personalnyckeltal", "2.3 Kvalitetsnyckeltal",
            "2.4 Analys av Kommunstyrelsens effektivitet", "3.1 Effektiviseringsåtgärder på kort sikt", "3.2 Effektiviseringsåtgärder på lång sikt",
            "3.3 Effektiviseringsåtgärder som utreds", "4.1 Möjliga förflyttningar som ska undersökas av förvaltningen",
            "4.2 Möjliga förflyttningar som ska undersökas och som kräver kommunövergripande samordning",
        ]);
        await Assertions.Expect(Page.Locator("#section-2\\.1 table.key-figures")).ToHaveCountAsync(2);
        await Assertions.Expect(Page.Locator("#section-2\\.1 thead").First).ToContainTextAsync("Kommungenomsnitt");
        var guardians = Page.Locator("#section-2\\.1 tr", new() { HasText = "överförmyndare" });
        await Assertions.Expect(guardians.Locator("td").First).ToContainTextAsync(new Regex(@"År 2023: 8\s695"));
        await Assertions.Expect(Page.Locator("#section-2\\.2 tr", new() { HasText = "Sjukfrånvaro Alingsås kommun" }).Locator("td")).ToHaveTextAsync(["8,2 %", "8,4 %", "7,4 %"]);
        await Assertions.Expect(Page.Locator("table.items tbody tr")).ToHaveCountAsync(17);
        await Assertions.Expect(Page.Locator("#section-3\\.1 tfoot")).ToContainTextAsync(new Regex(@"2\s450 tkr"));
        await Assertions.Expect(Page.Locator("#section-4\\.1")).ToContainTextAsync("Inga förflyttningar.");
        await Assertions.Expect(Page.Locator("#download-docx")).ToHaveAttributeAsync("href", $"/api/genomlysningar/{Ks2024}/report.docx");
        await AssertAccessible("Genomlysning");
        await Screenshot("genomlysning");

        // The PDF: what Chromium prints of the page, through its print stylesheet.
        var pdf = Printed.Plain(await Printed.PdfText(await Page.PdfAsync(new PagePdfOptions { Format = "A4" })));
        File.WriteAllText(Path.Combine(BrowserFixture.ArtifactsDirectory, "genomlysning.txt"), pdf);
        Assert.Contains("Kommunstyrelsens genomlysning 2024", pdf);
        Assert.Contains("2.1 Ekonominyckeltal", pdf);
        Assert.Contains("8 695", pdf);
        Assert.Contains("Översyn av kommunens IT-system", pdf);
        Assert.Contains("3.1 Effektiviseringsåtgärder på kort sikt", pdf);
        Assert.Contains("Visar läget", pdf);
        Assert.Contains("Källa: nyckeltalen ur Genomlysningens dokument", pdf);
        Assert.Contains("Sida 1 av", pdf);
        // No navigation, no forms, no sign-out: a document, not a page.
        Assert.DoesNotContain("Huvudmeny", pdf);
        Assert.DoesNotContain("Beslutslogg", pdf);
        Assert.DoesNotContain("Logga ut", pdf);
        Assert.DoesNotContain("Hoppa till innehållet", pdf);
        Assert.DoesNotContain("Visa per", pdf);
        Assert.DoesNotContain("Ladda ner", pdf);
    }

    [Fact]
    public async Task As_of_a_day_before_a_realisation_the_report_shows_the_earlier_follow_up()
    {
        var measure = PlanImport.StableId("genomlysning-2024-1");
        var before = DateTimeOffset.UtcNow;
        var version = await StepThroughApi("measures", measure, "assign", new { department = "Kommunledningskontoret", expectedVersion = 2 });
        await StepThroughApi("measures", measure, "realise", new { amountTkr = 400, year = 2025, recurring = true, expectedVersion = version });

        await Page.GotoAsync($"/genomlysningar/{Ks2024}");
        var row = Page.Locator($"tr[data-item='{measure}']");
        await Assertions.Expect(row.Locator("td.follow-up")).ToHaveTextAsync("Under genomförande; realiserat 400 tkr.");

        await Page.GotoAsync($"/genomlysningar/{Ks2024}?asOf={Uri.EscapeDataString(before.ToString("O"))}");
        await Assertions.Expect(Page.Locator("#as-of-notice")).ToContainTextAsync("Du ser genomlysningen som den såg ut");
        await Assertions.Expect(row.Locator("td.follow-up")).ToHaveTextAsync("Prioriterad; realiserat 0 tkr.");
        await Assertions.Expect(Page.Locator("#download-xlsx")).ToHaveAttributeAsync("href", new Regex(@"report\.xlsx\?asOf="));
        await AssertAccessible("Genomlysning per datum");

        // A day before the genomlysning was recorded: it is shown as it is now, and the page says so.
        var yesterday = Handlingsplan.Infrastructure.SwedishTime.Today().AddDays(-1).ToString("yyyy-MM-dd");
        await Page.GotoAsync($"/genomlysningar/{Ks2024}");
        await Page.GetByLabel("Visa per").FillAsync(yesterday);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("#as-of-notice")).ToContainTextAsync("fanns inte ännu");
        await Assertions.Expect(row.Locator("td.follow-up")).ToHaveTextAsync("Under genomförande; realiserat 400 tkr.");
    }

    [Fact]
    public async Task An_unknown_genomlysning_is_a_swedish_404_page()
    {
        var response = await Page.GotoAsync($"/genomlysningar/{Guid.NewGuid()}");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Genomlysningen finns inte");
        await Assertions.Expect(Page.Locator("#not-found")).ToContainTextAsync("Det finns ingen genomlysning");
        await AssertAccessible("Genomlysning saknas");
    }
}
