using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>
/// Mina poster in the web app: a förvaltningschef signing in lands on her items, what needs attention
/// and what must be reported this period, chooses where her messages go, and the next assignment to
/// her förvaltning arrives at the SMTP server.
/// </summary>
public sealed class MineBrowserTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    [Fact]
    public async Task A_förvaltningschef_starts_on_her_items_and_is_told_by_e_mail_of_an_assignment()
    {
        // Kommunledning gives a KS item to Socialförvaltningen and opens a reporting period.
        var ks = await ProposeThroughApi(title: "Gemensam växel för förvaltningarna");
        var version = await StepThroughApi("measures", ks.Id, "prioritise", new { decisionReference = "KS 2026-11-02 § 150", expectedVersion = ks.Version });
        var ksItem = await Fixture.Api.PostAsJsonAsync("/api/measures", new { title = "Samordnad IT-support", committee = "KS", estimatedSavingTkr = 300, source = "Test" });
        var sameKs = (await ksItem.Content.ReadFromJsonAsync<Handlingsplan.Items.Proposing.ItemCreated>())!;
        var v2 = await StepThroughApi("measures", sameKs.Id, "prioritise", new { decisionReference = "KS 2026-11-02 § 151", expectedVersion = sameKs.Version });
        await StepThroughApi("measures", sameKs.Id, "assign", new { department = "Socialförvaltningen", dueDate = "2040-06-30", expectedVersion = v2 });
        (await Fixture.Api.PostAsJsonAsync("/api/reporting-periods", new { name = "Tertial 3 2026", deadline = "2040-01-15" })).EnsureSuccessStatusCode();

        // Signing in with nowhere else to go lands on Mina poster.
        // Away from the signed-in page (and its live connection) first, then signed out by dropping the cookie.
        await Page.GotoAsync("about:blank");
        await Page.Context.ClearCookiesAsync();
        await SignIn("chef-sn");
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/mina$"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mina poster", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#mine-list")).ToContainTextAsync("Samordnad IT-support");
        await Assertions.Expect(Page.Locator("#mine-list")).ToContainTextAsync("Socialförvaltningen");
        await Assertions.Expect(Page.Locator("#missing-period")).ToContainTextAsync("Tertial 3 2026, sista dag 2040-01-15");
        await Assertions.Expect(Page.Locator("#missing-list")).ToContainTextAsync("Samordnad IT-support");
        await Assertions.Expect(Page.Locator("#count-overdue")).ToHaveTextAsync("0");
        await AssertAccessible("Mina poster");

        // A bad address is refused beside its field; a good one is kept.
        await Page.GetByLabel("E-postadress").FillAsync("inte en adress");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara inställningarna" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#email-error")).ToContainTextAsync("Ange en e-postadress");
        await Page.GetByLabel("E-postadress").FillAsync("chef-sn@alingsas.example");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara inställningarna" }).ClickAsync();
        await Assertions.Expect(Page.GetByLabel("E-postadress")).ToHaveValueAsync("chef-sn@alingsas.example");

        // The next assignment to her förvaltning is mailed to her, and listed among her messages.
        await StepThroughApi("measures", ks.Id, "assign", new { department = "Socialförvaltningen", dueDate = "2040-06-30", expectedVersion = version });
        var mail = await Fixture.Mail.WaitForAsync(m => m.Subject == "Tilldelad Socialförvaltningen: Gemensam växel för förvaltningarna", TimeSpan.FromSeconds(30));
        Assert.Equal(["chef-sn@alingsas.example"], mail.To);
        await Page.ReloadAsync();
        await Assertions.Expect(Page.Locator("#notice-list")).ToContainTextAsync("Tilldelad Socialförvaltningen: Gemensam växel för förvaltningarna");
        await Assertions.Expect(Page.Locator("#notice-list")).ToContainTextAsync("Skickat med e-post");
        await AssertAccessible("Mina poster med meddelanden");
        await Screenshot("mina-poster");
        // Chromium logs the refused address (400) and its own favicon request (404); nothing else may fail.
        Assert.Empty(ConsoleErrors.Where(e => !e.Contains("404 (Not Found)") && !e.Contains("400 (Bad Request)")));
    }
}
