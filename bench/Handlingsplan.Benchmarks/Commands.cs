// The command path under load, beside raw PostgreSQL's single-row insert commits in the same run:
// realisations on distinct items from a closed loop of clients, then an open loop at half that rate
// (latency), then pushes at 100 commands a second (command answered → dashboardUpdated that shows it).
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- commands [clients=8] [seconds=20] [history=0]
// With a history (events), that many are seeded first (as `scale` seeds them) and caught up on.
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Handlingsplan.Items;
using Handlingsplan.Items.Proposing;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Handlingsplan.Benchmarks;

public static class Commands
{
    public static async Task RunAsync(string[] args)
    {
        var clients = args.Length > 0 ? int.Parse(args[0]) : 8;
        var seconds = args.Length > 1 ? int.Parse(args[1]) : 20;
        var history = args.Length > 2 ? long.Parse(args[2]) : 0;
        await using var app = await BenchHost.StartAsync();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        if (history > 0)
        {
            var seeded = await Scale.Seed(store, history, Scale.HistoryStart, TimeSpan.FromSeconds(95));
            await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(60));
            Console.WriteLine($"seeded {seeded.Events} events, caught up");
        }

        // Items to realise on, 50 a client: each takes a few dozen realisations in a run, as a busy
        // item might over the years, so that no item's document grows beyond what real items hold.
        var items = new System.Collections.Concurrent.ConcurrentQueue<(Guid Id, long Version)>(await AssignedMeasures(app, clients * 50));
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(5));

        var baseline = await PgBench.InsertCommitsAsync(app.ConnectionString, clients, 10);
        Console.WriteLine($"raw PostgreSQL: {baseline}");

        // 0. What one realisation costs the database: statements the app sends (Npgsql's own activity
        // source, one activity a round trip) and commits (pg_stat_database), the daemon's and sealer's included.
        {
            long statements = 0;
            using var listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = _ => Interlocked.Increment(ref statements),
            };
            ActivitySource.AddActivityListener(listener);
            var commitsBefore = await Commits(app.ConnectionString);
            Interlocked.Exchange(ref statements, 0);
            const int probes = 200;
            using var http = Client(app);
            for (var i = 0; i < probes; i++)
            {
                items.TryDequeue(out var item);
                var (ok, version) = await Realise(http, item);
                if (!ok) throw new InvalidOperationException("a realisation was refused");
                items.Enqueue((item.Id, version));
            }
            await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(5));
            await Task.Delay(1000);
            var sent = Interlocked.Read(ref statements);
            var commits = await Commits(app.ConnectionString) - commitsBefore;
            Console.WriteLine($"one realisation, {probes} one at a time: {(double)sent / probes:F1} statements sent by the app and {(double)commits / probes:F1} commits in the database, the daemon's, the sealer's and the pushes' included");
        }

        // 1. Closed loop: each client realises on its own item as fast as the answers come.
        var errors = 0;
        var closed = new List<double>[clients];
        await Statements.ResetAsync(app.ConnectionString);
        var (appCpu, postgresCpu) = (Process.GetCurrentProcess().TotalProcessorTime, PostgresCpu());
        var until = Stopwatch.StartNew();
        // Each client realises on items of its own, in turn.
        var own = Enumerable.Range(0, clients).Select(_ => Enumerable.Range(0, 50).Select(_ => { items.TryDequeue(out var item); return item; }).ToArray()).ToArray();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            closed[c] = [];
            using var http = Client(app);
            for (var n = 0; until.Elapsed.TotalSeconds < seconds; n++)
            {
                var mine = own[c];
                var t = Stopwatch.GetTimestamp();
                var (ok, version) = await Realise(http, mine[n % mine.Length]);
                mine[n % mine.Length] = (mine[n % mine.Length].Id, version);
                if (ok) closed[c].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                else Interlocked.Increment(ref errors);
            }
        }));
        foreach (var item in own.SelectMany(o => o)) items.Enqueue(item);
        var closedRate = closed.Sum(l => l.Count) / until.Elapsed.TotalSeconds;
        var closedCount = closed.Sum(l => l.Count);
        var appMs = (Process.GetCurrentProcess().TotalProcessorTime - appCpu).TotalMilliseconds / closedCount;
        var postgresMs = (PostgresCpu() - postgresCpu).TotalMilliseconds / closedCount;
        var closedLatencies = closed.SelectMany(l => l).ToList();
        var topStatements = await Statements.TopAsync(app.ConnectionString, closedCount, 12);
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(5));

        // 2. Open loop at half that rate: requests leave on a schedule, whether or not earlier ones have answered.
        // The first 3 s after the quiet wait above are a warm-up, reported apart, with the app's
        // connections counted around both (a pool that grows under a hiccup shows there).
        var connectionsBefore = await Connections(app.ConnectionString);
        var (warmup, _) = await OpenLoop(app, items, closedRate / 2, 3, null);
        var connectionsAfter = await Connections(app.ConnectionString);
        var (open, openErrors) = await OpenLoop(app, items, closedRate / 2, seconds, null);
        var connectionsAtEnd = await Connections(app.ConnectionString);
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(5));

        // 3. Pushes at 100 commands a second: from each answer to the first dashboardUpdated that includes it.
        var pushes = new List<(long At, decimal Realised)>();
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseAddress, "/hubs/dashboard"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(app.Token))
            .Build();
        hub.On<JsonElement>("dashboardUpdated", d => { lock (pushes) pushes.Add((Stopwatch.GetTimestamp(), d.GetProperty("realisedTkr").GetDecimal())); });
        await hub.StartAsync();
        var before = JsonDocument.Parse(await app.Http.GetStringAsync("/api/dashboard")).RootElement.GetProperty("realisedTkr").GetDecimal();
        var acks = new List<long>();
        var (pushed, pushErrors) = await OpenLoop(app, items, 100, seconds, acks);
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(5));
        await Task.Delay(500);
        await hub.DisposeAsync();
        acks.Sort();
        var pushLag = new List<double>();
        List<(long At, decimal Realised)> seen;
        lock (pushes) seen = pushes.OrderBy(p => p.At).ToList();
        for (var i = 0; i < acks.Count; i++)
        {
            // Each realisation is 1 tkr: the i-th answer is in every push showing at least before + i + 1.
            var need = before + i + 1;
            var push = seen.FirstOrDefault(p => p.At >= acks[i] && p.Realised >= need);
            if (push.At == 0) push = seen.FirstOrDefault(p => p.Realised >= need);
            if (push.At != 0) pushLag.Add(Math.Max(0, Stopwatch.GetElapsedTime(acks[i], push.At).TotalMilliseconds));
        }

        Console.WriteLine();
        Console.WriteLine("| what | figure | raw PostgreSQL, same run |");
        Console.WriteLine("| --- | --- | --- |");
        Console.WriteLine($"| closed loop, {clients} clients realising on distinct items, {seconds} s | {closedRate:F0} commands/s ({closedRate / baseline.CommitsPerSecond:P1} of raw), {Describe(closedLatencies)}, {errors} errors | {baseline.CommitsPerSecond:F0} insert commits/s, mean {baseline.LatencyMs:F2} ms |");
        Console.WriteLine($"| CPU a command in the closed loop (the daemon, the sealer and the pushes included) | app and HTTP clients {appMs:F2} ms, PostgreSQL {postgresMs:F2} ms | |");
        Console.WriteLine($"| open loop at {closedRate / 2:F0} commands/s, {seconds} s, after a 3 s warm-up at that rate | {Describe(open)}, {openErrors} errors; the warm-up {Describe(warmup)}, the app's connections {connectionsBefore} before it, {connectionsAfter} after it, {connectionsAtEnd} at the end | |");
        Console.WriteLine($"| open loop at 100 commands/s: answer → dashboardUpdated that includes it | {Describe(pushLag)} ({pushLag.Count} of {acks.Count} matched), command latency {Describe(pushed)}, {pushErrors} errors | |");
        Console.WriteLine();
        Console.WriteLine("Where the database's time went in the closed loop (pg_stat_statements, every session's, per command):");
        Console.WriteLine(topStatements);
    }

    /// <summary>Measures proposed, prioritised and assigned through the API, ready to realise on: each with its version.</summary>
    public static async Task<List<(Guid Id, long Version)>> AssignedMeasures(BenchHost app, int count)
    {
        var items = new List<(Guid Id, long Version)>();
        for (var i = 0; i < count; i++)
        {
            var created = await app.Post<ItemCreated>("/api/measures", new { title = $"Mätobjekt {i}", committee = "KS", estimatedSavingTkr = 1_000_000 });
            var v = (await app.Post<ItemVersion>($"/api/measures/{created.Id}/prioritise", new { decisionReference = "KS 2025-01-01 § 1", expectedVersion = created.Version })).Version;
            v = (await app.Post<ItemVersion>($"/api/measures/{created.Id}/assign", new { department = "Kommunledningskontoret", expectedVersion = v })).Version;
            items.Add((created.Id, v));
        }
        return items;
    }

    /// <summary>CPU time of every PostgreSQL process now running, from /proc (Linux): the server's side of the load.</summary>
    static TimeSpan PostgresCpu()
    {
        var ticks = 0L;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "comm")).Trim() != "postgres") continue;
                var fields = File.ReadAllText(Path.Combine(dir, "stat")).Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                ticks += long.Parse(fields[11]) + long.Parse(fields[12]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException) { /* gone meanwhile */ }
        }
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>Commits in the app's database so far, as PostgreSQL counts them.</summary>
    static async Task<long> Commits(string connectionString)
    {
        await using var db = new Npgsql.NpgsqlConnection(connectionString);
        await db.OpenAsync();
        // Other sessions hand their counts to the statistics at most a second apart, when idle.
        await Task.Delay(2000);
        await using var command = new Npgsql.NpgsqlCommand("select xact_commit from pg_stat_database where datname = current_database()", db);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Connections to the app's database now open, this one included.</summary>
    static async Task<long> Connections(string connectionString)
    {
        await using var db = new Npgsql.NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select count(*) from pg_stat_activity where datname = current_database()", db);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static HttpClient Client(BenchHost app)
    {
        var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", app.Token);
        return http;
    }

    /// <summary>Realises 1 tkr on the item at the version given; answers whether it was stored and the item's version now.</summary>
    public static async Task<(bool Ok, long Version)> Realise(HttpClient http, (Guid Id, long Version) item)
    {
        using var response = await http.PostAsJsonAsync($"/api/measures/{item.Id}/realise",
            new { amountTkr = 1, year = 2026, recurring = false, expectedVersion = item.Version });
        if (response.IsSuccessStatusCode) return (true, (await response.Content.ReadFromJsonAsync<ItemVersion>())!.Version);
        var now = JsonDocument.Parse(await http.GetStringAsync($"/api/measures/{item.Id}")).RootElement.GetProperty("version").GetInt64();
        return (false, now);
    }

    /// <summary>
    /// Realisations sent at a fixed rate, each on an item no other request holds, without waiting for
    /// earlier answers; answers the latencies.
    /// </summary>
    static async Task<(List<double> Latencies, int Errors)> OpenLoop(BenchHost app, System.Collections.Concurrent.ConcurrentQueue<(Guid Id, long Version)> items, double rate, int seconds, List<long>? acks)
    {
        using var http = Client(app);
        var latencies = new List<double>();
        var errors = 0;
        var running = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        var count = (int)(rate * seconds);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            (Guid Id, long Version) item;
            while (!items.TryDequeue(out item)) await Task.Yield();
            running.Add(Task.Run(async () =>
            {
                var t = Stopwatch.GetTimestamp();
                var (ok, version) = await Realise(http, item);
                var done = Stopwatch.GetTimestamp();
                items.Enqueue((item.Id, version));
                lock (latencies)
                {
                    if (ok)
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(t, done).TotalMilliseconds);
                        acks?.Add(done);
                    }
                    else errors++;
                }
            }));
        }
        await Task.WhenAll(running);
        return (latencies, errors);
    }

    static string Describe(List<double> ms)
    {
        if (ms.Count == 0) return "none";
        ms.Sort();
        double P(double q) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(q * ms.Count) - 1)];
        return $"p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms";
    }
}
