using System.Text.Json;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;
using Marten;

namespace Handlingsplan.Tests.Plan;

/// <summary>The real plan from the municipality's documents, loaded as events. Its figures are checked in <see cref="SeedFiguresTests"/>.</summary>
public sealed class PlanImportTests(AppFixture fixture) : IntegrationContext(fixture)
{
    const string Review = "Kommunstyrelsens genomlysning 2024";

    [Fact]
    public async Task Importing_twice_adds_nothing()
    {
        var first = await PlanImport.RunAsync(Store);
        var events = await EventCount();

        var second = await PlanImport.RunAsync(Store);

        // The plan, its 25 measures and 14 investigations, and Kommunstyrelsens genomlysning 2024.
        Assert.Equal(1 + 25 + 14 + 1, first.StreamsStarted);
        Assert.Equal(1, first.GenomlysningarStarted);
        Assert.Equal(new ImportResult(0, 0), second);
        Assert.Equal(0, first.ItemsCorrected);
        Assert.Equal(events, await EventCount());
    }

    [Fact]
    public async Task The_import_has_a_history_like_everything_else_and_invents_no_savings()
    {
        await PlanImport.RunAsync(Store);
        var investigation = (await Host.GetJson<JsonElement[]>("/api/investigations")).First(i => i.GetProperty("status").GetString() == "assigned");

        var history = await Host.GetJson<JsonElement[]>($"/api/investigations/{investigation.GetProperty("id").GetGuid()}/history");

        Assert.Equal(["InvestigationProposed", "ItemPrioritised", "ItemAssigned"], history.Select(h => h.GetProperty("type").GetString()).Take(3));
        Assert.All(history, h => Assert.Equal(PlanImport.ImportUser, h.GetProperty("user").GetString()));
        await WaitForProjections();
        var dashboard = await Host.GetJson<JsonElement>("/api/dashboard");
        Assert.Equal(0m, dashboard.GetProperty("realisedTkr").GetDecimal());
        // 39 items, of which 7 pairs are the same work and counted once.
        Assert.Equal(32, dashboard.GetProperty("byStatus").EnumerateObject().Sum(s => s.Value.GetInt32()));
    }

    [Fact]
    public async Task The_kommunbidrag_of_2026_is_kept_as_plan_data()
    {
        await PlanImport.RunAsync(Store);

        await using var session = Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(PlanImport.PlanId);
        var allocations = events.Select(e => e.Data).OfType<AllocationsRecorded>().Single();

        Assert.Equal(2026, allocations.Year);
        Assert.Equal(8, allocations.Committees.Count);
        Assert.Equal(30709m, Math.Round(allocations.Committees.Sum(c => c.AllocationTkr) / 100m));
    }

    [Fact]
    public async Task A_decision_of_2023_reads_as_taken_in_2023_and_recorded_on_the_day_of_the_import()
    {
        await PlanImport.RunAsync(Store);
        var measure = (await Host.GetJson<JsonElement[]>("/api/measures")).First(m => m.GetProperty("decisionReference").GetString() == "KS 2023-12-11 § 217");

        var history = await Host.GetJson<JsonElement[]>($"/api/measures/{measure.GetProperty("id").GetGuid()}/history");
        var prioritised = history.Single(h => h.GetProperty("type").GetString() == "ItemPrioritised");

        Assert.Equal("2023-12-11", prioritised.GetProperty("decidedOn").GetString());
        Assert.Equal(DateTimeOffset.UtcNow.Year, prioritised.GetProperty("timestamp").GetDateTimeOffset().Year);
        var csv = System.Text.Encoding.UTF8.GetString(await (await AuthorisedClient()).GetByteArrayAsync("/api/decisions?format=csv"));
        Assert.StartsWith("\uFEFFBeslutat;Registrerat;", csv);
        Assert.Contains($"2023-12-11;{Handlingsplan.Infrastructure.SwedishTime.Today():yyyy-MM-dd} ", csv);
    }

    [Fact]
    public async Task The_state_of_decisions_by_a_day_counts_each_decision_from_the_day_it_was_taken()
    {
        await PlanImport.RunAsync(Store);

        var end2023 = await Host.GetJson<JsonElement[]>("/api/decisions/state?on=2023-12-31");
        var end2024 = await Host.GetJson<JsonElement[]>("/api/decisions/state?on=2024-12-31");

        Assert.Equal(8, end2023.Length);
        Assert.All(end2023, s => Assert.Equal("assigned", s.GetProperty("status").GetString()));
        Assert.Equal(8 + 17, end2024.Length);
        Assert.Equal(17, end2024.Count(s => s.GetProperty("latestDecision").GetProperty("decidedOn").GetString() == "2024-09-02"));
        await Host.Scenario(s =>
        {
            s.Get.Url("/api/decisions/state?on=31/12/2024");
            s.StatusCodeShouldBe(400);
        });
    }
}
