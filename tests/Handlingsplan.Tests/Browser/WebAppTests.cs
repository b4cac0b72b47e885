using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>The Swedish web app in a real browser: what kommunledning and förvaltningschefer see and do.</summary>
public sealed class WebAppTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    [Fact]
    public async Task The_overview_shows_the_imported_plan()
    {
        await WaitForProjections();
        await Page.GotoAsync("/");

        await Assertions.Expect(Page.Locator("h1")).ToContainTextAsync("100,0 mnkr");
        await Assertions.Expect(Page.Locator("[data-field=realisedTkr]")).ToHaveTextAsync("0,0 mnkr");
        // As the documents decided it (Fixtures/seeds/figures.md): nothing left merely proposed.
        await Assertions.Expect(Page.Locator("[data-field='byStatus.proposed']")).ToHaveTextAsync("0");
        await Assertions.Expect(Page.Locator("[data-field='byStatus.assigned']")).ToHaveTextAsync("19");
        await Assertions.Expect(Page.Locator("[data-field=tooEarlyCount]")).ToHaveTextAsync("12");
        await Assertions.Expect(Page.Locator("[data-field=notQuantifiedCount]")).ToHaveTextAsync("8");
        await Assertions.Expect(Page.Locator("[data-field=pipelineTkr]")).ToHaveTextAsync("3,8 mnkr");
        await Assertions.Expect(Page.Locator("#allocation-total")).ToHaveTextAsync(new Regex(@"^3\s070\s880 tkr$"));
        await Assertions.Expect(Page.Locator("#buffer-rules li")).ToHaveCountAsync(2);
        await Assertions.Expect(Page.Locator("[data-field='buffers.targetTkr']")).ToHaveTextAsync(new Regex(@"^30\s709(,\d)? tkr$"));
        await Assertions.Expect(Page.Locator("#table-buffers tbody tr")).ToHaveCountAsync(8);
        await Screenshot("overview");
        await AssertAccessible("Översikt");
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task A_long_list_is_shown_fifty_at_a_time_with_a_way_to_the_next_page()
    {
        await using (var session = Fixture.Store.LightweightSession())
        {
            for (var i = 0; i < 60; i++)
                session.Events.StartStream(Guid.NewGuid(), new Handlingsplan.Items.ShiftProposed { Title = $"Förflyttning {i:00}", Committee = "TN" });
            await session.SaveChangesAsync();
        }
        await Page.GotoAsync("/forflyttningar");

        await Assertions.Expect(Page.Locator("#item-list tbody tr")).ToHaveCountAsync(50);
        await Assertions.Expect(Page.Locator("#list-count")).ToHaveTextAsync(new Regex(@"^Visar 1–50 av \d+"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nästa sida" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".paging")).ToContainTextAsync("Sida 2 av");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Föregående sida" })).ToBeVisibleAsync();
        await AssertAccessible("Förflyttningar, sida 2");
    }

    [Fact]
    public async Task The_overview_follows_a_realisation_without_a_reload()
    {
        var item = await ProposeThroughApi(estimate: 5000);
        var v = await StepThroughApi("measures", item.Id, "prioritise", new { decisionReference = "KS 2025-02-03 § 12", expectedVersion = item.Version });
        v = await StepThroughApi("measures", item.Id, "assign", new { department = "Socialförvaltningen", expectedVersion = v });
        await WaitForProjections();
        await Page.GotoAsync("/");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("data-live", "connected");
        var navigations = 0;
        Page.FrameNavigated += (_, _) => navigations++;

        await StepThroughApi("measures", item.Id, "realise", new { amountTkr = 2500, year = 2025, recurring = true, expectedVersion = v });

        await Assertions.Expect(Page.Locator("[data-field=realisedTkr]")).ToHaveTextAsync("2,5 mnkr");
        await Assertions.Expect(Page.Locator("[data-field=recurringTkr]")).ToHaveTextAsync(new Regex(@"^2\s500 tkr$"));
        await Assertions.Expect(Page.Locator("#table-year tbody tr")).ToHaveCountAsync(1);
        Assert.Equal(0, navigations);
        await Screenshot("overview-live");
    }

    [Fact]
    public async Task An_item_goes_from_proposal_to_realised_through_the_forms()
    {
        await Page.GotoAsync("/foresla");
        await AssertAccessible("Föreslå");
        await Page.GetByLabel("Titel").FillAsync("Samordnad schemaläggning");
        await Page.GetByLabel("Nämnd").SelectOptionAsync("VON");
        await Page.GetByLabel("Bedömd besparing (tkr per år)").FillAsync("1200");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara förslaget" }).ClickAsync();

        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Samordnad schemaläggning");
        await Assertions.Expect(Page.Locator("#item-status")).ToHaveTextAsync("föreslagen");
        await AssertAccessible("Åtgärd");

        await Page.Locator("[data-step=prioritise] summary").ClickAsync();
        await Page.Locator("#prioritise-decisionReference").FillAsync("KS 2025-03-03 § 45");
        await Page.Locator("[data-step=prioritise] button[type=submit]").ClickAsync();
        await Assertions.Expect(Page.Locator("#item-status")).ToHaveTextAsync("prioriterad");

        await Page.Locator("[data-step=assign] summary").ClickAsync();
        await Page.Locator("#assign-department").SelectOptionAsync("Vård- och omsorgsförvaltningen");
        await Page.Locator("[data-step=assign] button[type=submit]").ClickAsync();
        await Assertions.Expect(Page.Locator("#item-status")).ToHaveTextAsync("tilldelad");

        // The server's Swedish message shows beside the field, and nothing is saved.
        await Page.Locator("[data-step=realise] summary").ClickAsync();
        await Page.Locator("#realise-amountTkr").FillAsync("-5");
        await Page.Locator("[data-step=realise] button[type=submit]").ClickAsync();
        await Assertions.Expect(Page.Locator("#realise-amountTkr-error")).ToContainTextAsync("större än 0");
        await Screenshot("item-validation");

        await Page.Locator("#realise-amountTkr").FillAsync("300");
        await Page.Locator("#realise-recurring").SelectOptionAsync("true");
        await Page.Locator("[data-step=realise] button[type=submit]").ClickAsync();
        await Assertions.Expect(Page.Locator("#item-status")).ToHaveTextAsync("under genomförande");
        await Assertions.Expect(Page.Locator("#history li")).ToHaveCountAsync(4);
        await Assertions.Expect(Page.Locator("#history")).ToContainTextAsync("300 tkr för");
        await Screenshot("item-realised");
    }

    [Fact]
    public async Task Only_legal_steps_are_offered()
    {
        var item = await ProposeThroughApi();
        await Page.GotoAsync($"/atgarder/{item.Id}");

        await Assertions.Expect(Page.Locator("[data-step=prioritise]")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator("[data-step=realise]")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("[data-step=complete]")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("[data-step=conclude]")).ToHaveCountAsync(0);

        await StepThroughApi("measures", item.Id, "decline", new { decisionReference = "KS 2025-03-03 § 46", expectedVersion = item.Version });
        await Page.ReloadAsync();
        await Assertions.Expect(Page.Locator("#steps")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("inga fler steg är möjliga");
    }

    [Fact]
    public async Task A_stale_form_says_someone_else_changed_the_item()
    {
        var item = await ProposeThroughApi();
        await Page.GotoAsync($"/atgarder/{item.Id}");

        await StepThroughApi("measures", item.Id, "follow-up", new { note = "Ändrad i ett annat fönster", expectedVersion = item.Version });
        await Page.Locator("[data-step=prioritise] summary").ClickAsync();
        await Page.Locator("#prioritise-decisionReference").FillAsync("KS 2025-03-03 § 47");
        await Page.Locator("[data-step=prioritise] button[type=submit]").ClickAsync();

        await Assertions.Expect(Page.Locator("[data-step=prioritise] [data-form-error]")).ToContainTextAsync("ändrats av någon annan");
        await Assertions.Expect(Page.Locator("[data-step=prioritise] [data-form-error]")).ToContainTextAsync("ladda om");
        await Screenshot("item-stale");
    }

    [Theory]
    [InlineData("/atgarder")]
    [InlineData("/forflyttningar")]
    [InlineData("/utredningar")]
    public async Task The_lists_are_accessible_and_filter(string path)
    {
        await Page.GotoAsync(path);
        await AssertAccessible(path);
        await Screenshot("list" + path.Replace('/', '-'));
        Assert.True(ConsoleErrors.Count == 0, string.Join("\n", ConsoleErrors));
    }

    [Fact]
    public async Task A_list_filters_by_committee_status_and_search()
    {
        await Page.GotoAsync("/utredningar");
        await Assertions.Expect(Page.Locator("#item-list tbody tr")).ToHaveCountAsync(14);

        // A filter applies as it is chosen; the search when asked for.
        await Page.GetByLabel("Status").SelectOptionAsync("declined");
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"/utredningar\?status=declined$"));
        await Assertions.Expect(Page.Locator("#item-list tbody tr")).ToHaveCountAsync(2);

        await Page.GetByLabel("Sök", new() { Exact = true }).FillAsync("jurist");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#item-list tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task An_investigation_page_is_accessible()
    {
        var list = await Fixture.Api.GetFromJsonAsync<System.Text.Json.JsonElement[]>("/api/investigations");
        var assigned = list!.First(i => i.GetProperty("status").GetString() == "assigned");
        await Page.GotoAsync($"/utredningar/{assigned.GetProperty("id").GetGuid()}");
        await Assertions.Expect(Page.Locator("[data-step=conclude]")).ToHaveCountAsync(1);
        await AssertAccessible("Utredning");
        await Screenshot("investigation");
    }
}
