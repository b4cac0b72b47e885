using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Handlingsplan.Infrastructure;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>Lists people can work with, and no dead ends: sorting, sums, filters and search in the address, the 404 page, "Sparat".</summary>
public sealed class ListsBrowserTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    /// <summary>"1 200 tkr" as a number; an estimate without an amount ("för tidigt att bedöma", "ej beloppsatt") as −1.</summary>
    static decimal Amount(string text)
    {
        var digits = Regex.Replace(text, @"[^\d,-]", "");
        return digits.Length == 0 ? -1 : decimal.Parse(digits, NumberStyles.Number, CultureInfo.GetCultureInfo("sv-SE"));
    }

    static string Spaced(string text) => Regex.Replace(text, @"[\s\u00a0\u202f]+", " ").Trim();

    async Task<JsonElement[]> FromApi(string query) =>
        (await Fixture.Api.GetFromJsonAsync<JsonElement[]>("/api/measures?pageSize=500" + query))!;

    [Fact]
    public async Task A_click_on_a_heading_sorts_the_list_and_says_how()
    {
        await Page.GotoAsync("/atgarder");
        var estimate = Page.Locator("#item-list thead th[data-sort=estimate]");
        await Assertions.Expect(estimate).ToHaveAttributeAsync("aria-sort", "none");
        var before = await Page.Locator("#item-list tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");

        await estimate.GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"/atgarder\?sort=estimate&ordning=fallande$"));
        await Assertions.Expect(estimate).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(estimate.Locator(".visually-hidden")).ToHaveTextAsync(", sorterad fallande, klicka för stigande");
        await Assertions.Expect(Page.Locator("#item-list thead th[data-sort=title]")).ToHaveAttributeAsync("aria-sort", "none");
        var after = await Page.Locator("#item-list tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
        Assert.NotEqual(before, after);
        var amounts = (await Page.Locator("#item-list tbody td[data-label='Bedömd besparing']").AllTextContentsAsync()).Select(Amount).ToList();
        Assert.Equal(amounts.OrderByDescending(a => a), amounts);
        await AssertAccessible("Åtgärder sorterade efter bedömd besparing");

        await estimate.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(estimate).ToHaveAttributeAsync("aria-sort", "ascending");
        amounts = (await Page.Locator("#item-list tbody td[data-label='Bedömd besparing']").AllTextContentsAsync()).Select(Amount).ToList();
        Assert.Equal(amounts.Order(), amounts);
    }

    [Fact]
    public async Task A_filter_applies_as_it_is_chosen_stays_in_the_address_and_the_sums_are_the_selections()
    {
        await Page.GotoAsync("/atgarder");
        await Page.GetByLabel("Nämnd", new() { Exact = true }).SelectOptionAsync("KS");

        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"/atgarder\?committee=KS$"));
        var selection = await FromApi("&committee=KS");
        await Assertions.Expect(Page.Locator("#item-list tbody tr")).ToHaveCountAsync(selection.Length);
        // The focus is back on the filter that was changed, for whoever works from the keyboard.
        Assert.Equal("committee", await Page.EvaluateAsync<string>("document.activeElement.id"));

        // The sums are over the selection, and say so.
        var estimated = selection.Sum(i => i.GetProperty("estimatedSavingTkr").ValueKind == JsonValueKind.Number ? i.GetProperty("estimatedSavingTkr").GetDecimal() : 0);
        var realised = selection.Sum(i => i.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(Spaced(SwedishFormat.Tkr(estimated)), Spaced(await Page.Locator("#total-estimate").TextContentAsync() ?? ""));
        Assert.Equal(Spaced(SwedishFormat.Tkr(realised)), Spaced(await Page.Locator("#total-realised").TextContentAsync() ?? ""));
        await Assertions.Expect(Page.Locator("#list-totals th")).ToContainTextAsync($"Summa för alla {selection.Length} i urvalet");

        // Bookmarked, or reloaded, the view is the same.
        await Page.ReloadAsync();
        await Assertions.Expect(Page.GetByLabel("Nämnd", new() { Exact = true })).ToHaveValueAsync("KS");
        await Assertions.Expect(Page.Locator("#item-list tbody tr")).ToHaveCountAsync(selection.Length);
        await AssertAccessible("Åtgärder för KS med summor");

        // A date applies once it is whole, and joins the other filters in the address.
        var today = SwedishTime.Today().ToString("yyyy-MM-dd");
        await Page.GetByLabel("Visa planen per").FillAsync(today);
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex($@"/atgarder\?committee=KS&asOf={today}$"));
        await Assertions.Expect(Page.Locator("#as-of-notice")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#item-list tbody tr")).ToHaveCountAsync(selection.Length);
    }

    [Fact]
    public async Task A_filter_chosen_from_the_keyboard_applies_on_Enter_not_at_each_arrow_key()
    {
        await Page.GotoAsync("/atgarder");
        var committee = Page.GetByLabel("Nämnd", new() { Exact = true });
        await committee.FocusAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowDown");
        var chosen = await committee.InputValueAsync();
        Assert.NotEqual("", chosen);
        // Stepping through the choices leaves the list where it is.
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.EndsWith("/atgarder", Page.Url);
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex($@"/atgarder\?committee={Regex.Escape(chosen)}$"));
        Assert.Equal("committee", await Page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task The_sums_cover_every_page_of_a_long_list()
    {
        await using (var session = Fixture.Store.LightweightSession())
        {
            for (var i = 0; i < 120; i++)
                session.Events.StartStream(Guid.NewGuid(), new Handlingsplan.Items.MeasureProposed { Title = $"Åtgärd {i:000}", Committee = "TN", EstimatedSavingTkr = 10 });
            await session.SaveChangesAsync();
        }
        await Page.GotoAsync("/atgarder?committee=TN");

        await Assertions.Expect(Page.Locator("#item-list tbody tr")).ToHaveCountAsync(50);
        await Assertions.Expect(Page.Locator("#list-totals th")).ToContainTextAsync("Summa för alla 120 i urvalet, inte bara den här sidan");
        Assert.Equal(Spaced(SwedishFormat.Tkr(1200)), Spaced(await Page.Locator("#total-estimate").TextContentAsync() ?? ""));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nästa sida" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nästa sida" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#item-list tbody tr")).ToHaveCountAsync(20);
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"committee=TN&sida=3$"));
    }

    [Fact]
    public async Task Search_finds_an_item_by_its_description_and_by_its_department()
    {
        var response = await Fixture.Api.PostAsJsonAsync("/api/measures", new
        {
            title = "Färre hyrda lokaler", description = "Flytta arkivet till stadshusets källare", committee = "BMN", estimatedSavingTkr = 300, source = "Test",
        });
        response.EnsureSuccessStatusCode();
        var created = (await response.Content.ReadFromJsonAsync<Handlingsplan.Items.Proposing.ItemCreated>())!;
        var version = await StepThroughApi("measures", created.Id, "prioritise", new { decisionReference = "KS 2025-02-03 § 12", expectedVersion = created.Version });
        await StepThroughApi("measures", created.Id, "assign", new { department = "Samhällsbyggnadsförvaltningen", expectedVersion = version });
        await Page.GotoAsync("/atgarder");

        await Page.GetByLabel("Sök", new() { Exact = true }).FillAsync("stadshusets källare");
        await Page.GetByLabel("Sök", new() { Exact = true }).PressAsync("Enter");
        await Assertions.Expect(Page.Locator("#item-list tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator($"#item-list tr[data-id='{created.Id}']")).ToBeVisibleAsync();

        await Page.GetByLabel("Sök", new() { Exact = true }).FillAsync("samhällsbyggnad");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator($"#item-list tr[data-id='{created.Id}']")).ToBeVisibleAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"\?q=samh%C3%A4llsbyggnad$"));
        await Assertions.Expect(Page.Locator("#item-list tbody tr")).ToHaveCountAsync((await FromApi("&q=samh%C3%A4llsbyggnad")).Length);
    }

    [Fact]
    public async Task An_unknown_item_or_page_is_a_swedish_page_with_the_navigation()
    {
        var item = await Page.GotoAsync($"/atgarder/{Guid.NewGuid()}");
        Assert.Equal(404, item!.Status);
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Åtgärden finns inte");
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#not-found").GetByRole(AriaRole.Link, new() { Name = "Visa alla åtgärder" })).ToHaveAttributeAsync("href", "/atgarder");
        await AssertAccessible("Okänd åtgärd");

        var page = await Page.GotoAsync("/nope");
        Assert.Equal(404, page!.Status);
        await Assertions.Expect(Page).ToHaveTitleAsync("Sidan finns inte – Handlingsplan");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await Assertions.Expect(Page.Locator("#not-found")).ToContainTextAsync("Det finns ingen sida med adressen /nope");
        await AssertAccessible("Okänd sida");

        // The API answers as before.
        var api = await Fixture.Api.GetAsync($"/api/measures/{Guid.NewGuid()}");
        Assert.Equal(404, (int)api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_save_on_the_item_page_says_Sparat_and_puts_the_focus_on_what_changed()
    {
        var item = await ProposeThroughApi(title: "Samordnad fordonspool");
        await Page.GotoAsync($"/atgarder/{item.Id}");
        var form = Page.Locator("[data-step=followUp]");
        if (await form.GetAttributeAsync("open") is null) await form.Locator("summary").ClickAsync();

        await form.GetByLabel("Anteckning").FillAsync("Fordonen är inventerade.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Spara uppföljning" }).ClickAsync();

        var saved = Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Sparat" });
        await Assertions.Expect(saved).ToHaveTextAsync("Sparat: Uppföljning.");
        Assert.Equal("polite", await saved.GetAttributeAsync("aria-live"));
        Assert.Equal("facts-heading", await Page.EvaluateAsync<string>("document.activeElement.id"));
        await Assertions.Expect(Page.Locator("#history")).ToContainTextAsync("Fordonen är inventerade.");
        await AssertAccessible("Posten efter en sparad uppföljning");

        // A comment is confirmed too, with the focus on the comments.
        await Page.Locator("[data-aside=comment]").GetByRole(AriaRole.Textbox).First.FillAsync("Bra jobbat.");
        await Page.Locator("[data-aside=comment]").GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(Page.Locator("#comments")).ToContainTextAsync("Bra jobbat.");
        await Assertions.Expect(saved).ToContainTextAsync("Sparat");
        Assert.Equal("comments-heading", await Page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task A_saved_buffer_is_confirmed_only_once_its_row_shows_it()
    {
        await WaitForProjections();
        await Page.GotoAsync("/");
        await Page.GetByLabel("Nämnd", new() { Exact = true }).SelectOptionAsync("KS");
        await Page.GetByLabel("Budgeterad buffert (tkr)").FillAsync("1234");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara buffert" }).ClickAsync();

        await Assertions.Expect(Page.Locator("#saved")).ToHaveTextAsync("Sparat: Budgeterad buffert.");
        // Read at once, without waiting: when the confirmation shows, the row already holds the new figure.
        var row = await Page.Locator("#table-buffers tbody tr").Filter(new() { HasText = "Kommunstyrelsen" }).TextContentAsync();
        Assert.Contains("1 234 tkr", Spaced(row ?? ""));
        // The sum row, and the sum in the text above the table, hold it too.
        var sum = Spaced(await Page.Locator("#buffer-budgeted-total").TextContentAsync() ?? "");
        Assert.Equal(Spaced(await Page.Locator("[data-field='buffers.budgetedTkr']").TextContentAsync() ?? ""), sum);
        Assert.NotEqual(Spaced(SwedishFormat.Tkr(0)), sum);
        Assert.Equal("buffer-heading", await Page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task The_decision_log_and_Mina_poster_sort_by_their_headings()
    {
        await Page.GotoAsync("/beslut");
        var item = Page.Locator("#decision-log thead th[data-sort=item]");
        await item.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(item).ToHaveAttributeAsync("aria-sort", "ascending");
        var titles = (await Page.Locator("#decision-log tbody td[data-label=Post]").AllTextContentsAsync()).ToList();
        Assert.Equal(titles.Order(StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), true)), titles);
        await Page.GetByLabel("Nämnd", new() { Exact = true }).SelectOptionAsync("KS");
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"committee=KS"));
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"sort=item&ordning=stigande"));
        await AssertAccessible("Beslutslogg sorterad");

        await SignIn("chef-sn");
        await Page.GotoAsync("/mina");
        var due = Page.Locator("#mine-list thead th[data-sort=due]");
        await due.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(due).ToHaveAttributeAsync("aria-sort", "ascending");
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"/mina\?sort=due&ordning=stigande$"));
        await AssertAccessible("Mina poster sorterade");
    }
}
