using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>What a revisor answers through the web app: who decided what, and what the plan looked like on a date.</summary>
public sealed class AuditTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    async Task SignInAsAuditor()
    {
        await Page.GotoAsync("/logga-ut");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await SignIn("revisor");
    }

    [Fact]
    public async Task The_auditor_finds_who_decided_what_when_and_under_which_decision()
    {
        var item = await ProposeThroughApi(title: "Gemensam bemanningsenhet");
        await StepThroughApi("measures", item.Id, "prioritise", new { decisionReference = "KS 2025-04-07 § 55", reason = "Ger effekt 2026", expectedVersion = item.Version });
        await SignInAsAuditor();

        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Beslutslogg" }).ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Beslutslogg");
        // The shipped plan's own decisions are there too: § 217's 8 prioritisations and 8 assignments, the genomlysning's 17,
        // and the budget's 12 prioritised investigations (11 assigned) and 2 declined; 50 to a page, oldest first.
        await Assertions.Expect(Page.Locator("#decision-count")).ToContainTextAsync($"{8 + 8 + 17 + 14 + 11 + 1} beslut");
        await Assertions.Expect(Page.Locator("#decision-log tbody tr")).ToHaveCountAsync(50);
        await AssertAccessible("Beslutslogg");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nästa sida" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#decision-log tbody tr")).ToHaveCountAsync(8 + 8 + 17 + 14 + 11 + 1 - 50);
        var row = Page.Locator("#decision-log tbody tr", new() { HasText = "Gemensam bemanningsenhet" });
        await Assertions.Expect(row).ToContainTextAsync("KS 2025-04-07 § 55");
        await Assertions.Expect(row).ToContainTextAsync("Prioriterad");
        await Assertions.Expect(row.Locator("td.user")).ToHaveTextAsync("ledning (kommunledning)");

        // What had been decided by the end of 2023, by the day each decision was taken: § 217's eight measures.
        await Page.GetByLabel("Beslutsläge per", new() { Exact = true }).FillAsync("2023-12-31");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Visa beslutsläget" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#decision-state tbody tr")).ToHaveCountAsync(8);
        await Assertions.Expect(Page.Locator("#decision-state tbody tr").First).ToContainTextAsync("2023-12-11");
        await Assertions.Expect(Page.Locator("#decision-state tbody tr").First).ToContainTextAsync("tilldelad");
        await AssertAccessible("Beslutsläge");

        await Page.GetByLabel("Nämnd", new() { Exact = true }).SelectOptionAsync("SN");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#decision-log tbody tr").Filter(new() { HasNotText = "Socialnämnden" })).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("#download-csv")).ToHaveAttributeAsync("href", new Regex("format=csv.*committee=SN"));
        await Screenshot("decision-log");

        await row.Locator("a").ClickAsync();
        await Assertions.Expect(Page.Locator("#history")).ToContainTextAsync("Beslut KS 2025-04-07 § 55");
        // Decided and recorded, both shown; given no day, the decision was taken the day it was recorded.
        var today = Handlingsplan.Infrastructure.SwedishTime.Today().ToString("yyyy-MM-dd");
        await Assertions.Expect(Page.Locator("#history")).ToContainTextAsync($"beslutat {today}, registrerat {today}");

        // A decision of 2023, recorded by the import today, reads as taken in 2023.
        await Page.GotoAsync($"/atgarder/{Handlingsplan.Plan.PlanImport.StableId("handlingsplan-1")}");
        await Assertions.Expect(Page.Locator("#history")).ToContainTextAsync($"beslutat 2023-12-11, registrerat {today}");
        await Assertions.Expect(Page.Locator("#item-decision")).ToHaveTextAsync("KS 2023-12-11 § 217, beslutat 2023-12-11");
        await Assertions.Expect(Page.Locator("#item-estimate")).ToContainTextAsync("ej beloppsatt");
    }

    [Fact]
    public async Task The_auditor_sees_the_plan_as_it_stood_on_an_earlier_date()
    {
        var item = await ProposeThroughApi(estimate: 4000);
        var v = await StepThroughApi("measures", item.Id, "prioritise", new { decisionReference = "KS 2025-02-03 § 12", expectedVersion = item.Version });
        v = await StepThroughApi("measures", item.Id, "assign", new { department = "Socialförvaltningen", expectedVersion = v });
        await StepThroughApi("measures", item.Id, "realise", new { amountTkr = 1500, year = 2025, recurring = true, expectedVersion = v });
        await WaitForProjections();
        await SignInAsAuditor();

        await Page.GotoAsync("/");
        await Assertions.Expect(Page.Locator("[data-field=realisedTkr]")).ToHaveTextAsync("1,5 mnkr");

        // The day before everything here was recorded: an empty plan.
        var yesterday = Handlingsplan.Infrastructure.SwedishTime.Today().AddDays(-1).ToString("yyyy-MM-dd");
        await Page.GetByLabel("Visa planen per", new() { Exact = true }).FillAsync(yesterday);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("#as-of-notice")).ToContainTextAsync("Du ser planen som den såg ut den");
        await Assertions.Expect(Page.Locator("[data-field=realisedTkr]")).ToHaveTextAsync("0,0 mnkr");
        await Assertions.Expect(Page.Locator("[data-field='byStatus.assigned']")).ToHaveTextAsync("0");
        await Assertions.Expect(Page.Locator("#no-plan-yet")).ToBeVisibleAsync();
        await AssertAccessible("Översikt per datum");
        await Screenshot("overview-as-of");

        // Today: the same as the live overview.
        // "Today" as the app reads a date: the day in Sweden, whatever the machine's own time zone.
        var today = Handlingsplan.Infrastructure.SwedishTime.Today().ToString("yyyy-MM-dd");
        await Page.GotoAsync($"/?asOf={today}");
        await Assertions.Expect(Page.Locator("[data-field=realisedTkr]")).ToHaveTextAsync("1,5 mnkr");
        await Assertions.Expect(Page.Locator("[data-field='byStatus.assigned']")).ToHaveTextAsync("19");
        await Assertions.Expect(Page.Locator("h1")).ToContainTextAsync("100,0 mnkr");

        await Page.GotoAsync($"/atgarder?asOf={yesterday}");
        await Assertions.Expect(Page.Locator("#list-count")).ToHaveTextAsync("Visar 0 av 0.");
        await Page.GotoAsync($"/atgarder?asOf={today}&q=Teståtgärd");
        await Assertions.Expect(Page.Locator("#as-of-notice")).ToBeVisibleAsync();
        await Page.Locator("#item-list tbody a").First.ClickAsync();
        await Assertions.Expect(Page.Locator("#as-of-notice")).ToContainTextAsync("Du ser posten som den såg ut");
        await Assertions.Expect(Page.Locator("main form.api-form")).ToHaveCountAsync(0);
        await AssertAccessible("Åtgärd per datum");
    }

    [Fact]
    public async Task The_review_page_shows_the_chain_whole_and_offers_the_export()
    {
        await WaitForProjections();
        await SignInAsAuditor();

        await Page.GotoAsync("/granskning");

        await Assertions.Expect(Page.Locator("#chain-result")).ToContainTextAsync("Kedjan är hel.");
        await Assertions.Expect(Page.Locator("#head-hash")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Exportera" })).ToBeVisibleAsync();
        await AssertAccessible("Granskning");
        await Screenshot("review");
    }
}
