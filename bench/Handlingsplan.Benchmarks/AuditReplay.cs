using Handlingsplan.Items.Proposing;
// Audit benchmark: how fast the hash chain seals a burst, and what verifying, replaying "as of" and
// exporting cost as the history grows. The app runs on 127.0.0.1 with a private PostgreSQL; all
// traffic stays on loopback and is bounded by the item count.
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- audit [items=2000]
using System.Diagnostics;
using System.Text.Json;
using Handlingsplan.Audit;
using Handlingsplan.Items;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Handlingsplan.Benchmarks;

public static class AuditReplay
{
    public static async Task RunAsync(string[] args)
    {
        var items = args.Length > 0 ? int.Parse(args[0]) : 2000;
        await using var app = await BenchHost.StartAsync();
        var store = app.Services.GetRequiredService<IDocumentStore>();

        // Each item: proposed, prioritised, assigned and realised once: four events, 20 items at a time.
        var started = Stopwatch.GetTimestamp();
        for (var batch = 0; batch < items / 20; batch++)
        {
            await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
            {
                var item = await app.Post<ItemCreated>("/api/measures", new { title = $"Åtgärd {batch}-{i}", committee = "SN", estimatedSavingTkr = 100 });
                var v = (await app.Post<ItemVersion>($"/api/measures/{item.Id}/prioritise", new { decisionReference = "KS 2025-01-01 § 1", expectedVersion = item.Version })).Version;
                v = (await app.Post<ItemVersion>($"/api/measures/{item.Id}/assign", new { department = "Socialförvaltningen", expectedVersion = v })).Version;
                await app.Post<ItemVersion>($"/api/measures/{item.Id}/realise", new { amountTkr = 10, year = 2025, recurring = true, expectedVersion = v });
            }));
        }
        var written = Stopwatch.GetElapsedTime(started);
        long lastSequence;
        await using (var session = store.QuerySession())
            lastSequence = await session.Events.QueryAllRawEvents().MaxAsync(e => e.Sequence);
        Console.WriteLine($"wrote {items * 4} events through the API in {written.TotalSeconds:F1} s (last sequence {lastSequence})");

        // Sealing trails the commands: how long after the last command is the chain complete?
        while (true)
        {
            var progress = await store.Advanced.AllProjectionProgress();
            if (progress.Where(p => p.ShardName.StartsWith(AuditChainSealer.SubscriptionName, StringComparison.Ordinal)).Select(p => p.Sequence).DefaultIfEmpty(0).Max() >= lastSequence) break;
            await Task.Delay(20);
        }
        Console.WriteLine($"chain sealed up to {lastSequence}, {(Stopwatch.GetElapsedTime(started) - written).TotalMilliseconds:F0} ms after the last command's answer");

        async Task<(double Ms, long Bytes, string Body)> Time(string url)
        {
            var samples = new List<(double, long, string)>();
            for (var i = 0; i < 3; i++)
            {
                var t = Stopwatch.GetTimestamp();
                var response = await app.Http.GetAsync(url);
                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadAsStringAsync();
                samples.Add((Stopwatch.GetElapsedTime(t).TotalMilliseconds, response.Content.Headers.ContentLength ?? body.Length, body));
            }
            return samples.OrderBy(s => s.Item1).ElementAt(1);
        }

        var verify = await Time("/api/audit/verify");
        var report = JsonDocument.Parse(verify.Body).RootElement;
        Console.WriteLine($"GET /api/audit/verify: median {verify.Ms:F0} ms for {report.GetProperty("sealedCount").GetInt64()} events (intact: {report.GetProperty("intact").GetBoolean()})");
        var live = await Time("/api/dashboard");
        var now = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddSeconds(1).ToString("O"));
        var asOf = await Time($"/api/dashboard?asOf={now}");
        Console.WriteLine($"GET /api/dashboard: median {live.Ms:F0} ms live, {asOf.Ms:F0} ms replayed as of now; equal: {live.Body == asOf.Body}");
        var list = await Time($"/api/measures?asOf={now}");
        Console.WriteLine($"GET /api/measures?asOf=now: median {list.Ms:F0} ms, {list.Bytes / 1024} KiB");
        var export = await Time("/api/audit/export");
        Console.WriteLine($"GET /api/audit/export: median {export.Ms:F0} ms, {export.Body.Count(c => c == '\n')} lines, {export.Body.Length / 1024} KiB");
        var csv = await Time("/api/decisions?format=csv");
        Console.WriteLine($"GET /api/decisions?format=csv: median {csv.Ms:F0} ms, {csv.Body.Count(c => c == '\n') - 1} decisions");
        Console.WriteLine($"process: peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
    }
}
