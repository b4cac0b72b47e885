// The command path's floor: the statements one realisation sends to the database, replayed by
// pgbench without the app, beside raw single-row insert commits and the app's own closed loop in the
// same run. What the database alone reaches is the most any app in front of it can reach.
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- floor [clients=8] [seconds=10] [rounds=2]
using System.Diagnostics;
using System.Text;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Handlingsplan.Benchmarks;

public static class Floor
{
    /// <summary>Items each client realises on; a transaction of several realisations takes distinct ones.</summary>
    const int ItemsPerClient = 48;

    public static async Task RunAsync(string[] args)
    {
        var clients = args.Length > 0 ? int.Parse(args[0]) : 8;
        var seconds = args.Length > 1 ? int.Parse(args[1]) : 10;
        var rounds = args.Length > 2 ? int.Parse(args[2]) : 2;
        await using var app = await BenchHost.StartAsync();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var coordinator = app.Services.GetRequiredService<IProjectionCoordinator>();

        // Items for the app's loop, and others for pgbench: pgbench stores one item's document for all of its own.
        var items = await Commands.AssignedMeasures(app, clients * ItemsPerClient);
        var replayed = await Commands.AssignedMeasures(app, clients * ItemsPerClient);
        // One realisation through the app, so that what pgbench sends is what the app stores.
        using (var http = Commands.Client(app))
        {
            var (ok, _) = await Commands.Realise(http, replayed[0]);
            if (!ok) throw new InvalidOperationException("a realisation was refused");
        }
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(5));
        var variables = await StoredJson(app.ConnectionString, replayed[0].Id);
        await CreateTables(app.ConnectionString, replayed.Select(i => i.Id).ToList());

        var variants = new (string What, int PerTransaction, bool DaemonWrites)[]
        {
            ("the command's own statements: item and version read, quick append and item document upsert in one transaction", 1, false),
            ("the same with the daemon's writes for its event (dashboard row, seal) in that transaction", 1, true),
            ("four realisations a transaction, each with the daemon's writes", 4, true),
        };
        var results = new List<(int Round, string What, double Realisations, double Raw)>();
        for (var round = 1; round <= rounds; round++)
        {
            var raw = await PgBench.InsertCommitsAsync(app.ConnectionString, clients, seconds);
            results.Add((round, "raw PostgreSQL: single-row insert commits (simple protocol, as every benchmark's baseline)", raw.CommitsPerSecond, raw.CommitsPerSecond));
            var rawPrepared = await PgBench.RunAsync(app.ConnectionString, "insert into bench_insert (v) values (1);\n", clients, seconds, prepared: true);
            results.Add((round, "raw PostgreSQL, prepared", rawPrepared.CommitsPerSecond, raw.CommitsPerSecond));

            var appRate = await AppClosedLoop(app, items, clients, seconds);
            results.Add((round, "the app: realise over HTTP, closed loop (the daemon, the sealer and the pushes running)", appRate, raw.CommitsPerSecond));
            await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(5));

