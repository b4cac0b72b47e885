using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Handlingsplan.Access;
using Handlingsplan.LocalPostgres;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Handlingsplan.Benchmarks;

/// <summary>
/// The app on 127.0.0.1 (Kestrel) with a private PostgreSQL and data folder in a temporary folder,
/// and an HTTP client signed in as kommunledning. Everything is removed on dispose.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), $"handlingsplan-bench-{Guid.NewGuid():N}");
    EmbeddedPostgres _postgres = null!;
    WebApplicationFactory<global::Program> _factory = null!;

    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public string Token { get; private set; } = "";
    public IServiceProvider Services => _factory.Services;
    /// <summary>The private server as its owner.</summary>
    public string ConnectionString => _postgres.ConnectionString;

    public static async Task<BenchHost> StartAsync()
    {
        var host = new BenchHost();
        await host.InitAsync();
        return host;
    }

    async Task InitAsync()
    {
        // pg_stat_statements, so that a run can say where the database's time goes.
        _postgres = await EmbeddedPostgres.StartAsync(Path.Combine(_folder, "postgres"),
            settings: ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all"]);
        JasperFxEnvironment.AutoStartHost = true;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Handlingsplan.sln"))) root = root.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HANDLINGSPLAN", Path.Combine(root!.FullName, "src", "Handlingsplan"));
        _factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(b =>
        {
            // BENCH_CONNECTION: Npgsql settings for the app's connections, to compare them (e.g. "Max Auto Prepare=0").
            b.UseSetting("ConnectionStrings:Marten", _postgres.ConnectionString + (Environment.GetEnvironmentVariable("BENCH_CONNECTION") is { } extra ? ";" + extra : ""));
            b.UseSetting("DataDirectory", _folder);
            b.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        _factory.Services.GetRequiredService<Accounts>();
        var password = File.ReadLines(Path.Combine(_folder, Accounts.DemoFile)).Select(l => l.Split(' ')).First(p => p[0] == "ledning")[1];
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var response = await Http.PostAsJsonAsync("/api/auth/token", new { username = "ledning", password });
        response.EnsureSuccessStatusCode();
        Token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.Token;
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    /// <summary>A client signed in as another demo account.</summary>
    public async Task<HttpClient> ClientFor(string username)
    {
        var password = File.ReadLines(Path.Combine(_folder, Accounts.DemoFile)).Select(l => l.Split(' ')).First(p => p[0] == username)[1];
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.Content.ReadFromJsonAsync<TokenResponse>())!.Token);
        return client;
    }

    public async Task<T> Post<T>(string url, object body)
    {
        var response = await Http.PostAsJsonAsync(url, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
        await _postgres.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}
