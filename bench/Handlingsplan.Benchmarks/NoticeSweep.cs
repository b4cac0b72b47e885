// What the owners' pages and the reminders cost as the plan grows: the daily sweep, Mina poster for
// kommunledning (every item) and for a förvaltningschef (her share), beside a page of a list and the
// dashboard in the same run.
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- notices [items=2000] [rounds=3]
using System.Diagnostics;
using System.Net.Http.Json;
using Handlingsplan.Items;
using Handlingsplan.Items.Proposing;
using Handlingsplan.Notices;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Handlingsplan.Benchmarks;

public static class NoticeSweep
{
    const int Reads = 30;

    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 2000;
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
        await using var app = await BenchHost.StartAsync();
        var store = app.Services.GetRequiredService<IDocumentStore>();

        // Three in four for Kommunledningskontoret with no due date; one in four Socialförvaltningen's, due in ten days.
        var due = Handlingsplan.Infrastructure.SwedishTime.Today().AddDays(10).ToString("yyyy-MM-dd");
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var social = i % 4 == 0;
            var created = await app.Post<ItemCreated>("/api/measures", new { title = $"Mätobjekt {i}", committee = social ? "SN" : "KS", estimatedSavingTkr = 100 });
            var v = (await app.Post<ItemVersion>($"/api/measures/{created.Id}/prioritise", new { decisionReference = "KS 2025-01-01 § 1", expectedVersion = created.Version })).Version;
            await app.Post<ItemVersion>($"/api/measures/{created.Id}/assign", social
                ? new { department = "Socialförvaltningen", dueDate = due, expectedVersion = v }
                : (object)new { department = "Kommunledningskontoret", expectedVersion = v });
        });
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(10));
        Console.WriteLine($"{count} items proposed, prioritised and assigned in {watch.Elapsed.TotalSeconds:0.0} s");

        using var chef = await app.ClientFor("chef-sn");
        var results = new List<(int Round, string What, double P50, double P95)>();
        for (var round = 1; round <= rounds; round++)
        {
            var sweep = Stopwatch.StartNew();
            var response = await app.Http.PostAsJsonAsync("/api/paminnelser", new { });
            response.EnsureSuccessStatusCode();
            var swept = (await response.Content.ReadFromJsonAsync<SweepResult>())!;
            var sweepMs = sweep.Elapsed.TotalMilliseconds;
            void Add(string what, (double P50, double P95) t) => results.Add((round, what, t.P50, t.P95));
            results.Add((round, $"sweep (POST /api/paminnelser): {swept.Reminders} reminders made", sweepMs, sweepMs));
            Add("GET /api/mina as kommunledning (every item)", await Timed(app.Http, "/api/mina"));
            Add("GET /api/mina as chef-sn (her share)", await Timed(chef, "/api/mina"));
            Add("baseline: GET /api/measures (a page of 50)", await Timed(app.Http, "/api/measures"));
            Add("baseline: GET /api/dashboard", await Timed(app.Http, "/api/dashboard"));
        }

        Console.WriteLine();
        Console.WriteLine($"| round | what ({count} items) | p50 ms | p95 ms |");
        Console.WriteLine("| --- | --- | --- | --- |");
        foreach (var (round, what, p50, p95) in results) Console.WriteLine($"| {round} | {what} | {p50:0.0} | {p95:0.0} |");
    }

    static async Task<(double P50, double P95)> Timed(HttpClient http, string url)
    {
        var times = new List<double>();
        for (var i = 0; i < Reads; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[Reads / 2], times[(int)(Reads * 0.95)]);
    }
}
