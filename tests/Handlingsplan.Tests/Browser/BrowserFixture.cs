using System.Net;
using System.Net.Http.Json;
using Handlingsplan.Tests.Infrastructure;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>
/// The app served by Kestrel on 127.0.0.1 (its own database), and the machine's Chromium driven by
/// Playwright. No browser is downloaded: the suite needs Debian's chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    WebApplicationFactory<Program>? _factory;
    IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"handlingsplan-browser-{Guid.NewGuid():N}");

    /// <summary>The generated demo passwords, as the app wrote them to its data folder.</summary>
    public IReadOnlyDictionary<string, string> DemoPasswords()
    {
        _factory!.Services.GetRequiredService<Handlingsplan.Access.Accounts>();
        return File.ReadAllLines(Path.Combine(DataDirectory, Handlingsplan.Access.Accounts.DemoFile))
            .Where(l => l.Length > 0).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => p[1]);
    }
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Api { get; private set; } = null!;
    public IDocumentStore Store => _factory!.Services.GetRequiredService<IDocumentStore>();
    /// <summary>The app's SMTP server: maildev on 127.0.0.1.</summary>
    public MailServer Mail { get; private set; } = null!;
    public IServiceProvider Services => _factory!.Services;

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Handlingsplan.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
        }
    }

    /// <summary>Screenshots are kept as test artifacts in artifacts/screenshots.</summary>
    public static string ArtifactsDirectory => Directory.CreateDirectory(Path.Combine(RepositoryRoot, "artifacts", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Browser tests need Chromium at {ChromiumPath}: apt-get install chromium");

        var connectionString = await TestPostgres.CreateDatabaseAsync("browser_tests");
        Mail = await MailServer.StartAsync();
        JasperFxEnvironment.AutoStartHost = true;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Marten", connectionString);
            builder.UseSetting("DataDirectory", DataDirectory);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            // Every browser test signs in from 127.0.0.1, faster than people would.
            builder.UseSetting("Access:SignInAttemptsPerMinute", "1000");
            foreach (var (key, value) in Mail.AppSettings) builder.UseSetting(key, value);
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Api = new HttpClient { BaseAddress = BaseAddress };
        var token = await Api.PostAsJsonAsync("/api/auth/token", new { username = "ledning", password = DemoPasswords()["ledning"] });
        token.EnsureSuccessStatusCode();
        Api.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<Handlingsplan.Access.TokenResponse>())!.Token);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Api?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        if (Mail is not null) await Mail.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
