using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>
/// Skärmen (/skarm) on a 1920×1080 meeting-room screen: everything at once in type read across the
/// room, live within a second, back by itself after a drop, and opened by a display link that opens
/// nothing else and stops at once when revoked.
/// </summary>
public sealed class SkarmBrowserTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    static readonly ViewportSize FullHd = new() { Width = 1920, Height = 1080 };

    async Task<(string Token, Guid Id, string Url)> DisplayLink(string name = "Sammanträdesrummet")
    {
        var response = await Fixture.Api.PostAsJsonAsync("/api/display-links", new { name });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("token").GetString()!, body.GetProperty("id").GetGuid(), body.GetProperty("screenUrl").GetString()!);
    }

    async Task<(Guid Id, long Version)> AssignedItem(decimal estimate = 5000)
    {
        var item = await ProposeThroughApi(estimate: estimate);
        var v = await StepThroughApi("measures", item.Id, "prioritise", new { decisionReference = "KS 2025-02-03 § 12", expectedVersion = item.Version });
        v = await StepThroughApi("measures", item.Id, "assign", new { department = "Socialförvaltningen", expectedVersion = v });
        return (item.Id, v);
    }

    async Task<IPage> FreshScreen()
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseAddress.ToString(), Locale = "sv-SE", ViewportSize = FullHd,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    [Fact]
    public async Task The_screen_shows_everything_at_once_in_type_read_across_the_room()
    {
        await AssignedItem();
        await WaitForProjections();
        await Page.SetViewportSizeAsync(FullHd.Width, FullHd.Height);
        await Page.GotoAsync("/skarm");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("data-live", "connected");

        var size = await Page.EvaluateAsync<JsonElement>("""
            () => ({ scrollHeight: document.documentElement.scrollHeight, scrollWidth: document.documentElement.scrollWidth,
                     height: window.innerHeight, width: window.innerWidth })
            """);
        Assert.True(size.GetProperty("scrollHeight").GetInt32() <= size.GetProperty("height").GetInt32(), $"The screen scrolls: {size}");
        Assert.True(size.GetProperty("scrollWidth").GetInt32() <= size.GetProperty("width").GetInt32(), $"The screen overflows sideways: {size}");

        // Chart.js draws its text at the sizes its options give: none below 24 px.
        var chartFonts = await Page.EvaluateAsync<int[]>("""
            () => {
              const c = Chart.getChart(document.getElementById("screen-chart-year"));
              const o = c.options;
              return [o.scales.x.ticks.font.size, o.scales.y.ticks.font.size, o.scales.y.title.font.size, o.plugins.legend.labels.font.size];
            }
            """);
        Assert.All(chartFonts, px => Assert.True(px >= 24, $"Chart text of {px} px"));
        Assert.Equal(0, await Page.EvaluateAsync<int>("() => Chart.getChart(document.getElementById('screen-chart-year')).scales.y.min"));
        // And every piece of text on the page, tables and notes alike.
        var smallest = await Page.EvaluateAsync<double>("""
            () => Math.min(...[...document.querySelectorAll("#screen *")]
              .filter((el) => el.offsetParent !== null && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== ""))
              .map((el) => parseFloat(getComputedStyle(el).fontSize)))
            """);
        Assert.True(smallest >= 24, $"Text of {smallest} px on the screen");

        // The same figures as GET /api/dashboard, as shares of the ambition.
        var dashboard = await Fixture.Api.GetFromJsonAsync<JsonElement>("/api/dashboard");
        var pipeline = dashboard.GetProperty("pipelineTkr").GetDecimal();
        var share = (pipeline / dashboard.GetProperty("ambitionTkr").GetDecimal() * 100).ToString("0.0", new System.Globalization.CultureInfo("sv-SE"));
        await Assertions.Expect(Page.Locator("[data-screen=ambition]")).ToHaveTextAsync("100,0 mnkr");
        await Assertions.Expect(Page.Locator("[data-screen=pipelinePctText]")).ToHaveTextAsync(share + "\u00a0%");
        await Assertions.Expect(Page.Locator("[data-screen=pipelinePct]")).ToHaveTextAsync(share + "\u00a0%");
        await Assertions.Expect(Page.Locator("[data-screen=realisedPctText]")).ToHaveTextAsync("0,0\u00a0% av ambitionen");
        await Assertions.Expect(Page.Locator("#screen-bar")).ToHaveAttributeAsync("aria-label", new Regex($"i genomförande [0-9,]+ mnkr \\({share}\u00a0%\\)"));
        await Assertions.Expect(Page.Locator("#screen-table-committee tr[data-committee=SN] td").Nth(1)).ToHaveTextAsync("5,0 mnkr");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Helskärm" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("header.top nav")).ToHaveCountAsync(0);
        await Screenshot("skarm-1920x1080");
        await AssertAccessible("Skärm");
    }

    [Fact]
    public async Task The_screen_follows_a_realisation_and_a_status_report_within_a_second()
    {
        var (id, v) = await AssignedItem();
        var period = await Fixture.Api.PostAsJsonAsync("/api/reporting-periods", new { name = "Tertial 1 2026", deadline = "2040-05-15" });
        period.EnsureSuccessStatusCode();
        var periodId = (await period.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await WaitForProjections();
        await Page.SetViewportSizeAsync(FullHd.Width, FullHd.Height);
        var missing = new List<string>();
        Page.Response += (_, response) => { if (response.Status == 404) missing.Add(response.Url); };
        await Page.GotoAsync("/skarm");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("data-live", "connected");
        await Assertions.Expect(Page.Locator("#screen-table-committee tr[data-committee=SN] .report-status")).ToHaveTextAsync("Ingen rapport ännu");
        var before = DateTimeOffset.Parse((await Page.Locator("#screen-updated").GetAttributeAsync("datetime"))!);

        v = await StepThroughApi("measures", id, "realise", new { amountTkr = 2500, year = 2025, recurring = true, expectedVersion = v });

        var soon = new LocatorAssertionsToHaveTextOptions { Timeout = 2000 };
        await Assertions.Expect(Page.Locator("[data-screen=realised]")).ToHaveTextAsync("2,5 mnkr", soon);
        await Assertions.Expect(Page.Locator("[data-screen=realisedPctText]")).ToHaveTextAsync("2,5\u00a0% av ambitionen", soon);
        await Assertions.Expect(Page.Locator("#screen-table-year tbody tr")).ToHaveTextAsync(["20252,5 mnkr2,5 mnkr"], soon);
        await Assertions.Expect(Page.Locator("#screen-table-committee tr[data-committee=SN] td").Nth(0)).ToHaveTextAsync("2,5 mnkr", soon);

        await StepThroughApi("measures", id, "report-status", new { periodId, status = "atRisk", comment = "Upphandlingen är försenad.", expectedVersion = v });

        var status = Page.Locator("#screen-table-committee tr[data-committee=SN] .report-status");
        await Assertions.Expect(status).ToHaveTextAsync("Risk för avvikelse", soon);
        await Assertions.Expect(status).ToHaveAttributeAsync("data-report-status", "atRisk");
        await Assertions.Expect(Page.Locator("#screen-period")).ToContainTextAsync("Tertial 1 2026");
        Assert.True(DateTimeOffset.Parse((await Page.Locator("#screen-updated").GetAttributeAsync("datetime"))!) > before, "The time of the last update moves on");
        // The browser's own look for /favicon.ico is the one 404.
        Assert.Empty(ConsoleErrors.Where(e => !e.Contains("404 (Not Found)")));
        Assert.All(missing, url => Assert.EndsWith("/favicon.ico", url));
    }

    [Fact]
    public async Task The_screen_says_it_reconnects_after_a_drop_and_catches_up()
    {
        var (id, v) = await AssignedItem();
        await WaitForProjections();
        var dropped = false;
        var sockets = new List<IWebSocketRoute>();
        // The network between the screen and the server: a drop closes the live socket and refuses
        // every new attempt, WebSocket or HTTP, until it is back.
        await Page.RouteWebSocketAsync(new Regex("/hubs/dashboard"), async socket =>
        {
            if (dropped) { await socket.CloseAsync(); return; }
            socket.ConnectToServer();
            lock (sockets) sockets.Add(socket);
        });
        await Page.RouteAsync(new Regex("/hubs/dashboard|/api/dashboard"), route => dropped ? route.AbortAsync() : route.ContinueAsync());
        await Page.SetViewportSizeAsync(FullHd.Width, FullHd.Height);
        await Page.GotoAsync("/skarm");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("data-live", "connected");

        dropped = true;
        IWebSocketRoute[] open;
        lock (sockets) open = [.. sockets];
        foreach (var socket in open) await socket.CloseAsync();

        await Assertions.Expect(Page.Locator("#live-status")).ToHaveTextAsync("Återansluter…");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("data-live", "reconnecting");
        // Realised while the screen is away: it hears nothing of it then.
        v = await StepThroughApi("measures", id, "realise", new { amountTkr = 2500, year = 2025, recurring = true, expectedVersion = v });
        await WaitForProjections();
        await Assertions.Expect(Page.Locator("[data-screen=realised]")).ToHaveTextAsync("0,0 mnkr");

        dropped = false;
        // Back within the retry policy's longest wait (10 s), it reads the dashboard again.
        var back = new LocatorAssertionsToHaveAttributeOptions { Timeout = 25_000 };
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("data-live", "connected", back);
        await Assertions.Expect(Page.Locator("#live-status")).ToHaveTextAsync("");
        await Assertions.Expect(Page.Locator("[data-screen=realised]")).ToHaveTextAsync("2,5 mnkr");

        // And it is live again.
        await StepThroughApi("measures", id, "realise", new { amountTkr = 500, year = 2026, recurring = false, expectedVersion = v });
        await Assertions.Expect(Page.Locator("[data-screen=realised]")).ToHaveTextAsync("3,0 mnkr", new() { Timeout = 2000 });
    }

    [Fact]
    public async Task A_display_link_opens_the_screen_without_sign_in_and_nothing_else()
    {
        await AssignedItem();
        await WaitForProjections();
        var (token, _, url) = await DisplayLink();
        var screen = await FreshScreen();

        await screen.GotoAsync(url);
        Assert.EndsWith("/skarm", screen.Url);
        await Assertions.Expect(screen.Locator("html")).ToHaveAttributeAsync("data-live", "connected");
        await Assertions.Expect(screen.Locator("#screen-table-committee tr[data-committee=SN] td").Nth(1)).ToHaveTextAsync("5,0 mnkr");
        Assert.DoesNotContain(token, screen.Url);

        foreach (var page in new[] { "/atgarder", "/", "/rapportering", "/installningar/skarmar" })
        {
            var refused = await screen.GotoAsync(page);
            Assert.Equal((int)HttpStatusCode.Forbidden, refused!.Status);
        }
        var api = screen.Context.APIRequest;
        Assert.Equal((int)HttpStatusCode.OK, (await api.GetAsync("/api/dashboard")).Status);
        Assert.Equal((int)HttpStatusCode.Forbidden, (await api.GetAsync("/api/measures")).Status);
        Assert.Equal((int)HttpStatusCode.Forbidden, (await api.PostAsync("/api/measures", new()
        {
            DataObject = new { title = "Från skärmen", committee = "SN", source = "Skärm" },
        })).Status);
        await screen.Context.CloseAsync();
    }

    [Fact]
    public async Task A_revoked_link_stops_the_open_screen_and_opens_nothing()
    {
        var (_, id, url) = await DisplayLink();
        var screen = await FreshScreen();
        await screen.GotoAsync(url);
        await Assertions.Expect(screen.Locator("html")).ToHaveAttributeAsync("data-live", "connected");

        var revoked = await Fixture.Api.PostAsJsonAsync($"/api/display-links/{id}/revoke", new { expectedVersion = 1 });
        revoked.EnsureSuccessStatusCode();

        await Assertions.Expect(screen.Locator("#screen-revoked")).ToBeVisibleAsync(new() { Timeout = 5000 });
        await Assertions.Expect(screen.Locator("#live-status")).ToHaveTextAsync("Skärmlänken är återkallad.");
        await Assertions.Expect(screen.Locator("html")).ToHaveAttributeAsync("data-live", "revoked");

        var again = await screen.GotoAsync("/skarm");
        Assert.Equal((int)HttpStatusCode.Unauthorized, again!.Status);
        await Assertions.Expect(screen.Locator("#display-refused")).ToContainTextAsync("återkallad");
        var reopened = await screen.GotoAsync(url);
        Assert.Equal((int)HttpStatusCode.Unauthorized, reopened!.Status);
        await screen.Context.CloseAsync();
    }

    [Fact]
    public async Task Kommunledning_makes_and_revokes_a_display_link_on_the_settings_page()
    {
        await Page.GotoAsync("/installningar/skarmar");
        await Page.GetByLabel("Skärmens namn").FillAsync("Sammanträdesrummet plan 3");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skapa skärmlänk" }).ClickAsync();
        var link = Page.GetByLabel("Länk till skärmen");
        await Assertions.Expect(link).ToHaveValueAsync(new Regex(@"/skarm\?nyckel=[A-Za-z0-9_-]{43}$"));
        await AssertAccessible("Skärmar, ny länk");

        await Page.GotoAsync("/installningar/skarmar");
        var row = Page.Locator("#display-links tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("Sammanträdesrummet plan 3");
        await Assertions.Expect(row).ToContainTextAsync("Gäller");
        await Assertions.Expect(row).ToContainTextAsync("aldrig");
        await AssertAccessible("Skärmar");
        await row.GetByRole(AriaRole.Button, new() { Name = "Återkalla Sammanträdesrummet plan 3" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#display-links tbody tr").First).ToContainTextAsync("Återkallad");
        await Assertions.Expect(Page.Locator("#display-links button")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_overview_charts_start_at_zero_draw_the_ambition_and_match_their_tables()
    {
        var (id, v) = await AssignedItem();
        v = await StepThroughApi("measures", id, "realise", new { amountTkr = 1200, year = 2025, recurring = true, expectedVersion = v });
        await StepThroughApi("measures", id, "realise", new { amountTkr = 800, year = 2026, recurring = false, expectedVersion = v });
        await WaitForProjections();
        await Page.GotoAsync("/");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("data-live", "connected");

        var chart = await Page.EvaluateAsync<JsonElement>("""
            () => {
              const year = Chart.getChart(document.getElementById("chart-year"));
              const committee = Chart.getChart(document.getElementById("chart-committee"));
              return {
                yearMin: year.scales.y.min, committeeMin: committee.scales.y.min,
                labels: year.data.datasets.map((d) => d.label),
                realised: year.data.datasets[0].data.map((p) => [p.x, p.y]),
                ambition: year.data.datasets[2].data.map((p) => p.y),
              };
            }
            """);
        Assert.Equal(0, chart.GetProperty("yearMin").GetDouble());
        Assert.Equal(0, chart.GetProperty("committeeMin").GetDouble());
        Assert.Contains("Ambition 100 000 tkr", chart.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!.Replace('\u00a0', ' ')));
        Assert.All(chart.GetProperty("ambition").EnumerateArray(), y => Assert.Equal(100_000, y.GetDouble()));
        // The chart's points are the table's rows: budget year and cumulative tkr.
        var points = chart.GetProperty("realised").EnumerateArray().Select(p => (p[0].GetInt32(), p[1].GetDecimal())).ToList();
        Assert.Equal([(2025, 1200m), (2026, 2000m)], points);
        await Assertions.Expect(Page.Locator("#table-year tbody tr")).ToHaveTextAsync([new Regex(@"^20251\s200 tkr1\s200 tkr$"), new Regex(@"^2026800 tkr2\s000 tkr$")]);

        await Assertions.Expect(Page.Locator("[data-percent=realisedTkr]")).ToHaveTextAsync("2,0\u00a0%");
        await Assertions.Expect(Page.Locator("#progress-bar")).ToHaveAttributeAsync("aria-label", new Regex("^Realiserat 2,0 mnkr \\(2,0\u00a0%\\)"));
        await Assertions.Expect(Page.Locator(".progress-target")).ToHaveTextAsync("Ambition 100,0 mnkr");
        await AssertAccessible("Översikt med procent");
    }
}
