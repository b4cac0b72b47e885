// The app as a process of its own: how long a start takes, how much memory it holds idle and with
// many dashboards connected, and how fast a push reaches them, beside raw PostgreSQL in the same run.
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- start [starts=5] [environment=Development]
// Production needs the handlers generated first (README: `codegen write`), then a Release build.
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- dashboards [clients=2000] [pushes=20] [history=0] [environment=Development]
// With a history, that many events are seeded into the app's database first (as `scale` seeds them,
// through a store of the benchmark's own) and the app's daemon catches up on them before the clients connect.
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Handlingsplan.Items;
using Handlingsplan.Items.Proposing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Handlingsplan.Benchmarks;

public static class Footprint
{
    static AppProcess NewApp(string environment = "Development")
    {
        var (dll, contentRoot) = AppProcess.Locate();
        return new AppProcess(dll, contentRoot, Path.Combine(Path.GetTempPath(), $"handlingsplan-footprint-{Guid.NewGuid():N}")) { Environment = environment };
    }

    public static async Task StartAsync(string[] args)
    {
        var starts = args.Length > 0 ? int.Parse(args[0]) : 5;
        var environment = args.Length > 1 ? args[1] : "Development";
        await using var app = NewApp(environment);
        Console.WriteLine($"environment: {environment}");
        var first = Stopwatch.StartNew();
        app.Start();
        await app.WaitHealthyAsync(TimeSpan.FromMinutes(3));
        first.Stop();
        using (var http = new HttpClient { BaseAddress = app.BaseAddress })
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", await FaultSuite.SignInAsync(http, app.DataDirectory));
            await http.GetStringAsync("/api/dashboard");
        }
        await Task.Delay(TimeSpan.FromSeconds(15));
        var firstIdle = app.ResidentMiB();
        var baseline = await PgBench.InsertCommitsAsync(app.OwnerConnectionString.Replace("Pooling=False", "Pooling=True"));
        await app.StopAsync();

