using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>Reporting periods in the web app: kommunledning opens one and follows the missing reports; a förvaltningschef reports on an item.</summary>
public sealed class ReportingBrowserTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    [Fact]
    public async Task Kommunledning_opens_a_period_and_a_förvaltningschef_reports_a_status_on_an_item_page()
    {
        var item = await ProposeThroughApi(title: "Samordnad hemtjänstplanering");

        await Page.GotoAsync("/rapportering");
        await Assertions.Expect(Page.Locator("#no-periods")).ToBeVisibleAsync();
        // Chromium asks for /favicon.ico, which the app does not serve, once the first page after signing in has loaded.
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        ConsoleErrors.RemoveAll(e => e.Contains("404 (Not Found)"));
        await Page.GetByLabel("Namn").FillAsync("Tertial 1 2026");
        await Page.GetByLabel("Sista dag för rapporten").FillAsync("2040-05-15");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Öppna perioden" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#period-list")).ToContainTextAsync("Tertial 1 2026");
        await AssertAccessible("Rapporteringsperioder");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tertial 1 2026" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#missing-reports")).ToContainTextAsync("Samordnad hemtjänstplanering");
        var missing = await Page.Locator("#missing-reports li").CountAsync();
        Assert.True(missing > 1, $"{missing} missing");
        await Assertions.Expect(Page.Locator("#period-summary")).ToContainTextAsync($"{missing} av {missing} rapporter saknas");
        var periodPage = Page.Url;
        await AssertAccessible("Rapporteringsperiod");

        await SignIn("chef-sn");
        await Page.GotoAsync($"/atgarder/{item.Id}");
        var form = Page.Locator("[data-step=reportStatus]");
        await form.Locator("summary").ClickAsync();
        await Assertions.Expect(form.GetByLabel("Rapporteringsperiod")).ToContainTextAsync("Tertial 1 2026 (sista dag 2040-05-15)");
        await form.GetByLabel("Status").SelectOptionAsync("atRisk");
        await form.GetByLabel("Kommentar").FillAsync("Rekryteringen drar ut på tiden.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Rapportera status" }).ClickAsync();

        await Assertions.Expect(Page.Locator("#history")).ToContainTextAsync("Statusrapport Tertial 1 2026: Risk för avvikelse – Rekryteringen drar ut på tiden.");
        await Assertions.Expect(Page.Locator("#item-status-report")).ToContainTextAsync("Risk för avvikelse");
        await Assertions.Expect(Page.Locator("#item-status-report .report-status")).ToHaveAttributeAsync("data-report-status", "atRisk");
        await AssertAccessible("Post med statusrapport");

        await Page.GotoAsync(periodPage);
        await Assertions.Expect(Page.Locator("#period-summary")).ToContainTextAsync($"{missing - 1} av {missing} rapporter saknas");
        await Assertions.Expect(Page.Locator("#period-reports")).ToContainTextAsync("Samordnad hemtjänstplanering");
        await Page.GotoAsync("/atgarder");
        await Assertions.Expect(Page.Locator($"#item-list tr[data-id='{item.Id}'] .report-status")).ToHaveTextAsync("Risk för avvikelse");
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task The_overview_follows_the_reports_without_a_reload()
    {
        var item = await ProposeThroughApi(title: "Socialnämndens åtgärd");
        var opened = await Fixture.Api.PostAsJsonAsync("/api/reporting-periods", new { name = "Delår 2026", deadline = "2040-08-31" });
        opened.EnsureSuccessStatusCode();
        var periodId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await WaitForProjections();

        await Page.GotoAsync("/");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("data-live", "connected");
        var expected = await Page.Locator("[data-reporting=expected]").TextContentAsync();
        await Assertions.Expect(Page.Locator("[data-reporting=missing]")).ToHaveTextAsync(expected!);
        var row = Page.Locator("#table-reporting tr[data-committee=SN]");
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("0");

        await StepThroughApi("measures", item.Id, "report-status", new { periodId, status = "offTrack", comment = "Effekten uteblir.", expectedVersion = item.Version });

        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("1");
        await Assertions.Expect(Page.Locator("[data-reporting=missing]")).ToHaveTextAsync((int.Parse(expected!) - 1).ToString());
        await Assertions.Expect(Page.Locator("#reporting thead")).ToContainTextAsync(new Regex("Enligt plan.*Risk för avvikelse.*Avvikelse.*Saknas", RegexOptions.Singleline));
        await AssertAccessible("Översikt med rapportering");
        Assert.Empty(ConsoleErrors);
    }
}
