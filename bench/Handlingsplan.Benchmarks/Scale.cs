// A large history: seed it, then measure the dashboard's catch-up and rebuild, its reads live and as of
// any instant, verify, and the memory it took, beside raw PostgreSQL's insert commits in the same run.
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- scale [events=1000000]
using System.Diagnostics;
using System.Text.Json;
using Handlingsplan.Dashboard;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Handlingsplan.Items.Correcting;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Handlingsplan.Benchmarks;

public static class Scale
{
    /// <summary>
    /// The seeded history starts after the plan the app loads at its first start, as a real history
    /// would follow it, and runs on for years: every event is stamped one step after the one before.
    /// </summary>
    public static readonly DateTimeOffset HistoryStart = DateTimeOffset.UtcNow.AddMinutes(1);

    public static async Task RunAsync(string[] args)
    {
        var target = args.Length > 0 ? long.Parse(args[0]) : 1_000_000;
        await using var app = await BenchHost.StartAsync();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var rows = new List<(string What, string Figure, string Baseline)>();

        var baseline = await PgBench.InsertCommitsAsync(app.ConnectionString);
        Console.WriteLine($"raw PostgreSQL: {baseline}");

        // 1. Seed, while the daemon follows: its progress, sampled each second, gives the catch-up rate.
        var samples = new List<(double Seconds, long Dashboard)>();
        var clock = Stopwatch.StartNew();
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                samples.Add((clock.Elapsed.TotalSeconds, await DashboardProgress(store)));
                try { await Task.Delay(1000, sampling.Token); } catch (OperationCanceledException) { }
            }
        });
        var seeded = await Seed(store, target, HistoryStart, TimeSpan.FromSeconds(95));
        DateTimeOffset last() => HistoryStart + TimeSpan.FromSeconds(95) * seeded.Events;
        var seedSeconds = clock.Elapsed.TotalSeconds;
        var total = await EventCount(store);
        Console.WriteLine($"seeded {seeded.Events} events ({seeded.Items} items) in {seedSeconds:F0} s: {seeded.Events / seedSeconds:F0} events/s appended; {total} events in all");
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(60));
        var caughtUp = clock.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        // The rate while the daemon was behind the appends: from the first sample to the moment it caught up.
        var behind = samples.Where(s => s.Dashboard > 0).ToList();
        var catchUpRate = behind.Count > 1 ? (total - behind[0].Dashboard) / (caughtUp - behind[0].Seconds) : double.NaN;
        rows.Add(("history seeded (events, items)", $"{total:N0} events, {seeded.Items:N0} items", ""));
        rows.Add(("append rate while seeding (batches of 400 items, inline item documents)", $"{seeded.Events / seedSeconds:N0} events/s", $"{baseline.CommitsPerSecond:N0} single-row commits/s"));
        rows.Add(("dashboard following the appends", $"{catchUpRate:N0} events/s; caught up {caughtUp - seedSeconds:F1} s after the last append", ""));

        // 2. Rebuild from the first event: it must give the dashboard it had.
        var coordinator = app.Services.GetRequiredService<IProjectionCoordinator>();
        var daemon = coordinator.DaemonForMainDatabase();
        var beforeRebuild = await app.Http.GetStringAsync("/api/dashboard");
        var rebuild = Stopwatch.StartNew();
        await daemon.RebuildProjectionAsync(DashboardProjection.ProjectionName, TimeSpan.FromMinutes(60), CancellationToken.None);
        rebuild.Stop();
        var shard = daemon.CurrentAgents().Single(a => a.Name.Name == DashboardProjection.ProjectionName).Name.Identity;
        await daemon.StartAgentAsync(shard, CancellationToken.None);
        var rebuiltSame = await app.Http.GetStringAsync("/api/dashboard") == beforeRebuild;
        rows.Add(("dashboard rebuild from the first event", $"{total / rebuild.Elapsed.TotalSeconds:N0} events/s ({rebuild.Elapsed.TotalSeconds:F1} s); {(rebuiltSame ? "the same dashboard as before" : "a DIFFERENT dashboard")}", ""));
        Console.WriteLine($"rebuild: {rebuild.Elapsed.TotalSeconds:F1} s");

        // 2b. Catch-up: the daemon paused while a tenth more history is appended, then resumed.
        await coordinator.PauseAsync();
        var pausedAt = await DashboardProgress(store);
        var more = await Seed(store, target / 10, last(), TimeSpan.FromSeconds(95));
        long highest;
        await using (var session = store.QuerySession())
            highest = await session.Events.QueryAllRawEvents().MaxAsync(e => e.Sequence);
        var movedWhilePaused = await DashboardProgress(store) - pausedAt;
        var catchUp = Stopwatch.StartNew();
        await coordinator.ResumeAsync();
        while (await DashboardProgress(store) < highest) await Task.Delay(20);
        catchUp.Stop();
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(60));
        seeded = (seeded.Events + more.Events, seeded.Items + more.Items);
        total = await EventCount(store);
        rows.Add(("dashboard catch-up after the daemon was paused for a tenth more history", $"{more.Events / catchUp.Elapsed.TotalSeconds:N0} events/s ({more.Events:N0} events in {catchUp.Elapsed.TotalSeconds:F1} s{(movedWhilePaused > 0 ? $"; it had moved {movedWhilePaused:N0} while paused" : "")})", ""));

        // 3. The live dashboard, read 300 times one after another.
        var live = await Latencies(300, () => app.Http.GetStringAsync("/api/dashboard"));
        rows.Add(("GET /api/dashboard (300 reads, one at a time)", Describe(live), $"{baseline.LatencyMs:F2} ms a raw insert commit"));

        // 4. As of instants spread over the history; two of them checked against a full replay.
        var end = last();
        var random = new Random(7);
        var instants = Enumerable.Range(0, 30).Select(_ => HistoryStart + (end - HistoryStart) * random.NextDouble()).ToList();
        var asOf = new List<double>();
        foreach (var at in instants)
        {
            var t = Stopwatch.GetTimestamp();
            await app.Http.GetStringAsync($"/api/dashboard?asOf={Uri.EscapeDataString(at.ToString("O"))}");
            asOf.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        rows.Add(("GET /api/dashboard?asOf= at 30 instants across the history", Describe(asOf), ""));
        var equal = 0;
        foreach (var at in new[] { HistoryStart + (end - HistoryStart) * 0.1, HistoryStart + (end - HistoryStart) * 0.37 })
        {
            await using var session = store.QuerySession();
            var full = Stopwatch.StartNew();
            var replayed = DashboardCalculator.Summarise(DashboardView.Of((await EventHistory.UpTo(session, at, CancellationToken.None)).Select(e => (e.StreamId, e.Data))));
            full.Stop();
            var snapshots = await DashboardQueries.AsOf(at, session, CancellationToken.None);
            var same = JsonSerializer.Serialize(replayed) == JsonSerializer.Serialize(snapshots);
            equal += same ? 1 : 0;
            rows.Add(($"as of {at:yyyy-MM-dd HH:mm}: full replay from the first event", $"{full.Elapsed.TotalMilliseconds:N0} ms; {(same ? "equal to" : "DIFFERS from")} the snapshot answer", ""));
        }

        // 5. Verify the whole chain, once the sealer has caught up.
        var verify = Stopwatch.StartNew();
        var report = JsonDocument.Parse(await app.Http.GetStringAsync("/api/audit/verify")).RootElement;
        verify.Stop();
        rows.Add(("GET /api/audit/verify", $"{verify.Elapsed.TotalSeconds:F1} s, intact {report.GetProperty("intact").GetBoolean()}, {report.GetProperty("sealedCount").GetInt64():N0} sealed", ""));

        // 6. Lists stay pages.
        var list = await app.Http.GetAsync("/api/measures?pageSize=500&page=3");
        var listBody = await list.Content.ReadAsStringAsync();
        rows.Add(("GET /api/measures?pageSize=500&page=3", $"{JsonDocument.Parse(listBody).RootElement.GetArrayLength()} rows of {list.Headers.GetValues("X-Total-Count").Single()}, {listBody.Length / 1024} KiB", ""));

        GC.Collect();
        GC.WaitForPendingFinalizers();
        rows.Add(("working set of the benchmark process (app and seeder) after all of the above", $"{Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024} MiB", ""));

        Console.WriteLine();
        Console.WriteLine("| what | figure | raw PostgreSQL, same run |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var (what, figure, b) in rows) Console.WriteLine($"| {what} | {figure} | {b} |");
        if (equal < 2 || !rebuiltSame || !report.GetProperty("intact").GetBoolean()) Environment.ExitCode = 1;
    }

    static string Describe(List<double> ms)
    {
        ms.Sort();
        double P(double q) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(q * ms.Count) - 1)];
        return $"p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms, max {ms[^1]:F1} ms";
    }

    static async Task<List<double>> Latencies(int count, Func<Task> call)
    {
        await call();
        var result = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            await call();
            result.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        return result;
    }

    static async Task<long> DashboardProgress(IDocumentStore store) =>
        (await store.Advanced.AllProjectionProgress()).Where(p => p.ShardName.StartsWith(DashboardProjection.ProjectionName, StringComparison.Ordinal))
            .Select(p => p.Sequence).DefaultIfEmpty(0).Max();

    static async Task<long> EventCount(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }

    static readonly string[] CommitteeCodes = ["KS", "VON", "SN", "KUN", "BUN", "BMN", "TN", "ÖFN"];
    static readonly string[] Departments = ["Socialförvaltningen", "Vård- och omsorgsförvaltningen", "Kommunledningskontoret", "Samhällsbyggnadsförvaltningen"];
    static readonly string?[] Categories = ["operationalChange", "changedResponsibility", null];
    static readonly string?[] Horizons = ["shortTerm", "longTerm", "departmentInvestigation", null];

    /// <summary>
    /// Appends items through their lifecycle, straight into the store, with timestamps one
    /// <paramref name="step"/> apart from <paramref name="start"/> (a history of years, not of the
    /// minutes the seeding takes). Seeded from a fixed random source: every run seeds the same history.
    /// About six events an item; every 500th item is an investigation paired with a measure as the same work.
    /// </summary>
    public static async Task<(long Events, long Items)> Seed(IDocumentStore store, long target, DateTimeOffset start, TimeSpan step)
    {
        var random = new Random(42);
        long events = 0, items = 0;
        var at = start;
        while (events < target)
        {
            await using var session = store.LightweightSession();
            for (var n = 0; n < 400 && events < target; n++)
            {
                var history = Item(random, items).ToList();
                if (items % 500 == 499) history.AddRange(Pair(random));
                foreach (var (id, data) in history)
                {
                    var action = data is ItemProposed ? session.Events.StartStream<Item>(id, data) : session.Events.Append(id, data);
                    at += step;
                    action.Events[^1].Timestamp = at;
                    events++;
                }
                items++;
            }
            await session.SaveChangesAsync();
        }
        return (events, items);
    }

    static IEnumerable<(Guid, object)> Item(Random random, long number) => Item(random, number, CommitteeCodes, Departments);

    /// <summary>One item's history, in a municipality with these nämnder and förvaltningar.</summary>
    internal static IEnumerable<(Guid, object)> Item(Random random, long number, IReadOnlyList<string> committees, IReadOnlyList<string> departments)
    {
        var id = Guid.NewGuid();
        var committee = committees[random.Next(committees.Count)];
        decimal? estimate = random.Next(10) < 3 ? null : random.Next(10, 5000);
        var kind = random.Next(10);
        yield return (id, kind < 8
            ? new MeasureProposed { Title = $"Åtgärd {number}", Committee = committee, Category = Categories[random.Next(3)], Horizon = Horizons[random.Next(4)], EstimatedSavingTkr = estimate }
            : kind == 8
                ? new ShiftProposed { Title = $"Förflyttning {number}", Committee = committee, EstimatedSavingTkr = estimate }
                : new InvestigationProposed { Title = $"Utredning {number}", Committee = committee, EstimatedSavingTkr = estimate });
        if (random.Next(100) < 15)
        {
            yield return (id, new ItemDeclined("KS 2025-02-03 § 10", "Bedöms inte som prioriterat", new DateOnly(2025, 2, 3)));
            yield break;
        }
        yield return (id, new ItemPrioritised("KS 2025-02-03 § 11", null, new DateOnly(2025, 2, 3)));
        yield return (id, new ItemAssigned(departments[random.Next(departments.Count)], "Förvaltningschef", new DateOnly(2027, 12, 31)));
        var realised = 0;
        for (var r = random.Next(4); r > 0; r--, realised++)
            yield return (id, new SavingRealised(random.Next(1, 5000) / 10m, 2024 + random.Next(4), random.Next(2) == 0, null, DateTimeOffset.UnixEpoch));
        for (var f = random.Next(3); f > 0; f--) yield return (id, new FollowUpRecorded("Enligt plan", DateTimeOffset.UnixEpoch));
        if (realised > 0 && random.Next(100) < 8)
            yield return (id, new RealisationCorrected(1, random.Next(1, 5000) / 10m, 2025, true, "Fel belopp", DateTimeOffset.UnixEpoch));
        if (random.Next(100) < 10) yield return (id, new EstimateRevised(random.Next(10, 5000), "Ny bedömning"));
        var end = random.Next(100);
        if (end < 20) yield return (id, new ItemCompleted("Genomförd"));
        else if (end < 25) yield return (id, new ItemCancelled("Avbruten"));
    }

    /// <summary>An investigation and a measure that are the same work, linked both ways.</summary>
    static IEnumerable<(Guid, object)> Pair(Random random)
    {
        var investigation = Guid.NewGuid();
        var measure = Guid.NewGuid();
        yield return (investigation, new InvestigationProposed { Title = "Gemensam utredning", Committee = "KS", EstimatedSavingTkr = random.Next(100, 900) });
        yield return (measure, new MeasureProposed { Title = "Samma arbete", Committee = "KS" });
        yield return (measure, new SameWorkLinked(new ItemLink(ItemKind.Investigation, investigation, "Gemensam utredning"), "Samma arbete"));
        yield return (investigation, new SameWorkLinked(new ItemLink(ItemKind.Measure, measure, "Samma arbete"), "Samma arbete"));
        yield return (investigation, new ItemPrioritised("KS 2025-02-03 § 12", null, new DateOnly(2025, 2, 3)));
        yield return (measure, new SavingRealised(random.Next(1, 900) / 10m, 2026, true, null, DateTimeOffset.UnixEpoch));
    }
}
