// Racing writers: many writers realise small amounts on a few measures at once, each with the
// expectedVersion of its own last read, so most attempts lose the race (409) and are sent again after
// reading the version anew. A separate client polls the dashboard meanwhile; afterwards the
// acknowledged amounts are compared with the dashboard and the event sequence is checked for holes.
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- race [items=5] [writers=50] [seconds=20]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Handlingsplan.Benchmarks;

public static class RaceSuite
{
    const decimal AmountTkr = 1m;

    public static async Task RunAsync(string[] args)
    {
        var itemCount = args.Length > 0 ? int.Parse(args[0]) : 5;
        var writerCount = args.Length > 1 ? int.Parse(args[1]) : 50;
        var loadSeconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var suiteStarted = Stopwatch.GetTimestamp();

        var (dll, contentRoot) = AppProcess.Locate();
        await using var app = new AppProcess(dll, contentRoot, Path.Combine(Path.GetTempPath(), $"handlingsplan-race-{Guid.NewGuid():N}"));
        Console.WriteLine($"app: {dll} on {app.BaseAddress}, data in {app.DataDirectory}, log {app.LogFile}");
        app.Start();
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(180));
        Console.WriteLine($"healthy after {Stopwatch.GetElapsedTime(suiteStarted).TotalSeconds:F1} s");

        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var token = await FaultSuite.SignInAsync(http, app.DataDirectory);

