using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>Amounts as people in Sweden type them are stored as typed; anything else is refused beside its field, and nothing is written.</summary>
public sealed class AmountInputTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    async Task<long> Events()
    {
        await using var session = Fixture.Store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }

    [Theory]
    [InlineData("3 800", 3800)]
    [InlineData("3\u00a0800,5", 3800.5)]
    [InlineData("3800,5", 3800.5)]
    [InlineData("3800.5", 3800.5)]
    public async Task A_proposal_stores_the_estimate_as_typed(string typed, double tkr)
    {
        await Page.GotoAsync("/foresla");
        await Page.GetByLabel("Titel").FillAsync("Belopp " + typed);
        await Page.GetByLabel("Nämnd").SelectOptionAsync("VON");
        await Page.GetByLabel("Bedömd besparing (tkr per år)").FillAsync(typed);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara förslaget" }).ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Belopp " + typed);

        var id = Page.Url.Split('/')[^1];
        var item = await Fixture.Api.GetFromJsonAsync<JsonElement>($"/api/measures/{id}");
        Assert.Equal((decimal)tkr, item.GetProperty("estimatedSavingTkr").GetDecimal());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("3.800")]
    [InlineData("12 tkr")]
    [InlineData("1,000,000")]
    [InlineData("<b>5</b>")]
    public async Task A_realisation_that_is_not_a_number_is_refused_beside_its_field(string typed)
    {
        var created = await ProposeThroughApi();
        var version = await StepThroughApi("measures", created.Id, "prioritise", new { decisionReference = "KS 2025-03-03 § 46", expectedVersion = created.Version });
        await StepThroughApi("measures", created.Id, "assign", new { department = "Socialförvaltningen", expectedVersion = version });
        var before = await Events();

        await Page.GotoAsync($"/atgarder/{created.Id}");
        await Page.Locator("[data-step=realise] summary").ClickAsync();
        await Page.Locator("#realise-amountTkr").FillAsync(typed);
        await Page.Locator("[data-step=realise] button[type=submit]").ClickAsync();

        await Assertions.Expect(Page.Locator("#realise-amountTkr-error")).ToHaveTextAsync("Skriv ett tal, t.ex. 3 800 eller 3 800,5.");
        await Assertions.Expect(Page.Locator("#realise-amountTkr")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(before, await Events());
    }

    [Fact]
    public async Task A_realisation_typed_with_a_non_breaking_space_is_stored_in_full()
    {
        var created = await ProposeThroughApi();
        var version = await StepThroughApi("measures", created.Id, "prioritise", new { decisionReference = "KS 2025-03-03 § 46", expectedVersion = created.Version });
        await StepThroughApi("measures", created.Id, "assign", new { department = "Socialförvaltningen", expectedVersion = version });

        await Page.GotoAsync($"/atgarder/{created.Id}");
        await Page.Locator("[data-step=realise] summary").ClickAsync();
        await Page.Locator("#realise-amountTkr").FillAsync("1\u00a0250");
        await Page.Locator("#realise-recurring").SelectOptionAsync("true");
        await Page.Locator("[data-step=realise] button[type=submit]").ClickAsync();
        // Above the estimate of 1 000 tkr: asked to confirm beside the box, then saved once confirmed.
        await Assertions.Expect(Page.Locator("#realise-confirmed-error")).ToContainTextAsync("större än bedömningen");
        await Page.Locator("#realise-confirmed").CheckAsync();
        await Page.Locator("[data-step=realise] button[type=submit]").ClickAsync();

        await Assertions.Expect(Page.Locator("#item-status")).ToHaveTextAsync("under genomförande");
        var item = await Fixture.Api.GetFromJsonAsync<JsonElement>($"/api/measures/{created.Id}");
        Assert.Equal(1250m, item.GetProperty("realisedTkr").GetDecimal());
    }
}

/// <summary>A mistaken realisation is put right from the item page, and both the original and the correction stay in the history.</summary>
public sealed class CorrectionPageTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    [Fact]
    public async Task A_typo_is_corrected_from_the_item_page()
    {
        var created = await ProposeThroughApi(estimate: 350);
        var version = await StepThroughApi("measures", created.Id, "prioritise", new { decisionReference = "KS 2025-03-03 § 46", expectedVersion = created.Version });
        version = await StepThroughApi("measures", created.Id, "assign", new { department = "Socialförvaltningen", expectedVersion = version });
        await StepThroughApi("measures", created.Id, "realise", new { amountTkr = 5_000_000, year = 2025, recurring = true, confirmed = true, expectedVersion = version });

        await Page.GotoAsync($"/atgarder/{created.Id}");
        await Assertions.Expect(Page.Locator("#realisations")).ToContainTextAsync("5 000 000 tkr för 2025");
        await Page.Locator("[data-step=correctRealisation] summary").ClickAsync();
        await Page.Locator("#correctRealisation-number").SelectOptionAsync("1");
        await Page.Locator("#correctRealisation-amountTkr").FillAsync("5 000");
        await Page.Locator("#correctRealisation-year").FillAsync("2025");
        await Page.Locator("#correctRealisation-recurring").SelectOptionAsync("true");
        await Page.Locator("#correctRealisation-reason").FillAsync("Tre nollor för mycket");
        await Page.Locator("[data-step=correctRealisation] button[type=submit]").ClickAsync();

        await Assertions.Expect(Page.Locator("#realisations")).ToContainTextAsync("5 000 tkr för 2025, återkommande – Rättad");
        await Assertions.Expect(Page.Locator("#history")).ToContainTextAsync("5 000 000 tkr för 2025");
        await Assertions.Expect(Page.Locator("#history")).ToContainTextAsync("Besparing 1 rättad till 5 000 tkr för 2025");
        await AssertAccessible("Rättad besparing");
    }
}
