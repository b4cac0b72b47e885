using Handlingsplan.Items.Proposing;
using System.Net.Http.Json;
using System.Text.Json;
using Handlingsplan.Items;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;
using Marten;
using Marten.Events;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>Base of the browser tests: the shipped plan in a fresh store, a fresh page, a screenshot at the end.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserContext(BrowserFixture fixture) : IAsyncLifetime
{
    protected BrowserFixture Fixture => fixture;
    protected IPage Page { get; private set; } = null!;
    IBrowserContext? _context;
    protected readonly List<string> ConsoleErrors = [];

    public async Task InitializeAsync()
    {
        await fixture.Services.ResetAllDataAsync();
        await PlanImport.RunAsync(fixture.Store);
        _context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            Locale = "sv-SE",
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        Page = await _context.NewPageAsync();
        Page.SetDefaultTimeout(15_000);
        Page.Console += (_, message) => { if (message.Type == "error") ConsoleErrors.Add(message.Text); };
        await SignIn("ledning");
    }

    protected async Task SignIn(string username)
    {
        await Page.GotoAsync("/logga-in");
        await Page.GetByLabel("Användarnamn").FillAsync(username);
        await Page.GetByLabel("Lösenord").FillAsync(fixture.DemoPasswords()[username]);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#signed-in-as")).ToContainTextAsync(username);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
    }

    protected Task Screenshot(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name + ".png"), FullPage = true });

    protected Task WaitForProjections() => fixture.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

    protected async Task<ItemCreated> ProposeThroughApi(string kind = "measures", string title = "Teståtgärd", decimal? estimate = 1000)
    {
        var response = await fixture.Api.PostAsJsonAsync($"/api/{kind}", new { title, committee = "SN", estimatedSavingTkr = estimate, source = "Test" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ItemCreated>())!;
    }

    protected async Task<long> StepThroughApi(string kind, Guid id, string step, object body)
    {
        var response = await fixture.Api.PostAsJsonAsync($"/api/{kind}/{id}/{step}", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ItemVersion>())!.Version;
    }

    /// <summary>Runs axe-core in the page; fails on any serious or critical violation of WCAG 2.1 A/AA.</summary>
    protected async Task AssertAccessible(string pageName)
    {
        var axe = Path.Combine(BrowserFixture.RepositoryRoot, "src", "Handlingsplan", "node_modules", "axe-core", "axe.min.js");
        // Served as if from the app's own origin, so the page's Content-Security-Policy stays on.
        await Page.RouteAsync("**/__test/axe.min.js", route => route.FulfillAsync(new RouteFulfillOptions { Path = axe, ContentType = "text/javascript" }));
        await Page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = "/__test/axe.min.js" });
        var result = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }));
            }
            """);
        Assert.True(result.GetArrayLength() == 0, $"Accessibility violations on {pageName}: {result}");
    }
}
