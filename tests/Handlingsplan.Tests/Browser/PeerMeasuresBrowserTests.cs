using System.Net.Http.Json;
using Handlingsplan.Items.Proposing;
using Handlingsplan.Items.Sharing;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>
/// The measure's page shows what other municipalities share in its category, and kommunledning shares
/// the measure from it with a text of its own, and stops sharing it. The other municipality's shared
/// measure is a given in the shared table: this app serves one municipality.
/// </summary>
public sealed class PeerMeasuresBrowserTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    const string Category = "changedResponsibility";

    async Task<Guid> RealisedMeasure()
    {
        var response = await Fixture.Api.PostAsJsonAsync("/api/measures", new { title = "Hemtjänstens planering samordnas", committee = "SN", category = Category, horizon = "shortTerm", estimatedSavingTkr = 1000, source = "Test" });
        response.EnsureSuccessStatusCode();
        var item = (await response.Content.ReadFromJsonAsync<ItemCreated>())!;
        var version = await StepThroughApi("measures", item.Id, "prioritise", new { decisionReference = "KS 2026-02-02 § 12", reason = "Prioriterad", expectedVersion = item.Version });
        version = await StepThroughApi("measures", item.Id, "assign", new { department = "Socialförvaltningen", responsibleRole = "Förvaltningschef", expectedVersion = version });
        await StepThroughApi("measures", item.Id, "realise", new { amountTkr = 250, year = 2026, recurring = true, note = "Helår", expectedVersion = version });
        return item.Id;
    }

    async Task GivenShared(string code, string name, decimal realised, string text)
    {
        await using var session = Fixture.Store.LightweightSession();
        session.Store(new SharedMeasure
        {
            Id = Guid.NewGuid(), MunicipalityCode = code, MunicipalityName = name, Category = "CHANGEDRESPONSIBILITY", Horizon = "longTerm",
            RealisedTkr = realised, EstimatedSavingTkr = 2000, Text = text, SharedAt = DateTimeOffset.UtcNow.AddDays(-3),
        });
        await session.SaveChangesAsync();
    }

    [Fact]
    public async Task Kommunledning_sees_other_municipalities_measures_and_shares_its_own_with_an_approved_text()
    {
        var id = await RealisedMeasure();
        await GivenShared("lerum", "Lerums kommun", 1834.5m, "Planeringen av hemtjänsten samlades i ett schema.");
        await GivenShared("alingsas", "Alingsås kommun", 99m, "Vår egen delning");
        await GivenShared("molndal", "Mölndals stad", 12m, "Underlag: https://example.org/" + new string('x', 120));

        await Page.GotoAsync($"/atgarder/{id}");
        var peers = Page.Locator("#peers");
        await Assertions.Expect(peers).ToContainTextAsync("Lerums kommun");
        await Assertions.Expect(peers).ToContainTextAsync("Planeringen av hemtjänsten samlades i ett schema.");
        var text = await peers.InnerTextAsync();
        Assert.Contains("1\u00a0834,5 tkr", text);
        Assert.Contains("Förändrat ansvar/organisation", text);
        Assert.Contains("Lång sikt", text);
        Assert.DoesNotContain("Vår egen delning", await Page.Locator("main").InnerTextAsync());
        await Assertions.Expect(Page.Locator("#sharing-state")).ToContainTextAsync("delas inte med andra kommuner");
        await AssertAccessible("Åtgärd med liknande åtgärder i andra kommuner");
        // At 320 px a long address in a shared text wraps rather than widening the page.
        await Page.SetViewportSizeAsync(320, 800);
        Assert.True(await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "the page scrolls sideways at 320 px");
        await Page.SetViewportSizeAsync(1440, 1000);

        // Nothing is shared without a text and the explicit approval.
        var form = Page.Locator("[data-aside=share] form");
        await form.GetByRole(AriaRole.Button, new() { Name = "Dela med andra kommuner" }).ClickAsync();
        await Assertions.Expect(form.Locator("[data-error-for=text]")).ToContainTextAsync("Skriv texten");
        await Assertions.Expect(form.Locator("[data-error-for=approved]")).ToContainTextAsync("Bekräfta");
        await AssertAccessible("Delningens formulär med fel");

        await form.GetByLabel("Text som delas").FillAsync("Hemtjänstens planering samordnades i ett schema för hela kommunen.");
        await form.GetByLabel("Jag godkänner att detta delas med andra kommuner").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Dela med andra kommuner" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#sharing-state")).ToContainTextAsync("Delas med andra kommuner sedan");
        await Assertions.Expect(Page.Locator("#shared-text")).ToHaveTextAsync("Hemtjänstens planering samordnades i ett schema för hela kommunen.");
        await Assertions.Expect(Page.Locator("#history")).ToContainTextAsync("Delad med andra kommuner");
        Assert.Contains("250 tkr", await Page.Locator("#sharing-state").InnerTextAsync());
        await AssertAccessible("Åtgärd som delas med andra kommuner");
        await Screenshot("atgard-delad-med-andra-kommuner");

        await Page.Locator("[data-aside=withdrawSharing] summary").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sluta dela" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#sharing-state")).ToContainTextAsync("delas inte med andra kommuner");
        await Assertions.Expect(Page.Locator("#history")).ToContainTextAsync("Delas inte längre med andra kommuner");
        Assert.Empty(ConsoleErrors.Where(e => !e.Contains("Failed to load resource")));

        // A förvaltningschef reads the others' measures, but is offered no sharing.
        await SignIn("chef-sn");
        await Page.GotoAsync($"/atgarder/{id}");
        await Assertions.Expect(Page.Locator("#peers")).ToContainTextAsync("Lerums kommun");
        await Assertions.Expect(Page.Locator("[data-aside=share], [data-aside=withdrawSharing]")).ToHaveCountAsync(0);
    }
}