            // pgbench's appends stay away from the projections while it runs; the daemon folds them in afterwards.
            await coordinator.PauseAsync();
            foreach (var (what, per, daemonWrites) in variants)
            {
                var result = await PgBench.RunAsync(app.ConnectionString, Script(per, daemonWrites), clients, seconds, prepared: true, variables);
                results.Add((round, what, result.CommitsPerSecond * per, raw.CommitsPerSecond));
            }
            // The daemon and the sealer fold pgbench's events in before the next round measures anything.
            await coordinator.ResumeAsync();
            await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(10));
        }

        Console.WriteLine();
        Console.WriteLine($"| what ({clients} clients, {seconds} s each, {rounds} rounds) | realisations (or inserts) a second, each round | share of raw, each round |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var what in results.Select(r => r.What).Distinct())
        {
            var mine = results.Where(r => r.What == what).ToList();
            Console.WriteLine($"| {what} | {string.Join(" / ", mine.Select(r => r.Realisations.ToString("N0")))} | {string.Join(" / ", mine.Select(r => (r.Realisations / r.Raw).ToString("P1")))} |");
        }
    }

    /// <summary>
    /// One transaction of pgbench: <paramref name="per"/> realisations on distinct items of this
    /// client, each read as the app reads it for writing, then appended and its document upserted
    /// with the statements Marten sends (docs/benchmarks.md), in one transaction.
    /// </summary>
    static string Script(int per, bool daemonWrites)
    {
        var s = new StringBuilder();
        var span = ItemsPerClient / per;
        for (var k = 0; k < per; k++)
        {
            s.AppendLine($"\\set n{k} :client_id * {ItemsPerClient} + {k * span} + random(0, {span - 1})");
            s.AppendLine($"select id as sid{k} from bench_floor_items where n = :n{k} \\gset");
            s.AppendLine($"select version as v{k} from public.mt_streams where id = :sid{k} \\gset");
            s.AppendLine($"select d.id, d.data, d.mt_version from public.mt_doc_item as d where id = :sid{k};");
            s.AppendLine($"\\set nv{k} :v{k} + 1");
        }
        s.AppendLine("BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED;");
        for (var k = 0; k < per; k++)
        {
            s.AppendLine($"select public.mt_quick_append_events(:sid{k}, 'item', '*DEFAULT*', array[gen_random_uuid()], array[:event_type]::varchar[], array[:event_dotnet_type]::varchar[], array[:event_data]::jsonb[], array[null]::bytea[], array[:event_headers]::jsonb[], array[:user_name]::varchar[], array[now()], :v{k});");
            s.AppendLine($"insert into public.mt_doc_item (id, data, \"mt_version\", \"mt_dotnet_type\", \"mt_last_modified\") values (:sid{k}, :item_data, CASE WHEN :nv{k} = 0 THEN COALESCE((select version from public.mt_streams where public.mt_streams.id = :sid{k}), 1) ELSE :nv{k} END, :item_dotnet_type, transaction_timestamp()) on conflict (id) do update set data = excluded.data, mt_version = CASE WHEN :nv{k} = 0 THEN COALESCE((select version from public.mt_streams where public.mt_streams.id = public.mt_doc_item.id), public.mt_doc_item.mt_version + 1) ELSE :nv{k} END, \"mt_dotnet_type\" = excluded.\"mt_dotnet_type\", \"mt_last_modified\" = excluded.\"mt_last_modified\" where :nv{k} = 0 or COALESCE((select version from public.mt_streams where public.mt_streams.id = public.mt_doc_item.id), 0) <= :nv{k} returning mt_version;");
            if (!daemonWrites) continue;
            s.AppendLine($"insert into bench_floor_rows (id, data, \"mt_version\", \"mt_dotnet_type\", \"mt_last_modified\") values (:sid{k}, :row_data, gen_random_uuid(), :row_dotnet_type, transaction_timestamp()) on conflict (id) do update set data = excluded.data, \"mt_version\" = excluded.\"mt_version\", \"mt_dotnet_type\" = excluded.\"mt_dotnet_type\", \"mt_last_modified\" = excluded.\"mt_last_modified\";");
            s.AppendLine("insert into bench_floor_seals (id, data, \"mt_version\", \"mt_dotnet_type\", \"mt_last_modified\") values (nextval('bench_floor_seal'), :seal_data, gen_random_uuid(), :seal_dotnet_type, transaction_timestamp()) on conflict (id) do nothing returning id;");
        }
        s.AppendLine("COMMIT;");
        return s.ToString();
    }

    /// <summary>The JSON the app stored for one realisation: its event, the item's document, its dashboard row and a seal.</summary>
    static async Task<Dictionary<string, string>> StoredJson(string connectionString, Guid item)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        var values = new Dictionary<string, string>();
        async Task Read(string sql, params string[] names)
        {
            await using var command = new NpgsqlCommand(sql, db);
            if (sql.Contains("@id", StringComparison.Ordinal)) command.Parameters.AddWithValue("id", item);
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync()) throw new InvalidOperationException($"nothing stored: {sql}");
            for (var i = 0; i < names.Length; i++) values[names[i]] = reader.GetString(i);
        }
        await Read("select data::text, headers::text, type, mt_dotnet_type, user_name from public.mt_events where stream_id = @id order by version desc limit 1",
            "event_data", "event_headers", "event_type", "event_dotnet_type", "user_name");
        await Read("select data::text, mt_dotnet_type from public.mt_doc_item where id = @id", "item_data", "item_dotnet_type");
        await Read("select data::text, mt_dotnet_type from public.mt_doc_dashboardrow where id = @id", "row_data", "row_dotnet_type");
        await Read("select data::text, mt_dotnet_type from public.mt_doc_auditseal order by id desc limit 1", "seal_data", "seal_dotnet_type");
        return values;
    }

    /// <summary>
    /// pgbench's items by number, and copies of the dashboard rows' and the seals' tables (same
    /// columns and keys) for the daemon's writes, so that the daemon's own rows and seals stay as it left them.
    /// </summary>
    static async Task CreateTables(string connectionString, IReadOnlyList<Guid> ids)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("""
            create table bench_floor_items (n int primary key, id uuid not null);
            insert into bench_floor_items select n - 1, id from unnest(@ids) with ordinality as t(id, n);
            create table bench_floor_rows (like public.mt_doc_dashboardrow including all);
            insert into bench_floor_rows select * from public.mt_doc_dashboardrow where id = any(@ids);
            create table bench_floor_seals (like public.mt_doc_auditseal including all);
            create sequence bench_floor_seal;
            """, db);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Each client realises on its own items in turn, as fast as the answers come; answers realisations a second.</summary>
    static async Task<double> AppClosedLoop(BenchHost app, List<(Guid Id, long Version)> items, int clients, int seconds)
    {
        var done = 0;
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            using var http = Commands.Client(app);
            var mine = items.Skip(c * ItemsPerClient).Take(ItemsPerClient).ToArray();
            for (var n = 0; until.Elapsed.TotalSeconds < seconds; n++)
            {
                var (ok, version) = await Commands.Realise(http, mine[n % mine.Length]);
                mine[n % mine.Length] = (mine[n % mine.Length].Id, version);
                if (ok) Interlocked.Increment(ref done);
            }
            for (var i = 0; i < mine.Length; i++) items[c * ItemsPerClient + i] = mine[i];
        }));
        return done / until.Elapsed.TotalSeconds;
    }
}
