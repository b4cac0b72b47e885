// Fault suite: concurrent writers with idempotency keys against the app as a separate process, while
// its PostgreSQL postmaster and then the app itself are killed with SIGKILL; afterwards every
// acknowledged write is looked up in the store. Loopback only, bounded by the write count and by
// deadlines on every wait.
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- faults [items=40] [writers=8] [writes=1500]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Polly;
using Polly.Retry;

namespace Handlingsplan.Benchmarks;

public static class FaultSuite
{
    const string NotePrefix = "fault-op ";

    sealed record Ack(string Op, Guid Item, string Step, decimal AmountTkr, long Version);

    /// <summary>Counters shared by all requests.</summary>
    sealed class Counters
    {
        public int Unavailable, Other5xx, NetworkErrors, Conflicts, Unexpected, Replayed;
        public readonly ConcurrentQueue<(long SentAt, long AnsweredAt)> WriteSuccesses = new();
        public readonly ConcurrentQueue<long> UnavailableAt = new();
    }

    public static async Task RunAsync(string[] args)
    {
        var itemCount = args.Length > 0 ? int.Parse(args[0]) : 40;
        var writerCount = args.Length > 1 ? int.Parse(args[1]) : 8;
        var writeCount = args.Length > 2 ? int.Parse(args[2]) : 1500;
        var suiteStarted = Stopwatch.GetTimestamp();

        var (dll, contentRoot) = AppProcess.Locate();
        await using var app = new AppProcess(dll, contentRoot, Path.Combine(Path.GetTempPath(), $"handlingsplan-faults-{Guid.NewGuid():N}"));
        Console.WriteLine($"app: {dll} on {app.BaseAddress}, data in {app.DataDirectory}, log {app.LogFile}");
        app.Start();
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(120));
        Console.WriteLine($"healthy after {Stopwatch.GetElapsedTime(suiteStarted).TotalSeconds:F1} s");

        var counters = new Counters();
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var token = await SignInAsync(http, app.DataDirectory);
        var tokenGate = new SemaphoreSlim(1, 1);

