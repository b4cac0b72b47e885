// Many municipalities in one installation: the app's start, catch-up, memory, pushes and daemon cost
// on a store of N municipalities with E events each, beside one municipality with E events, in the
// same run. Each store is seeded while the app is stopped and then started as a process of its own
// (its own PostgreSQL in a fresh data folder), so the daemon catches up on the whole seeded history.
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- tenants [tenants=300] [events=2000] [commands=100] [environment=Development] [whole]
// With "whole", a third store holds all N × E events in one municipality: the same history, not split.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Handlingsplan.Items.Proposing;
using Handlingsplan.LocalPostgres;
using Handlingsplan.Plan;
using Handlingsplan.Tenancy;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Handlingsplan.Benchmarks;

public static class Tenants
{
    /// <summary>At most this many municipalities are given measures to realise; the commands go round them.</summary>
    const int CommandTenants = 50;

    public static async Task RunAsync(string[] args)
    {
        var tenants = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        var events = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        var commands = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
        var environment = args.Length > 3 ? args[3] : "Development";
        // "whole": also one municipality holding all the events, to tell the cost of many municipalities from that of many events.
        var whole = args.Length > 4 && args[4] == "whole";
        Console.WriteLine($"environment: {environment}; {tenants} municipalities of {events} events, beside 1 of {events}{(whole ? $" and 1 of {(long)tenants * events}" : "")}; {commands} commands each");

        var runs = new List<(string Title, List<(string What, string Figure)> Rows)>();
        async Task Run(int count, int each)
        {
            var title = $"{count} municipalit{(count == 1 ? "y" : "ies")}, {(long)count * each:N0} events";
            var rows = await RunOneAsync(count, each, commands, environment);
            Print(title, rows);
            runs.Add((title, rows));
        }
        await Run(1, events);
        await Run(tenants, events);
        if (whole) await Run(1, tenants * events);

        Console.WriteLine();
        Console.WriteLine($"| what | {string.Join(" | ", runs.Select(r => r.Title))} |");
        Console.WriteLine($"| --- |{string.Concat(runs.Select(_ => " --- |"))}");
        foreach (var (what, _) in runs[1].Rows)
            Console.WriteLine($"| {what} | {string.Join(" | ", runs.Select(r => r.Rows.FirstOrDefault(x => x.What == what).Figure ?? ""))} |");
    }

