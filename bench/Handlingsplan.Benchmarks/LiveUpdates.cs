// Live-update benchmark: how long from a command's answer until a SignalR client holds the new
// dashboard, and how a burst of commands is coalesced. Runs the app on 127.0.0.1 (Kestrel) with a
// private PostgreSQL in a temporary folder; all traffic stays on loopback and is bounded.
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- live [realisations=50] [burst=1000]
using Handlingsplan.Items.Proposing;
using System.Diagnostics;
using System.Text.Json;
using Handlingsplan.Items;
using Microsoft.AspNetCore.SignalR.Client;

namespace Handlingsplan.Benchmarks;

public static class LiveUpdates
{
    public static async Task RunAsync(string[] args)
    {
        var realisations = args.Length > 0 ? int.Parse(args[0]) : 50;
        var burst = args.Length > 1 ? int.Parse(args[1]) : 1000;

        await using var app = await BenchHost.StartAsync();
        var baseAddress = app.BaseAddress;

        var dashboards = System.Threading.Channels.Channel.CreateUnbounded<(decimal Realised, int Proposed, long At)>();
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/dashboard"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(app.Token))
            .Build();
        hub.On<JsonElement>("dashboardUpdated", d => dashboards.Writer.TryWrite((
            d.GetProperty("realisedTkr").GetDecimal(), d.GetProperty("byStatus").GetProperty("proposed").GetInt32(), Stopwatch.GetTimestamp())));
        await hub.StartAsync();

        Task<T> Post<T>(string url, object body) => app.Post<T>(url, body);

        var item = await Post<ItemCreated>("/api/measures", new { title = "Mätobjekt", committee = "KS", estimatedSavingTkr = 1_000_000 });
        var version = (await Post<ItemVersion>($"/api/measures/{item.Id}/prioritise", new { decisionReference = "KS 2025-01-01 § 1", expectedVersion = 1 })).Version;
        version = (await Post<ItemVersion>($"/api/measures/{item.Id}/assign", new { department = "KLK", expectedVersion = version })).Version;
        await Task.Delay(1000); // let the first pushes settle before measuring
        while (dashboards.Reader.TryRead(out _)) { }

        // 1. Latency: one realisation at a time, from the 200 answer to the dashboard that shows it.
        var latencies = new List<double>();
        var expected = 0m;
        for (var i = 0; i < realisations; i++)
        {
            expected += 1;
            var sent = Stopwatch.GetTimestamp();
            version = (await Post<ItemVersion>($"/api/measures/{item.Id}/realise", new { amountTkr = 1, year = 2025, recurring = true, expectedVersion = version })).Version;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (true)
            {
                var d = await dashboards.Reader.ReadAsync(timeout.Token);
                if (d.Realised >= expected) { latencies.Add(Stopwatch.GetElapsedTime(sent, d.At).TotalMilliseconds); break; }
            }
        }
        latencies.Sort();
        double Pct(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        Console.WriteLine($"command → dashboardUpdated, {realisations} realisations: p50 {Pct(0.5):F0} ms, p95 {Pct(0.95):F0} ms, max {latencies[^1]:F0} ms");

        // 2. Burst: N proposals, 20 at a time; count the dashboards a client receives until the last shows.
        while (dashboards.Reader.TryRead(out _)) { }
        var started = Stopwatch.GetTimestamp();
        for (var batch = 0; batch < burst / 20; batch++)
            await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Post<ItemCreated>("/api/measures", new { title = $"Burst {batch}-{i}", committee = "SN", estimatedSavingTkr = 1 })));
        var commandsDone = Stopwatch.GetElapsedTime(started);
        var received = 0;
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (true)
            {
                var d = await dashboards.Reader.ReadAsync(timeout.Token);
                received++;
                if (d.Proposed >= burst) break;
            }
        }
        Console.WriteLine($"burst of {burst} proposals in {commandsDone.TotalSeconds:F1} s: {received} dashboardUpdated messages, the last {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s after the first command");
        Console.WriteLine($"process: peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");

        await hub.DisposeAsync();
    }
}