        // Per request: at most 2 minutes in all; a network error, 503, 5xx, 401 (token refreshed) or a
        // 409 with Retry-After (the same key still in flight) is sent again after 0.1 s, 0.2 s … at most 2 s.
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(TimeSpan.FromMinutes(2))
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TaskCanceledException>()
                    .HandleResult(r => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.Unauthorized
                        || (r.StatusCode == HttpStatusCode.Conflict && r.Headers.RetryAfter is not null)),
                MaxRetryAttempts = 1000,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(100),
                MaxDelay = TimeSpan.FromSeconds(2),
                OnRetry = async a =>
                {
                    if (a.Outcome.Exception is not null) Interlocked.Increment(ref counters.NetworkErrors);
                    else if (a.Outcome.Result!.StatusCode == HttpStatusCode.Unauthorized)
                    {
                        await tokenGate.WaitAsync();
                        try { token = await SignInAsync(http, app.DataDirectory); }
                        catch (Exception) { /* the app is still starting: the next attempt tries again */ }
                        finally { tokenGate.Release(); }
                    }
                    a.Outcome.Result?.Dispose();
                },
            })
            .Build();

        async Task<(HttpStatusCode Status, JsonElement Body)> Send(HttpMethod method, string path, byte[]? body, string? key)
        {
            using var response = await pipeline.ExecuteAsync(async ct =>
            {
                var sentAt = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(method, path);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Volatile.Read(ref token));
                if (body is not null) request.Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
                if (key is not null) request.Headers.Add("Idempotency-Key", key);
                var r = await http.SendAsync(request, ct);
                var status = (int)r.StatusCode;
                if (status == 503) { Interlocked.Increment(ref counters.Unavailable); counters.UnavailableAt.Enqueue(Stopwatch.GetTimestamp()); }
                else if (status >= 500)
                {
                    Interlocked.Increment(ref counters.Other5xx);
                    Console.WriteLine($"  {status} on {method} {path}: {await r.Content.ReadAsStringAsync(ct)}");
                }
                else if (key is not null && r.IsSuccessStatusCode) counters.WriteSuccesses.Enqueue((sentAt, Stopwatch.GetTimestamp()));
                if (r.Headers.Contains("Idempotent-Replayed")) Interlocked.Increment(ref counters.Replayed);
                return r;
            });
            var text = await response.Content.ReadAsStringAsync();
            var json = text.TrimStart() is ['{' or '[', ..]
                ? JsonDocument.Parse(text).RootElement.Clone() : default;
            return (response.StatusCode, json);
        }

        Task<(HttpStatusCode Status, JsonElement Body)> Post(string path, object body, string key) =>
            Send(HttpMethod.Post, path, JsonSerializer.SerializeToUtf8Bytes(body, JsonSerializerOptions.Web), key);

        async Task<JsonElement> Get(string path)
        {
            var (status, body) = await Send(HttpMethod.Get, path, null, null);
            if (status != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path}: {(int)status}");
            return body;
        }

        var baselineRealised = (await Get("/api/dashboard")).GetProperty("realisedTkr").GetDecimal();

        // Setup: measures proposed, prioritised and assigned, so that each can be realised.
        var versions = new ConcurrentDictionary<Guid, long>();
        await Parallel.ForEachAsync(Enumerable.Range(0, itemCount), new ParallelOptions { MaxDegreeOfParallelism = writerCount }, async (i, _) =>
        {
            var (s, created) = await Post("/api/measures", new { title = $"Feltålighet {i}", committee = "SN", estimatedSavingTkr = 100_000 }, Guid.NewGuid().ToString());
            if (s != HttpStatusCode.Created) throw new InvalidOperationException($"propose: {(int)s}");
            var id = created.GetProperty("id").GetGuid();
            var v = created.GetProperty("version").GetInt64();
            (s, var answer) = await Post($"/api/measures/{id}/prioritise", new { decisionReference = "KS 2026-01-01 § 1", expectedVersion = v }, Guid.NewGuid().ToString());
            if (s != HttpStatusCode.OK) throw new InvalidOperationException($"prioritise: {(int)s}");
            (s, answer) = await Post($"/api/measures/{id}/assign", new { department = "Socialförvaltningen", expectedVersion = answer.GetProperty("version").GetInt64() }, Guid.NewGuid().ToString());
            if (s != HttpStatusCode.OK) throw new InvalidOperationException($"assign: {(int)s}");
            versions[id] = answer.GetProperty("version").GetInt64();
        });
        var items = versions.Keys.ToArray();
        counters.WriteSuccesses.Clear();
        Console.WriteLine($"{itemCount} measures assigned after {Stopwatch.GetElapsedTime(suiteStarted).TotalSeconds:F1} s");

        // The load: each logical write has its own key, sent again unchanged until it gets an answer.
        var ledger = new ConcurrentBag<Ack>();
        var acknowledged = 0;
        var remaining = writeCount;
        var loadStarted = Stopwatch.GetTimestamp();

        async Task Writer(int seed)
        {
            var random = new Random(seed);
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var item = items[random.Next(items.Length)];
                var op = Guid.NewGuid().ToString();
                var realise = random.Next(10) < 7;
                var amount = random.Next(1, 20) * 0.5m;
                var note = NotePrefix + op;
                var expected = versions[item];
                var (status, body) = realise
                    ? await Post($"/api/measures/{item}/realise", new { amountTkr = amount, year = 2026, recurring = false, note, expectedVersion = expected }, op)
                    : await Post($"/api/measures/{item}/follow-up", new { note, expectedVersion = expected }, op);
                if ((int)status is >= 200 and < 300)
                {
                    var version = body.GetProperty("version").GetInt64();
                    ledger.Add(new Ack(op, item, realise ? "realise" : "follow-up", realise ? amount : 0, version));
                    versions.AddOrUpdate(item, version, (_, v) => Math.Max(v, version));
                    Interlocked.Increment(ref acknowledged);
                }
                else if (status == HttpStatusCode.Conflict)
                {
                    // Someone else wrote first: nothing was written; read the item's version and go on.
                    Interlocked.Increment(ref counters.Conflicts);
                    var current = (await Get($"/api/measures/{item}")).GetProperty("version").GetInt64();
                    versions.AddOrUpdate(item, current, (_, v) => Math.Max(v, current));
                }
                else
                {
                    Interlocked.Increment(ref counters.Unexpected);
                    Console.WriteLine($"  unexpected {(int)status} for {op}: {body}");
                }
            }
        }

        async Task WaitForAcks(int count, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (Volatile.Read(ref acknowledged) < count && Volatile.Read(ref remaining) > 0)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"fewer than {count} writes acknowledged within {timeout}");
                await Task.Delay(20);
            }
        }

        // Recovery: from the kill to the first 2xx answer to a write sent after it.
        double? RecoverySeconds(long killedAt)
        {
            var first = counters.WriteSuccesses.Where(w => w.SentAt > killedAt).Select(w => w.AnsweredAt).DefaultIfEmpty(0).Min();
            return first == 0 ? null : Stopwatch.GetElapsedTime(killedAt, first).TotalSeconds;
        }

        async Task<double?> WaitForRecovery(long killedAt, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                if (RecoverySeconds(killedAt) is { } seconds) return seconds;
                if (DateTime.UtcNow > deadline) return null;
                await Task.Delay(20);
            }
        }

        var writers = Enumerable.Range(0, writerCount).Select(i => Task.Run(() => Writer(1000 + i))).ToArray();

        // Fault 1: the postmaster, once a fifth of the writes are acknowledged.
        await WaitForAcks(writeCount / 5, TimeSpan.FromMinutes(2));
        var (postmasterPid, _) = app.Postmaster();
        var unavailableBefore = counters.Unavailable;
        var postgresKilledAt = Stopwatch.GetTimestamp();
        Process.GetProcessById(postmasterPid).Kill();
        Console.WriteLine($"killed the postmaster (pid {postmasterPid}) at {acknowledged} acknowledged writes");
        var postgresRecovery = await WaitForRecovery(postgresKilledAt, TimeSpan.FromMinutes(2));
        var unavailableAfterPostgres = counters.Unavailable - unavailableBefore;
        Console.WriteLine($"writes succeed again {postgresRecovery:F1} s later; postmaster now pid {app.Postmaster().Pid}");

        // Fault 2: the app itself, at three fifths; started again at once on the same data folder.
        await WaitForAcks(writeCount * 3 / 5, TimeSpan.FromMinutes(2));
        unavailableBefore = counters.Unavailable;
        var appPid = app.ProcessId;
        var appKilledAt = Stopwatch.GetTimestamp();
        app.Kill();
        Console.WriteLine($"killed the app (pid {appPid}) at {acknowledged} acknowledged writes; starting it again");
        app.Start();
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(120));
        var healthyAgain = Stopwatch.GetElapsedTime(appKilledAt).TotalSeconds;
        var appRecovery = await WaitForRecovery(appKilledAt, TimeSpan.FromMinutes(2));
        Console.WriteLine($"app healthy again {healthyAgain:F1} s after the kill; writes succeed {appRecovery:F1} s after it");

        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromMinutes(3));
        var unavailableAfterApp = counters.Unavailable - unavailableBefore;
        var loadSeconds = Stopwatch.GetElapsedTime(loadStarted).TotalSeconds;
        Console.WriteLine($"load done: {ledger.Count} acknowledged of {writeCount} in {loadSeconds:F1} s");

        // Checks. The store as the API tells it: every event on our items, by the op id in its note.
        var stored = new Dictionary<string, List<(Guid Item, string Type, long Version, decimal Amount)>>();
        foreach (var item in items)
        {
            foreach (var e in (await Get($"/api/measures/{item}/history")).EnumerateArray())
            {
                var data = e.GetProperty("data");
                if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("note", out var n) || n.GetString() is not { } note
                    || !note.StartsWith(NotePrefix, StringComparison.Ordinal)) continue;
                var amount = data.TryGetProperty("amountTkr", out var a) ? a.GetDecimal() : 0;
                if (!stored.TryGetValue(note[NotePrefix.Length..], out var list)) stored[note[NotePrefix.Length..]] = list = [];
                list.Add((item, e.GetProperty("type").GetString()!, e.GetProperty("version").GetInt64(), amount));
            }
        }
        var acks = ledger.ToArray();
        var foundOnce = acks.Count(a => stored.TryGetValue(a.Op, out var l) && l.Count == 1
            && l[0].Item == a.Item && l[0].Version == a.Version && l[0].Amount == a.AmountTkr);
        var duplicates = stored.Values.Sum(l => l.Count - 1);
        var ackedOps = acks.Select(a => a.Op).ToHashSet();
        var storedUnacknowledged = stored.Keys.Count(k => !ackedOps.Contains(k));
        var ledgerRealised = acks.Sum(a => a.AmountTkr);

        // The dashboard projection catches up after the faults.
        var expectedRealised = baselineRealised + ledgerRealised;
        var apiRealised = await Poll(async () => (await Get("/api/dashboard")).GetProperty("realisedTkr").GetDecimal(), v => v == expectedRealised, TimeSpan.FromSeconds(60));

        // The same figure straight from the events, read as the database owner.
        var connection = app.OwnerConnectionString;
        decimal eventsRealised;
        long correctionEvents, duplicateNotesInEvents;
        await using (var db = new NpgsqlConnection(connection))
        {
            await db.OpenAsync();
            await using var sum = new NpgsqlCommand(
                "select coalesce(sum((coalesce(data->>'amountTkr', data->>'AmountTkr'))::numeric), 0) from mt_events where type = 'saving_realised'", db);
            eventsRealised = (decimal)(await sum.ExecuteScalarAsync())!;
            await using var corrections = new NpgsqlCommand(
                "select count(*) from mt_events where type in ('realisation_corrected', 'realisation_reversed')", db);
            correctionEvents = (long)(await corrections.ExecuteScalarAsync())!;
            await using var dups = new NpgsqlCommand(
                "select coalesce(sum(n - 1), 0)::bigint from (select count(*) n from mt_events where coalesce(data->>'note', data->>'Note') like 'fault-op %' group by coalesce(data->>'note', data->>'Note')) t", db);
            duplicateNotesInEvents = (long)(await dups.ExecuteScalarAsync())!;
        }

        var verify = await Poll(() => Get("/api/audit/verify"), v => v.GetProperty("pendingCount").GetInt64() == 0, TimeSpan.FromSeconds(60));
        var intact = verify.GetProperty("intact").GetBoolean();
        var pending = verify.GetProperty("pendingCount").GetInt64();

        var checks = new List<(string What, string Figure, bool Ok)>
        {
            ("writes acknowledged (2xx) of logical writes", $"{acks.Length} of {writeCount} ({acks.Count(a => a.Step == "realise")} realisations, {acks.Count(a => a.Step == "follow-up")} follow-ups)", acks.Length > 0),
            ("refused with 409 (stale version, not written)", $"{counters.Conflicts}", true),
            ("other answers (400, 404, 422 …)", $"{counters.Unexpected}", counters.Unexpected == 0),
            ("acknowledged writes in the history exactly once, same item, version and amount", $"{foundOnce} of {acks.Length}", foundOnce == acks.Length),
            ("duplicates in the history / in mt_events", $"{duplicates} / {duplicateNotesInEvents}", duplicates == 0 && duplicateNotesInEvents == 0),
            ("stored writes never acknowledged", $"{storedUnacknowledged}", storedUnacknowledged == 0),
            ("answers replayed from an idempotency key", $"{counters.Replayed}", true),
            ("realised tkr: baseline + ledger vs GET /api/dashboard", $"{expectedRealised} vs {apiRealised}", expectedRealised == apiRealised),
            ("realised tkr: sum of saving_realised in mt_events vs GET /api/dashboard", $"{eventsRealised} vs {apiRealised}" + (correctionEvents > 0 ? $" ({correctionEvents} corrections, not comparable)" : ""), correctionEvents > 0 || eventsRealised == apiRealised),
            ("GET /api/audit/verify", $"intact {intact}, sealed {verify.GetProperty("sealedCount").GetInt64()}, pending {pending}"
                + (intact ? "" : $", broken at {verify.GetProperty("brokenSequence")}: {verify.GetProperty("problem")}"), intact && pending == 0),
            ("5xx other than 503", $"{counters.Other5xx}", counters.Other5xx == 0),
            ("503 answers: postmaster kill / app kill", $"{unavailableAfterPostgres} / {unavailableAfterApp}", true),
            ("network errors (refused, reset) retried", $"{counters.NetworkErrors}", true),
            ("postmaster SIGKILL → first write acknowledged", postgresRecovery is { } p ? $"{p:F1} s" : "never", postgresRecovery is not null),
            ("app SIGKILL → /health 200 / first write acknowledged", appRecovery is { } r ? $"{healthyAgain:F1} s / {r:F1} s" : "never", appRecovery is not null),
            ("load with both faults / whole suite", $"{loadSeconds:F1} s / {Stopwatch.GetElapsedTime(suiteStarted).TotalSeconds:F1} s", true),
        };

        Console.WriteLine();
        Console.WriteLine($"| check | figure | ok |");
        Console.WriteLine($"| --- | --- | --- |");
        foreach (var (what, figure, ok) in checks) Console.WriteLine($"| {what} | {figure} | {(ok ? "yes" : "NO")} |");
        var failed = checks.Count(c => !c.Ok);
        Console.WriteLine(failed == 0 ? "all checks passed" : $"{failed} check(s) failed; app log: {app.LogFile}");
        Environment.ExitCode = failed == 0 ? 0 : 1;
        if (failed == 0) File.Delete(app.LogFile);
        else app.KeepData = true;
    }

    static async Task<T> Poll<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(250);
        }
    }

    /// <summary>Signs in as <c>ledning</c> with the demo password the app wrote in its data folder.</summary>
    internal static async Task<string> SignInAsync(HttpClient http, string dataDirectory)
    {
        var accounts = Path.Combine(dataDirectory, "demo-accounts.txt");
        // The demo accounts are created on the first sign-in attempt.
        if (!File.Exists(accounts))
            (await http.PostAsJsonAsync("/api/auth/token", new { username = "nobody", password = "x" })).Dispose();
        var password = File.ReadLines(accounts).Select(l => l.Split(' ')).First(p => p[0] == "ledning")[1];
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { username = "ledning", password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