        async Task<(HttpStatusCode Status, JsonElement Body)> Send(HttpClient client, HttpMethod method, string path, object? body)
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, options: JsonSerializerOptions.Web);
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            }
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var json = text.TrimStart() is ['{' or '[', ..] ? JsonDocument.Parse(text).RootElement.Clone() : default;
            return (response.StatusCode, json);
        }

        async Task<JsonElement> Get(HttpClient client, string path)
        {
            var (status, body) = await Send(client, HttpMethod.Get, path, null);
            if (status != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path}: {(int)status}");
            return body;
        }

        // Setup: measures proposed, prioritised and assigned, with an estimate far above what the run realises.
        var items = new List<Guid>();
        for (var i = 0; i < itemCount; i++)
        {
            var (s, created) = await Send(http, HttpMethod.Post, "/api/measures", new { title = $"Kapplöpning {i}", committee = "SN", estimatedSavingTkr = 100_000 });
            if (s != HttpStatusCode.Created) throw new InvalidOperationException($"propose: {(int)s} {created}");
            var id = created.GetProperty("id").GetGuid();
            (s, var answer) = await Send(http, HttpMethod.Post, $"/api/measures/{id}/prioritise", new { decisionReference = "KS 2026-01-01 § 1", expectedVersion = created.GetProperty("version").GetInt64() });
            if (s != HttpStatusCode.OK) throw new InvalidOperationException($"prioritise: {(int)s} {answer}");
            (s, answer) = await Send(http, HttpMethod.Post, $"/api/measures/{id}/assign", new { department = "Socialförvaltningen", expectedVersion = answer.GetProperty("version").GetInt64() });
            if (s != HttpStatusCode.OK) throw new InvalidOperationException($"assign: {(int)s} {answer}");
            items.Add(id);
        }
        Console.WriteLine($"{itemCount} measures assigned after {Stopwatch.GetElapsedTime(suiteStarted).TotalSeconds:F1} s");

        // The dashboard, polled every 50 ms by a client of its own: (answered at, realisedTkr).
        using var pollHttp = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var baseline = (await Get(pollHttp, "/api/dashboard")).GetProperty("realisedTkr").GetDecimal();
        var polls = new ConcurrentQueue<(long At, decimal RealisedTkr)>();
        var pollFailures = 0;
        using var stopPolling = new CancellationTokenSource();
        var poller = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
            while (!stopPolling.IsCancellationRequested)
            {
                try
                {
                    var realised = (await Get(pollHttp, "/api/dashboard")).GetProperty("realisedTkr").GetDecimal();
                    polls.Enqueue((Stopwatch.GetTimestamp(), realised));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException) { Interlocked.Increment(ref pollFailures); }
                try { await timer.WaitForNextTickAsync(stopPolling.Token); }
                catch (OperationCanceledException) { break; }
            }
        });

        // The writers: each keeps the versions of its own last reads.
        var ledger = new ConcurrentQueue<(long At, Guid Item, long Version)>();
        int attempted = 0, conflicts = 0, other = 0;
        var otherStatuses = new ConcurrentDictionary<string, int>();
        var loadStarted = Stopwatch.GetTimestamp();
        var loadEnds = loadStarted + (long)(loadSeconds * Stopwatch.Frequency);

        async Task Writer(int seed)
        {
            var random = new Random(seed);
            var versions = new Dictionary<Guid, long>();
            async Task Read(Guid item) => versions[item] = (await Get(http, $"/api/measures/{item}")).GetProperty("version").GetInt64();
            foreach (var item in items) await Read(item);
            while (Stopwatch.GetTimestamp() < loadEnds)
            {
                var item = items[random.Next(items.Count)];
                Interlocked.Increment(ref attempted);
                HttpStatusCode status;
                JsonElement body;
                try
                {
                    (status, body) = await Send(http, HttpMethod.Post, $"/api/measures/{item}/realise",
                        new { amountTkr = AmountTkr, year = 2026, recurring = false, note = "kapplöpning", expectedVersion = versions[item] });
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref other);
                    otherStatuses.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                    await Read(item);
                    continue;
                }
                if (status == HttpStatusCode.OK)
                {
                    var version = body.GetProperty("version").GetInt64();
                    ledger.Enqueue((Stopwatch.GetTimestamp(), item, version));
                    versions[item] = version;
                }
                else
                {
                    if (status == HttpStatusCode.Conflict) Interlocked.Increment(ref conflicts);
                    else
                    {
                        Interlocked.Increment(ref other);
                        otherStatuses.AddOrUpdate(((int)status).ToString(), 1, (_, n) => n + 1);
                    }
                    await Read(item);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, writerCount).Select(i => Task.Run(() => Writer(2000 + i))));
        var lastAckAt = ledger.IsEmpty ? Stopwatch.GetTimestamp() : ledger.Max(a => a.At);
        var writeSeconds = Stopwatch.GetElapsedTime(loadStarted).TotalSeconds;
        var acks = ledger.OrderBy(a => a.At).ToArray();
        var ledgerTkr = acks.Length * AmountTkr;
        var expected = baseline + ledgerTkr;

        // Keep polling until the dashboard reaches the ledger (or 30 s have passed), then stop.
        var catchUpDeadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < catchUpDeadline && !(polls.LastOrDefault() is var (at, r) && r >= expected && at > lastAckAt))
            await Task.Delay(20);
        await Task.Delay(500); // a few polls more: a dashboard that overshoots the ledger would show here
        stopPolling.Cancel();
        await poller;
        var finalDashboard = (await Get(pollHttp, "/api/dashboard")).GetProperty("realisedTkr").GetDecimal();

        // Lag: from each acknowledgement to the first poll, answered after it, at or above the running total.
        var pollList = polls.ToArray();
        var lags = new List<double>();
        var unseen = 0;
        var pi = 0;
        for (var k = 0; k < acks.Length; k++)
        {
            var running = baseline + (k + 1) * AmountTkr;
            while (pi < pollList.Length && (pollList[pi].At <= acks[k].At || pollList[pi].RealisedTkr < running)) pi++;
            if (pi == pollList.Length) { unseen++; continue; }
            lags.Add(Stopwatch.GetElapsedTime(acks[k].At, pollList[pi].At).TotalMilliseconds);
        }
        var sorted = lags.Order().ToArray();
        double Pct(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        var lastLag = unseen == 0 && lags.Count > 0 ? lags[^1] : double.NaN;
        var pollGaps = pollList.Zip(pollList.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a.At, b.At).TotalMilliseconds).Order().ToArray();

        // The event store itself, as the database owner.
        long lastValue, eventCount;
        await using (var db = new NpgsqlConnection(app.OwnerConnectionString))
        {
            await db.OpenAsync();
            await using var seq = new NpgsqlCommand("select last_value from mt_events_sequence", db);
            lastValue = (long)(await seq.ExecuteScalarAsync())!;
            await using var count = new NpgsqlCommand("select count(*) from mt_events", db);
            eventCount = (long)(await count.ExecuteScalarAsync())!;
        }
        var holes = lastValue - eventCount;

        var otherText = otherStatuses.IsEmpty ? "" : " (" + string.Join(", ", otherStatuses.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}")) + ")";
        var rows = new List<(string What, string Figure, bool Ok)>
        {
            ("writers / measures / load", $"{writerCount} / {itemCount} / {writeSeconds:F1} s", true),
            ("writes attempted", $"{attempted}", true),
            ("acknowledged (200)", $"{acks.Length} ({acks.Length / writeSeconds:F1} a second)", acks.Length > 0),
            ("refused with 409 (stale version)", $"{conflicts} ({(attempted == 0 ? 0 : 100.0 * conflicts / attempted):F1} % of attempts)", true),
            ("other statuses and errors", $"{other}{otherText}", other == 0),
            ("acknowledged tkr (baseline + ledger) vs final dashboard realisedTkr", $"{baseline} + {ledgerTkr} = {expected} vs {finalDashboard}", finalDashboard == expected),
            ("dashboard polls (gap p50 / max)", pollGaps.Length == 0 ? "0" : $"{pollList.Length} ({pollGaps[pollGaps.Length / 2]:F0} ms / {pollGaps[^1]:F0} ms), {pollFailures} failed", pollFailures == 0),
            ("lag ack → dashboard ≥ running total: p50 / p95 / max", $"{Pct(0.50):F0} ms / {Pct(0.95):F0} ms / {Pct(1.0):F0} ms" + (unseen > 0 ? $" ({unseen} never seen)" : ""), unseen == 0),
            ("lag after the last acknowledged write", double.IsNaN(lastLag) ? "never seen" : $"{lastLag:F0} ms", !double.IsNaN(lastLag)),
            ("mt_events_sequence last_value − count(*) mt_events (holes)", $"{lastValue} − {eventCount} = {holes}", holes == 0),
            ("whole run", $"{Stopwatch.GetElapsedTime(suiteStarted).TotalSeconds:F1} s", true),
        };

        Console.WriteLine();
        Console.WriteLine("| what | figure | ok |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var (what, figure, ok) in rows) Console.WriteLine($"| {what} | {figure} | {(ok ? "yes" : "NO")} |");
        var failed = rows.Count(c => !c.Ok);
        Console.WriteLine(failed == 0 ? "all checks passed" : $"{failed} row(s) not ok; app log: {app.LogFile}");
        // The verdict: the dashboard agrees with the ledger and the sequence has no holes.
        Environment.ExitCode = finalDashboard == expected && holes == 0 ? 0 : 1;
        if (failed == 0) File.Delete(app.LogFile);
    }
}