    static void Print(string title, List<(string What, string Figure)> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"| what | {title} |");
        Console.WriteLine("| --- | --- |");
        foreach (var (what, figure) in rows) Console.WriteLine($"| {what} | {figure} |");
    }

    static async Task<List<(string What, string Figure)>> RunOneAsync(int tenants, int eventsEach, int commands, string environment)
    {
        var rows = new List<(string What, string Figure)>();
        void Row(string what, string figure)
        {
            rows.Add((what, figure));
            Console.WriteLine($"  {what}: {figure}");
        }

        var folder = Path.Combine(Path.GetTempPath(), $"handlingsplan-tenants-{Guid.NewGuid():N}");
        var probe = new Probe(folder + ".probe");
        var (dll, contentRoot) = AppProcess.Locate();
        await using var app = new AppProcess(dll, contentRoot, folder)
        {
            Environment = environment,
            Settings =
            {
                // Every municipality's kommunledning signs in from this one address.
                ["Access__SignInAttemptsPerMinute"] = "100000",
                ["DOTNET_STARTUP_HOOKS"] = typeof(Tenants).Assembly.Location,
                ["HANDLINGSPLAN_BENCH_PROBE"] = probe.Path,
            },
        };

        // 1. The first start: a new cluster, the schema, the first customer's plan. Then seed with the app stopped.
        app.Start();
        await app.WaitHealthyAsync(TimeSpan.FromMinutes(5));
        await app.StopAsync();
        var seeded = await SeedAsync(app, folder, tenants, eventsEach, Row);

        // 2. A start on the seeded store: the dashboard and the sealer have not seen any of it.
        var cold = await StartAndFollowAsync(app, probe, seeded.Head, TimeSpan.FromMinutes(45));
        Row("cold start (the seeded history unseen): to /health 200", $"{cold.Listening.TotalSeconds:F1} s");
        Row("cold start: dashboard caught up / sealer caught up, from the start", $"{Seconds(cold.Dashboard)} / {Seconds(cold.Sealer)}");
        var catchUp = cold.CaughtUp - cold.Listening;
        Row("cold start: catch-up after /health, and the seeded events over it",
            catchUp > TimeSpan.Zero ? $"{catchUp.TotalSeconds:F1} s, {seeded.Events / catchUp.TotalSeconds:N0} events/s" : "none: caught up before /health answered");
        Row("cold start: CPU, start to caught up and answering: app / PostgreSQL", $"{cold.AppCpuCaughtUp:F1} / {cold.PgCpuCaughtUp:F1} s (to /health: {cold.AppCpuListening:F1} / {cold.PgCpuListening:F1} s)");
        Row("cold start: memory at /health: working set / GC heap (not collected)", $"{cold.AtListening.WorkingSetMiB} / {cold.AtListening.HeapMiB} MiB");
        Row("cold start: memory after catch-up: working set / GC heap after a full collection", $"{cold.AfterCatchUp.WorkingSetMiB} / {cold.AfterCatchUp.HeapMiB} MiB");

        // 3. Steady state: every municipality's kommunledning signed in with a dashboard open.
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var passwords = File.ReadLines(Path.Combine(folder, Accounts.DemoFile)).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => p[1]);
        var signingIn = Stopwatch.StartNew();
        var tokens = new List<string>();
        foreach (var m in seeded.Municipalities)
        {
            using var response = await http.PostAsJsonAsync("/api/auth/token", new { username = $"ledning@{m.Id}", password = passwords[$"ledning@{m.Id}"] });
            response.EnsureSuccessStatusCode();
            tokens.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!);
        }
        signingIn.Stop();
        var pushes = seeded.Municipalities.Select(_ => Channel.CreateUnbounded<(decimal Realised, long At)>()).ToList();
        var hubs = new List<HubConnection>();
        var connecting = Stopwatch.StartNew();
        for (var t = 0; t < tenants; t++)
            hubs.Add(await ConnectAsync(app.BaseAddress, tokens[t], pushes[t]));
        connecting.Stop();
        Row("kommunledning of every municipality signed in / a dashboard connected for each", $"{signingIn.Elapsed.TotalSeconds:F1} s / {connecting.Elapsed.TotalSeconds:F1} s");
        await Task.Delay(TimeSpan.FromSeconds(5));
        var connected = await probe.ReadAsync(collect: true);
        Row("memory with a dashboard connected for each municipality: working set / GC heap after a full collection", $"{connected.WorkingSetMiB} / {connected.HeapMiB} MiB");

        // 4. Commands spread over the municipalities, one at a time: answer, and the push to that municipality's dashboard.
        var targets = Enumerable.Range(0, Math.Min(tenants, CommandTenants)).Select(j => j * tenants / Math.Min(tenants, CommandTenants)).ToList();
        var ready = new Dictionary<int, (Guid Id, long Version, decimal Realised)>();
        foreach (var t in targets)
        {
            using var client = Client(app.BaseAddress, tokens[t]);
            var created = await Post<ItemCreated>(client, "/api/measures", new { title = "Mätobjekt", committee = "KS", estimatedSavingTkr = 1_000_000 });
            var v = (await Post<ItemVersion>(client, $"/api/measures/{created.Id}/prioritise", new { decisionReference = "KS 2026-01-12 § 3", expectedVersion = created.Version })).Version;
            v = (await Post<ItemVersion>(client, $"/api/measures/{created.Id}/assign", new { department = "Kommunledningskontoret", expectedVersion = v })).Version;
            ready[t] = (created.Id, v, 0);
        }
        await Task.Delay(TimeSpan.FromSeconds(2));
        foreach (var t in targets)
        {
            using var client = Client(app.BaseAddress, tokens[t]);
            var realised = JsonDocument.Parse(await client.GetStringAsync("/api/dashboard")).RootElement.GetProperty("realisedTkr").GetDecimal();
            ready[t] = ready[t] with { Realised = realised };
            while (pushes[t].Reader.TryRead(out _)) { }
        }
        var clients = targets.ToDictionary(t => t, t => Client(app.BaseAddress, tokens[t]));
        var (appCpu0, pgCpu0) = (AppCpuSeconds(app), PgCpuSeconds(app));
        var answers = new List<double>();
        var lags = new List<double>();
        var missed = 0;
        var loop = Stopwatch.StartNew();
        for (var c = 0; c < commands; c++)
        {
            var t = targets[c % targets.Count];
            var (id, version, realised) = ready[t];
            var sent = Stopwatch.GetTimestamp();
            var answer = await Post<ItemVersion>(clients[t], $"/api/measures/{id}/realise", new { amountTkr = 1, year = 2026, recurring = false, expectedVersion = version });
            answers.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            ready[t] = (id, answer.Version, realised + 1);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                while (true)
                {
                    var push = await pushes[t].Reader.ReadAsync(timeout.Token);
                    if (push.Realised >= realised + 1) { lags.Add(Stopwatch.GetElapsedTime(sent, push.At).TotalMilliseconds); break; }
                }
            }
            catch (OperationCanceledException) { missed++; }
        }
        loop.Stop();
        var (appCpu1, pgCpu1) = (AppCpuSeconds(app), PgCpuSeconds(app));
        foreach (var client in clients.Values) client.Dispose();
        Row($"{commands} realisations one at a time, going round up to {CommandTenants} municipalities: command → its answer", $"{Percentiles(answers)} ({targets.Count} municipalities)");
        Row($"command → dashboardUpdated on that municipality's dashboard", $"{Percentiles(lags)}{(missed > 0 ? $"; {missed} not received in 30 s" : "")}");
        Row("CPU a command at steady state (app / PostgreSQL; the whole command: request, daemon, sealer, push)",
            $"{(appCpu1 - appCpu0) * 1000 / commands:F1} / {(pgCpu1 - pgCpu0) * 1000 / commands:F1} ms ({commands / loop.Elapsed.TotalSeconds:F1} commands/s)");

        // 5. The reminder sweep of every municipality, one after another, as kommunledning asks for it.
        var sweeps = new List<double>();
        var reminders = 0;
        var sweeping = Stopwatch.StartNew();
        for (var t = 0; t < tenants; t++)
        {
            using var client = Client(app.BaseAddress, tokens[t]);
            var watch = Stopwatch.StartNew();
            var result = await Post<JsonElement>(client, "/api/paminnelser", new { });
            sweeps.Add(watch.Elapsed.TotalMilliseconds);
            reminders += result.GetProperty("reminders").GetInt32();
        }
        sweeping.Stop();
        Row("reminder sweep (POST /api/paminnelser) of every municipality, one after another",
            $"{sweeping.Elapsed.TotalSeconds:F1} s in all; each {Percentiles(sweeps)}; {reminders:N0} reminders");
        // 6. A municipality's own chain verified and its log exported, for a few of them: reads of one municipality's rows.
        var verifies = new List<double>();
        var exports = new List<double>();
        var intact = 0;
        var sealedCount = 0L;
        var sampled = targets.Take(10).ToList();
        foreach (var t in sampled)
        {
            using var client = Client(app.BaseAddress, tokens[t]);
            var watch = Stopwatch.StartNew();
            var report = JsonDocument.Parse(await client.GetStringAsync("/api/audit/verify")).RootElement;
            verifies.Add(watch.Elapsed.TotalMilliseconds);
            intact += report.GetProperty("intact").GetBoolean() ? 1 : 0;
            sealedCount += report.GetProperty("sealedCount").GetInt64();
            watch.Restart();
            using var export = await client.GetAsync("/api/audit/export", HttpCompletionOption.ResponseHeadersRead);
            export.EnsureSuccessStatusCode();
            await export.Content.CopyToAsync(Stream.Null);
            exports.Add(watch.Elapsed.TotalMilliseconds);
        }
        Row("GET /api/audit/verify: a municipality's chain walked", $"{Percentiles(verifies)}; {intact} of {sampled.Count} intact, {sealedCount / sampled.Count:N0} events each");
        Row("GET /api/audit/export: a municipality's log", Percentiles(exports));
        var busy = await probe.ReadAsync(collect: true);
        Row("memory after all of the above: working set / GC heap after a full collection", $"{busy.WorkingSetMiB} / {busy.HeapMiB} MiB");
        foreach (var hub in hubs) await hub.DisposeAsync();
        var head = await HeadAsync(app);
        Row("database size: the events table (mt_events, with its indexes) / the whole database", await SizesAsync(app));
        await app.StopAsync();

        // 6. A warm start: everything already caught up.
        var warm = await StartAndFollowAsync(app, probe, head, TimeSpan.FromMinutes(10));
        var first = targets[0];
        var firstPushes = Channel.CreateUnbounded<(decimal Realised, long At)>();
        await using (var hub = await ConnectAsync(app.BaseAddress, tokens[first], firstPushes))
        using (var client = Client(app.BaseAddress, tokens[first]))
        {
            var (id, version, realised) = ready[first];
            var sent = Stopwatch.GetTimestamp();
            await Post<ItemVersion>(client, $"/api/measures/{id}/realise", new { amountTkr = 1, year = 2026, recurring = false, expectedVersion = version });
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var lag = "not received in 60 s";
            try
            {
                while (true)
                {
                    var push = await firstPushes.Reader.ReadAsync(timeout.Token);
                    if (push.Realised >= realised + 1) { lag = $"{Stopwatch.GetElapsedTime(sent, push.At).TotalMilliseconds:F0} ms"; break; }
                }
            }
            catch (OperationCanceledException) { }
            Row("warm start (caught up): to /health 200; the first command → its push", $"{warm.Listening.TotalSeconds:F1} s; {lag}");
        }
        Row("warm start: CPU to /health: app / PostgreSQL", $"{warm.AppCpuListening:F1} / {warm.PgCpuListening:F1} s");
        await Task.Delay(TimeSpan.FromSeconds(15));
        var idle = await probe.ReadAsync(collect: true);
        Row("warm start: memory 15 s after, idle: working set / GC heap after a full collection", $"{idle.WorkingSetMiB} / {idle.HeapMiB} MiB");
        await app.StopAsync();
        probe.Reset();

        // What the catch-up cost beyond a start with nothing to catch up on; within a start's own noise
        // when the daemon was done before the app answered.
        var cpu = cold.AppCpuCaughtUp + cold.PgCpuCaughtUp - warm.AppCpuListening - warm.PgCpuListening;
        var wall = cold.CaughtUp - warm.Listening;
        Row("catch-up: CPU (app + PostgreSQL, less a warm start's to /health) per 1 000 events / per municipality",
            catchUp > TimeSpan.Zero ? $"{cpu * 1000 / seeded.Events * 1000:F0} ms / {cpu * 1000 / tenants:F0} ms" : $"within a start's noise ({cpu:F1} s in all)");
        Row("catch-up: wall time (cold start to caught up, less a warm start to /health) per 1 000 events / per municipality",
            catchUp > TimeSpan.Zero ? $"{wall.TotalMilliseconds / seeded.Events * 1000:F0} ms / {wall.TotalMilliseconds / tenants:F0} ms" : $"within a start's noise ({wall.TotalSeconds:F1} s in all)");
        return rows;
    }

    sealed record Seeded(IReadOnlyList<Municipality> Municipalities, long Events, long Head);

    /// <summary>
    /// Registers the municipalities and appends their histories with the app's own stopped, as
    /// <c>tenant add</c> and the app's commands would have: each municipality in the shared register,
    /// its empty plan imported as events under its tenant, its demo accounts; then every item's
    /// lifecycle through Marten's append with the inline item documents, the municipalities'
    /// commands interleaved in the log as they would be when all of them work at once.
    /// </summary>
    static async Task<Seeded> SeedAsync(AppProcess app, string folder, int tenants, int eventsEach, Action<string, string> row)
    {
        await using var postgres = await EmbeddedPostgres.StartAsync(app.PostgresDirectory);
        var options = new StoreOptions();
        options.Connection(postgres.ConnectionString);
        options.StoreEventsAsTheAppDoes();
        options.AddTenancy();
        options.AddItems();
        options.AutoCreateSchemaObjects = JasperFx.AutoCreate.None;
        await using var store = new DocumentStore(options);

        var registry = new MunicipalityRegistry(store, TimeProvider.System);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DataDirectory"] = folder }).Build();
        var accounts = new Accounts(new DataFolder(configuration), NullLogger<Accounts>.Instance);
        var municipalities = new List<Municipality>();
        var registering = Stopwatch.StartNew();
        for (var i = 1; i <= tenants; i++)
        {
            var (municipality, _) = await registry.AddAsync($"kommun-{i:D4}", $"Kommun {i}", null);
            await PlanImport.RunAsync(store, municipality.TenantId, PlanImport.Empty(50_000, 2026), withShippedGenomlysningar: false);
            accounts.AddDemo(municipality);
            municipalities.Add(municipality);
        }
        registering.Stop();

        var random = new Random(42);
        var histories = municipalities.Select(m => new Queue<(Guid Id, object Data)>(History(random, m, eventsEach))).ToList();
        var total = histories.Sum(h => (long)h.Count);
        // A history of two years, one event after another.
        var step = TimeSpan.FromSeconds(2 * 365 * 86400.0 / total);
        var at = Scale.HistoryStart;
        var appending = Stopwatch.StartNew();
        long appended = 0, commits = 0;
        while (histories.Any(h => h.Count > 0))
        {
            // One round: each municipality's next command or two, so every page of the log holds many
            // municipalities; with few municipalities, more of each a round, so that a commit holds a few hundred events.
            await using var session = store.LightweightSession();
            for (var t = 0; t < histories.Count; t++)
            {
                var history = histories[t];
                if (history.Count == 0) continue;
                var operations = session.ForTenant(municipalities[t].TenantId);
                for (var n = (1 + random.Next(3)) * Math.Max(1, 300 / tenants); n > 0 && history.Count > 0; n--)
                {
                    var (id, data) = history.Dequeue();
                    var action = data is ItemProposed ? operations.Events.StartStream<Item>(id, data) : operations.Events.Append(id, data);
                    at += step;
                    action.Events[^1].Timestamp = at;
                    appended++;
                }
            }
            await session.SaveChangesAsync();
            commits++;
        }
        appending.Stop();

        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        async Task<long> Scalar(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        var head = await Scalar("select max(seq_id) from public.mt_events");
        var items = await Scalar("select count(*) from public.mt_doc_item where tenant_id <> '*DEFAULT*'");
        var streams = await Scalar("select count(*) from public.mt_streams where tenant_id <> '*DEFAULT*' and type = 'item'");
        // The notices subscription tells people of what happens while the app runs; a history written
        // through the running app would have been told already, so it starts at the head, as it would be.
        await Scalar("update public.mt_event_progression set last_seq_id = (select max(seq_id) from public.mt_events) where name like 'notices:%' returning 1");
        row("seeded: municipalities registered, each with its plan imported and its demo accounts",
            $"{tenants} in {registering.Elapsed.TotalSeconds:F1} s");
        row("seeded: events appended (items' lifecycles, interleaved across municipalities)",
            $"{appended:N0} in {appending.Elapsed.TotalSeconds:F1} s ({appended / appending.Elapsed.TotalSeconds:N0} events/s, {commits} commits); {items:N0} item documents for {streams:N0} item streams; head {head:N0}");
        return new Seeded(municipalities, appended, head);
    }

    /// <summary>A municipality's history of exactly <paramref name="events"/> events, in its own nämnder and förvaltningar.</summary>
    static IEnumerable<(Guid, object)> History(Random random, Municipality municipality, int events)
    {
        var committees = municipality.Committees.Where(c => !c.IsCompany).Select(c => c.Code).ToList();
        var departments = municipality.Departments.Where(d => d.Type == "förvaltning").Select(d => d.Name).ToList();
        var count = 0;
        for (var item = 0L; ; item++)
        {
            foreach (var e in Scale.Item(random, item, committees, departments))
            {
                if (count++ == events) yield break;
                yield return e;
            }
        }
    }

    sealed record Start(TimeSpan Listening, TimeSpan? Dashboard, TimeSpan? Sealer, TimeSpan CaughtUp,
        double AppCpuListening, double PgCpuListening, double AppCpuCaughtUp, double PgCpuCaughtUp, Probe.Sample AtListening, Probe.Sample AfterCatchUp);

    /// <summary>Starts the app and follows the daemon's progress (read from the database beside it) until the dashboard and the sealer reach <paramref name="head"/>.</summary>
    static async Task<Start> StartAndFollowAsync(AppProcess app, Probe probe, long head, TimeSpan timeout)
    {
        probe.Reset();
        var clock = Stopwatch.StartNew();
        TimeSpan? dashboard = null, sealer = null;
        var reported = TimeSpan.Zero;
        using var stop = new CancellationTokenSource();
        app.Start();
        var follower = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && (dashboard is null || sealer is null))
            {
                try
                {
                    await using var connection = new NpgsqlConnection(app.OwnerConnectionString);
                    await connection.OpenAsync(stop.Token);
                    while (!stop.IsCancellationRequested && (dashboard is null || sealer is null))
                    {
                        await using var command = new NpgsqlCommand("select name, last_seq_id from public.mt_event_progression", connection);
                        await using (var reader = await command.ExecuteReaderAsync(stop.Token))
                        {
                            while (await reader.ReadAsync(stop.Token))
                            {
                                if (reader.GetInt64(1) < head) continue;
                                var name = reader.GetString(0);
                                if (dashboard is null && name.StartsWith(Dashboard.DashboardProjection.ProjectionName + ":", StringComparison.Ordinal)) dashboard = clock.Elapsed;
                                if (sealer is null && name.StartsWith(Audit.AuditChainSealer.SubscriptionName + ":", StringComparison.Ordinal)) sealer = clock.Elapsed;
                            }
                        }
                        if (clock.Elapsed - reported > TimeSpan.FromSeconds(30))
                        {
                            reported = clock.Elapsed;
                            await using var where = new NpgsqlCommand("select string_agg(name || ' ' || last_seq_id, ', ' order by name) from public.mt_event_progression", connection);
                            Console.WriteLine($"    {clock.Elapsed.TotalSeconds:F0} s: {await where.ExecuteScalarAsync(stop.Token)} (head {head})");
                        }
                        await Task.Delay(100, stop.Token);
                    }
                }
                catch (OperationCanceledException) { }
                catch (Exception e) when (e is NpgsqlException or IOException or FormatException or IndexOutOfRangeException)
                {
                    // The app's server is not up yet (no postmaster.pid, or not answering).
                    try { await Task.Delay(100, stop.Token); } catch (OperationCanceledException) { }
                }
            }
        });
        await app.WaitHealthyAsync(TimeSpan.FromMinutes(10));
        var listening = clock.Elapsed;
        var (appCpuListening, pgCpuListening) = (AppCpuSeconds(app), PgCpuSeconds(app));
        var atListening = await probe.ReadAsync(collect: false);
        var deadline = clock.Elapsed + timeout;
        while ((dashboard is null || sealer is null) && clock.Elapsed < deadline) await Task.Delay(100);
        // Either may have caught up before the app answered.
        var caughtUp = dashboard is { } d && sealer is { } s ? (d > s ? d : s) : clock.Elapsed;
        var (appCpu, pgCpu) = (AppCpuSeconds(app), PgCpuSeconds(app));
        await stop.CancelAsync();
        await follower;
        var afterCatchUp = await probe.ReadAsync(collect: true);
        return new Start(listening, dashboard, sealer, caughtUp, appCpuListening, pgCpuListening, appCpu, pgCpu, atListening, afterCatchUp);
    }

    static async Task<long> HeadAsync(AppProcess app)
    {
        await using var connection = new NpgsqlConnection(app.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select max(seq_id) from public.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    static async Task<string> SizesAsync(AppProcess app)
    {
        await using var connection = new NpgsqlConnection(app.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_total_relation_size('public.mt_events'), pg_database_size(current_database())", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetInt64(0) / 1024 / 1024} / {reader.GetInt64(1) / 1024 / 1024} MiB";
    }

    static async Task<HubConnection> ConnectAsync(Uri baseAddress, string token, Channel<(decimal Realised, long At)> pushes)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/dashboard"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        hub.On<JsonElement>("dashboardUpdated", d => pushes.Writer.TryWrite((d.GetProperty("realisedTkr").GetDecimal(), Stopwatch.GetTimestamp())));
        await hub.StartAsync();
        return hub;
    }

    static HttpClient Client(Uri baseAddress, string token)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    static async Task<T> Post<T>(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    static string Seconds(TimeSpan? t) => t is { } v ? $"{v.TotalSeconds:F1} s" : "not within the time allowed";

    static string Percentiles(List<double> ms)
    {
        if (ms.Count == 0) return "none";
        ms.Sort();
        double P(double q) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(q * ms.Count) - 1)];
        return $"p50 {P(0.5):F0} ms, p95 {P(0.95):F0} ms, max {ms[^1]:F0} ms";
    }

    /// <summary>CPU seconds of the app's process.</summary>
    static double AppCpuSeconds(AppProcess app) =>
        ProcStat.Read(app.ProcessId) is { } stat ? (stat.User + stat.System) / ProcStat.TicksPerSecond : double.NaN;

    /// <summary>CPU seconds of the app's PostgreSQL: the postmaster, its live backends, and the backends it has reaped.</summary>
    static double PgCpuSeconds(AppProcess app)
    {
        var (postmaster, _) = app.Postmaster();
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            var stat = ProcStat.Read(pid);
            if (stat is null) continue;
            if (pid == postmaster) ticks += stat.Value.User + stat.Value.System + stat.Value.ChildrenUser + stat.Value.ChildrenSystem;
            else if (stat.Value.Parent == postmaster) ticks += stat.Value.User + stat.Value.System;
        }
        return ticks / ProcStat.TicksPerSecond;
    }
}

