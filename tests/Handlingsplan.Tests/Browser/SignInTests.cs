using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>Signing in and out, and a page that shows each role only what it may do.</summary>
public sealed class SignInTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    [Fact]
    public async Task A_user_signs_out_and_in_again()
    {
        await Page.GotoAsync("/atgarder");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/logga-in"));

        await Page.GotoAsync("/atgarder");
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/logga-in\\?ReturnUrl=%2Fatgarder"));
        await AssertAccessible("Logga in");
        await Page.GetByLabel("Användarnamn").FillAsync("revisor");
        await Page.GetByLabel("Lösenord").FillAsync("fel-lösenord");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#sign-in-error")).ToHaveTextAsync("Fel användarnamn eller lösenord.");
        await Screenshot("sign-in-error");

        await SignIn("revisor");
        await Assertions.Expect(Page.Locator("#signed-in-as")).ToHaveTextAsync("revisor (revisor)");
    }

    [Fact]
    public async Task A_department_head_is_offered_only_the_steps_they_may_take()
    {
        var item = await ProposeThroughApi();
        await Page.GotoAsync("/logga-ut");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await SignIn("chef-sn");

        await Page.GotoAsync($"/atgarder/{item.Id}");

        await Assertions.Expect(Page.Locator("[data-step=prioritise]")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("[data-step=followUp]")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator("[data-step=reviseEstimate]")).ToHaveCountAsync(1);
        await Screenshot("item-department-head");
    }

    [Fact]
    public async Task The_auditor_sees_everything_and_no_forms()
    {
        var item = await ProposeThroughApi();
        await Page.GotoAsync("/logga-ut");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await SignIn("revisor");

        await Page.GotoAsync($"/atgarder/{item.Id}");
        await Assertions.Expect(Page.Locator("main form")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Som revisor kan du läsa allt");
        await Assertions.Expect(Page.Locator("#history")).ToContainTextAsync("ledning");
        await Page.GotoAsync("/");
        // Only the read-only "Visa planen per" date picker; no form that writes.
        await Assertions.Expect(Page.Locator("main form.api-form")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("main form.as-of")).ToHaveCountAsync(1);
    }
}
