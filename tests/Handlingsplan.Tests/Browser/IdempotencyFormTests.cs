using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>The web app sends each form with an Idempotency-Key, and the same key when it sends the same form again.</summary>
public sealed class IdempotencyFormTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    [Fact]
    public async Task A_realisation_whose_answer_was_lost_is_sent_again_with_its_key_and_counts_once()
    {
        var created = await ProposeThroughApi(estimate: 1000);
        var version = await StepThroughApi("measures", created.Id, "prioritise", new { decisionReference = "KS 2025-03-03 § 46", expectedVersion = created.Version });
        await StepThroughApi("measures", created.Id, "assign", new { department = "Socialförvaltningen", expectedVersion = version });

        var keys = new List<string>();
        await Page.RouteAsync("**/api/measures/*/*", async route =>
        {
            keys.Add(route.Request.Headers["idempotency-key"]);
            if (keys.Count > 1)
            {
                await route.ContinueAsync();
                return;
            }
            // The server receives the first and commits it; its answer never reaches the page.
            await route.FetchAsync();
            await route.AbortAsync();
        });

        await Page.GotoAsync($"/atgarder/{created.Id}");
        await Page.Locator("[data-step=realise] summary").ClickAsync();
        await Page.Locator("#realise-amountTkr").FillAsync("250");
        await Page.Locator("#realise-recurring").SelectOptionAsync("true");
        var submit = Page.Locator("[data-step=realise] button[type=submit]");
        await submit.ClickAsync();
        await Assertions.Expect(Page.Locator("[data-step=realise] [data-form-error]"))
            .ToHaveTextAsync("Det gick inte att nå tjänsten. Kontrollera anslutningen och försök igen.");

        var retried = await Page.RunAndWaitForResponseAsync(() => submit.ClickAsync(), r => r.Url.EndsWith("/realise"));
        Assert.Equal(200, retried.Status);
        Assert.Equal("true", await retried.HeaderValueAsync("idempotent-replayed"));
        await Assertions.Expect(Page.Locator("#item-status")).ToHaveTextAsync("under genomförande");

        Assert.Equal(2, keys.Count);
        Assert.True(Guid.TryParse(keys[0], out _));
        Assert.Equal(keys[0], keys[1]);
        var item = await Fixture.Api.GetFromJsonAsync<JsonElement>($"/api/measures/{created.Id}");
        Assert.Equal(250m, item.GetProperty("realisedTkr").GetDecimal());
        Assert.Single(item.GetProperty("realisations").EnumerateArray());

        // The next form is a new submission, with a key of its own.
        await Page.Locator("[data-step=followUp] summary").ClickAsync();
        await Page.Locator("#followUp-note").FillAsync("Lägesrapport");
        var followedUp = await Page.RunAndWaitForResponseAsync(
            () => Page.Locator("[data-step=followUp] button[type=submit]").ClickAsync(), r => r.Url.EndsWith("/follow-up"));
        Assert.Equal(200, followedUp.Status);
        Assert.Equal(3, keys.Count);
        Assert.NotEqual(keys[0], keys[2]);
    }
}
