using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Handlingsplan.Tests.Infrastructure;
using JasperFx.CommandLine;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>
/// The screen across a restart of the app: an app of its own on a fixed port, a database and a data
/// folder of its own, stopped and started again while a display link's screen is open in Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SkarmRestartTests(BrowserFixture fixture) : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-restart-{Guid.NewGuid():N}");
    string _connectionString = "";
    int _port;
    WebApplicationFactory<Program>? _app;

    public async Task InitializeAsync()
    {
        _connectionString = await TestPostgres.CreateDatabaseAsync($"restart_{Guid.NewGuid():N}");
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        _port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    Uri Address => new($"http://127.0.0.1:{_port}/");

    void Start()
    {
        JasperFxEnvironment.AutoStartHost = true;
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Marten", _connectionString);
            builder.UseSetting("DataDirectory", _dataDirectory);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        _app.UseKestrel(options => options.Listen(IPAddress.Loopback, _port));
        _app.StartServer();
    }

    async Task Stop()
    {
        if (_app is not null) await _app.DisposeAsync();
        _app = null;
    }

    async Task<HttpClient> Management()
    {
        var client = new HttpClient { BaseAddress = Address };
        var password = File.ReadAllLines(Path.Combine(_dataDirectory, Handlingsplan.Access.Accounts.DemoFile))
            .Select(l => l.Split(' ')).Single(p => p[0] == "ledning")[1];
        var token = await client.PostAsJsonAsync("/api/auth/token", new { username = "ledning", password });
        token.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<Handlingsplan.Access.TokenResponse>())!.Token);
        return client;
    }

    static async Task<long> Step(HttpClient api, string url, object body)
    {
        var response = await api.PostAsJsonAsync(url, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
    }

    [Fact]
    public async Task The_screen_comes_back_by_itself_after_the_app_restarts_and_shows_what_happened_meanwhile()
    {
        Start();
        using var api = await Management();
        var proposed = await api.PostAsJsonAsync("/api/measures", new { title = "Samordnad schemaläggning", committee = "SN", estimatedSavingTkr = 5000, source = "Test" });
        proposed.EnsureSuccessStatusCode();
        var id = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var v = await Step(api, $"/api/measures/{id}/prioritise", new { decisionReference = "KS 2025-02-03 § 12", expectedVersion = 1 });
        v = await Step(api, $"/api/measures/{id}/assign", new { department = "Socialförvaltningen", expectedVersion = v });
        var link = await api.PostAsJsonAsync("/api/display-links", new { name = "Sammanträdesrummet" });
        link.EnsureSuccessStatusCode();
        var screenUrl = (await link.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("screenUrl").GetString()!;
        await _app!.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(), Locale = "sv-SE", ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
        });
        try
        {
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(15_000);
            await page.GotoAsync(screenUrl);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-live", "connected");
            await Assertions.Expect(page.Locator("[data-screen=realised]")).ToHaveTextAsync("0,0 mnkr");

            await Stop();
            await Assertions.Expect(page.Locator("#live-status")).ToHaveTextAsync("Återansluter…");

            Start();
            using var again = await Management();
            await Step(again, $"/api/measures/{id}/realise", new { amountTkr = 2500, year = 2025, recurring = true, expectedVersion = v });
            await _app!.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

            // Back within the retry policy's longest wait (10 s), with the display cookie, which outlives the app.
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-live", "connected", new() { Timeout = 25_000 });
            await Assertions.Expect(page.Locator("#live-status")).ToHaveTextAsync("");
            await Assertions.Expect(page.Locator("[data-screen=realised]")).ToHaveTextAsync("2,5 mnkr");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await Stop();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}