        var warm = new List<double>();
        var idle = new List<long>();
        for (var i = 0; i < starts; i++)
        {
            var t = Stopwatch.StartNew();
            app.Start();
            await app.WaitHealthyAsync(TimeSpan.FromMinutes(3));
            warm.Add(t.Elapsed.TotalSeconds);
            await Task.Delay(TimeSpan.FromSeconds(15));
            idle.Add(app.ResidentMiB());
            await app.StopAsync();
        }
        warm.Sort();
        idle.Sort();
        Console.WriteLine();
        Console.WriteLine("| what | figure | raw PostgreSQL, same run |");
        Console.WriteLine("| --- | --- | --- |");
        Console.WriteLine($"| first start (new cluster, schema, the plan imported) to /health 200 | {first.Elapsed.TotalSeconds:F1} s | {baseline} |");
        Console.WriteLine($"| warm start to /health 200, {starts} starts (the app's own PostgreSQL started in each) | median {warm[warm.Count / 2]:F1} s, range {warm[0]:F1}–{warm[^1]:F1} s | |");
        Console.WriteLine($"| resident memory 15 s after start, idle | after the first start {firstIdle} MiB; warm starts median {idle[idle.Count / 2]} MiB, range {idle[0]}–{idle[^1]} MiB | |");
    }

    public static async Task DashboardsAsync(string[] args)
    {
        var clients = args.Length > 0 ? int.Parse(args[0]) : 2000;
        var pushes = args.Length > 1 ? int.Parse(args[1]) : 20;
        var history = args.Length > 2 ? long.Parse(args[2]) : 0;
        var environment = args.Length > 3 ? args[3] : "Development";
        await using var app = NewApp(environment);
        Console.WriteLine($"environment: {environment}");
        app.Start();
        await app.WaitHealthyAsync(TimeSpan.FromMinutes(3));
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var token = await FaultSuite.SignInAsync(http, app.DataDirectory);
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var baseline = await PgBench.InsertCommitsAsync(app.OwnerConnectionString.Replace("Pooling=False", "Pooling=True"));
        var caughtUp = "";
        if (history > 0)
        {
            var started = Stopwatch.StartNew();
            await SeedIntoAsync(app.OwnerConnectionString.Replace("Pooling=False", "Pooling=True"), history);
            // The app's daemon has caught up when the sealer, the slower of its two, reports nothing pending.
            while (JsonDocument.Parse(await http.GetStringAsync("/api/audit/verify")).RootElement.GetProperty("pendingCount").GetInt64() > 0)
                await Task.Delay(1000);
            caughtUp = $"; {history:N0} events seeded and caught up on in {started.Elapsed.TotalSeconds:F0} s";
        }
        var idle = app.ResidentMiB();

        // Clients hold the realised total of each push they receive, with the time it arrived.
        var received = new List<(decimal Realised, long At)>[clients];
        var connections = new List<HubConnection>();
        var connecting = Stopwatch.StartNew();
        for (var i = 0; i < clients; i++)
        {
            var mine = received[i] = [];
            var hub = new HubConnectionBuilder()
                .WithUrl(new Uri(app.BaseAddress, "/hubs/dashboard"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
                .Build();
            hub.On<JsonElement>("dashboardUpdated", d => { lock (mine) mine.Add((d.GetProperty("realisedTkr").GetDecimal(), Stopwatch.GetTimestamp())); });
            await hub.StartAsync();
            connections.Add(hub);
        }
        connecting.Stop();
        await Task.Delay(TimeSpan.FromSeconds(5));
        var connected = app.ResidentMiB();

        var created = await (await http.PostAsJsonAsync("/api/measures", new { title = "Mätobjekt", committee = "KS", estimatedSavingTkr = 1_000_000 })).Content.ReadFromJsonAsync<ItemCreated>();
        var version = (await (await http.PostAsJsonAsync($"/api/measures/{created!.Id}/prioritise", new { decisionReference = "KS 2025-01-01 § 1", expectedVersion = created.Version })).Content.ReadFromJsonAsync<ItemVersion>())!.Version;
        version = (await (await http.PostAsJsonAsync($"/api/measures/{created.Id}/assign", new { department = "Kommunledningskontoret", expectedVersion = version })).Content.ReadFromJsonAsync<ItemVersion>())!.Version;
        await Task.Delay(1000);

        var lags = new List<double>();
        var realised = JsonDocument.Parse(await http.GetStringAsync("/api/dashboard")).RootElement.GetProperty("realisedTkr").GetDecimal();
        for (var p = 0; p < pushes; p++)
        {
            var response = await http.PostAsJsonAsync($"/api/measures/{created.Id}/realise", new { amountTkr = 1, year = 2026, recurring = false, expectedVersion = version });
            var answered = Stopwatch.GetTimestamp();
            version = (await response.Content.ReadFromJsonAsync<ItemVersion>())!.Version;
            realised += 1;
            var deadline = Stopwatch.StartNew();
            // Each client's first push showing the new total.
            foreach (var mine in received)
            {
                while (true)
                {
                    (decimal Realised, long At) hit;
                    lock (mine) hit = mine.FirstOrDefault(r => r.Realised >= realised);
                    if (hit.At != 0) { lags.Add(Stopwatch.GetElapsedTime(answered, hit.At).TotalMilliseconds); break; }
                    if (deadline.Elapsed > TimeSpan.FromSeconds(30)) break;
                    await Task.Delay(5);
                }
            }
            await Task.Delay(250);
        }
        var busy = app.ResidentMiB();
        foreach (var hub in connections) await hub.DisposeAsync();

        lags.Sort();
        double P(double q) => lags[Math.Min(lags.Count - 1, (int)Math.Ceiling(q * lags.Count) - 1)];
        Console.WriteLine();
        Console.WriteLine("| what | figure | raw PostgreSQL, same run |");
        Console.WriteLine("| --- | --- | --- |");
        Console.WriteLine($"| {clients} dashboards connected | in {connecting.Elapsed.TotalSeconds:F1} s | {baseline} |");
        Console.WriteLine($"| a realisation answered → each dashboard holds it ({pushes} pushes × {clients} clients) | p50 {P(0.5):F0} ms, p99 {P(0.99):F0} ms, max {lags[^1]:F0} ms ({lags.Count} of {pushes * clients} received) | |");
        Console.WriteLine($"| app's resident memory: idle{(history > 0 ? " after the catch-up" : "")} / {clients} connected / after the pushes | {idle} / {connected} / {busy} MiB{caughtUp} | |");
    }

    /// <summary>Seeds a history into the app's database with a store of the benchmark's own, configured as the app stores items.</summary>
    static async Task SeedIntoAsync(string connectionString, long events)
    {
        var options = new Marten.StoreOptions();
        options.Connection(connectionString);
        Handlingsplan.Infrastructure.EventStoreConfiguration.StoreEventsAsTheAppDoes(options);
        options.AutoCreateSchemaObjects = JasperFx.AutoCreate.None;
        Handlingsplan.Items.Configuration.AddItems(options);
        await using var store = new Marten.DocumentStore(options);
        await Scale.Seed(store, events, Scale.HistoryStart, TimeSpan.FromSeconds(95));
    }
}
