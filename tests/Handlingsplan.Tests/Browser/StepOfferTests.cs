using System.Net.Http.Json;
using System.Text.Json;
using Handlingsplan.Items;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>
/// The item page offers exactly the steps the server accepts, for every kind and every status an item
/// can reach: what is offered is what the API lists as allowed; everything else, sent with a valid
/// body, is refused and writes nothing; and an offered form goes through.
/// </summary>
public sealed class StepOfferTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    /// <summary>A valid body for each step, from the version the caller read.</summary>
    static object Body(string step, long version) => step switch
    {
        "prioritise" or "decline" => new { decisionReference = "KS 2025-03-03 § 46", expectedVersion = version },
        "assign" => new { department = "Socialförvaltningen", expectedVersion = version },
        "realise" => new { amountTkr = 10, year = 2026, recurring = true, expectedVersion = version },
        "reviseEstimate" => new { estimatedSavingTkr = 20, expectedVersion = version },
        "followUp" => new { note = "Följt upp", expectedVersion = version },
        "reportStatus" => new { periodId = Guid.NewGuid(), status = "onTrack", comment = "Enligt plan", expectedVersion = version },
        "conclude" => new { findings = "Slutsatser", expectedVersion = version },
        "proposeMeasure" => new { title = "Härifrån", committee = "SN", expectedVersion = version },
        "correctRealisation" => new { number = 1, amountTkr = 5, year = 2026, recurring = true, reason = "Fel belopp", expectedVersion = version },
        "reverseRealisation" => new { number = 1, reason = "Blev aldrig av", expectedVersion = version },
        "reassign" => new { department = "Vård- och omsorgsförvaltningen", reason = "Fel förvaltning", expectedVersion = version },
        "correctEstimate" => new { estimatedSavingTkr = 30, reason = "Skrivfel", expectedVersion = version },
        _ => new { reason = "Skäl", expectedVersion = version },
    };

    /// <summary>The steps that bring a new item to each status it can reach.</summary>
    static readonly (string Status, string[] Path)[] Statuses =
    [
        ("proposed", []),
        ("prioritised", ["prioritise"]),
        ("assigned", ["prioritise", "assign"]),
        ("realising", ["prioritise", "assign", "realise"]),
        ("concluded", ["prioritise", "assign", "conclude"]),
        ("completed", ["prioritise", "assign", "complete"]),
        ("declined", ["decline"]),
        ("cancelled", ["cancel"]),
    ];

    [Theory]
    [InlineData("measures")]
    [InlineData("shifts")]
    [InlineData("investigations")]
    public async Task The_item_page_offers_exactly_what_the_server_accepts(string kind)
    {
        var description = Kinds.BySegment(kind)!;
        foreach (var (status, path) in Statuses)
        {
            if (path.Contains("conclude") && !Steps.Named("conclude").Kinds.Contains(description.Kind)) continue;
            var created = await ProposeThroughApi(kind, $"{description.Singular} {status}");
            var version = created.Version;
            foreach (var step in path) version = await StepThroughApi(kind, created.Id, Steps.Named(step).Route, Body(step, version));

            var item = await Fixture.Api.GetFromJsonAsync<JsonElement>($"/api/{kind}/{created.Id}");
            var allowed = item.GetProperty("allowedSteps").EnumerateArray().Select(s => s.GetString()!).ToList();

            await Page.GotoAsync($"/{description.Slug}/{created.Id}");
            var offered = await Page.Locator("[data-step]").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.step)");
            Assert.True(allowed.SequenceEqual(offered), $"{kind} {status}: offered [{string.Join(", ", offered)}], allowed [{string.Join(", ", allowed)}]");

            // The steps beside the lifecycle (comment, attachment, diarienummer) are allowed in every status and offered elsewhere on the page.
            foreach (var step in Steps.All.Where(s => !s.Aside && !allowed.Contains(s.Name)))
            {
                var refused = await Fixture.Api.PostAsJsonAsync($"/api/{kind}/{created.Id}/{step.Route}", Body(step.Name, version));
                Assert.True((int)refused.StatusCode is 409, $"{kind} {status}: {step.Name} answered {(int)refused.StatusCode}");
            }
            Assert.Equal(version, (await Fixture.Api.GetFromJsonAsync<JsonElement>($"/api/{kind}/{created.Id}")).GetProperty("version").GetInt64());

            // The first offered form goes through, from the page itself.
            if (offered.FirstOrDefault(s => s is "followUp") is { } followUp)
            {
                var form = Page.Locator($"[data-step={followUp}]");
                await form.Locator("summary").ClickAsync();
                await form.GetByLabel("Anteckning").FillAsync("Via sidan");
                await form.GetByRole(AriaRole.Button, new() { Name = Steps.Named(followUp).Button }).ClickAsync();
                await Assertions.Expect(Page.Locator("#history")).ToContainTextAsync("Via sidan");
            }
        }
    }
}