/// <summary>Fields of /proc/&lt;pid&gt;/stat (Linux): parent, and CPU time in clock ticks.</summary>
readonly record struct ProcStat(int Parent, long User, long System, long ChildrenUser, long ChildrenSystem)
{
    public const double TicksPerSecond = 100;

    public static ProcStat? Read(int pid)
    {
        string text;
        try { text = File.ReadAllText($"/proc/{pid}/stat"); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return new ProcStat(int.Parse(fields[1], CultureInfo.InvariantCulture),
            long.Parse(fields[11], CultureInfo.InvariantCulture), long.Parse(fields[12], CultureInfo.InvariantCulture),
            long.Parse(fields[13], CultureInfo.InvariantCulture), long.Parse(fields[14], CultureInfo.InvariantCulture));
    }
}

/// <summary>Reads what <see cref="StartupHook"/> writes from inside the app's process.</summary>
sealed class Probe(string path)
{
    public string Path { get; } = path;

    public sealed record Sample(long WorkingSetMiB, long HeapMiB, long CpuMs);

    /// <summary>Forgets what an earlier process wrote.</summary>
    public void Reset()
    {
        File.Delete(Path);
        File.Delete(Path + ".gc");
    }

    /// <summary>The newest sample; with <paramref name="collect"/>, the working set before and the heap after a full collection.</summary>
    public async Task<Sample> ReadAsync(bool collect)
    {
        var before = await ReadLineAsync(_ => true);
        if (!collect) return new Sample(Mib(before[1]), Mib(before[2]), long.Parse(before[5], CultureInfo.InvariantCulture));
        await File.WriteAllTextAsync(Path + ".gc", "");
        var after = await ReadLineAsync(f => f[6] == "collected");
        return new Sample(Mib(before[1]), Mib(after[2]), long.Parse(after[5], CultureInfo.InvariantCulture));
    }

    async Task<string[]> ReadLineAsync(Func<string[], bool> wanted)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                var fields = (await File.ReadAllTextAsync(Path)).Split(' ');
                if (fields.Length == 7 && wanted(fields)) return fields;
            }
            catch (IOException) { /* not written yet, or being replaced */ }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the memory probe wrote nothing to {Path}");
            await Task.Delay(50);
        }
    }

    static long Mib(string bytes) => long.Parse(bytes, CultureInfo.InvariantCulture) / 1024 / 1024;
}
