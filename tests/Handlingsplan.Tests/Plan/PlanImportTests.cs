using System.Text.Json;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;
using Marten;

namespace Handlingsplan.Tests.Plan;

/// <summary>The real plan from the municipality's documents, loaded as events.</summary>
public sealed class PlanImportTests(AppFixture fixture) : IntegrationContext(fixture)
{
    const string Review = "Kommunstyrelsens genomlysning 2024";

    [Fact]
    public async Task The_measures_of_the_plan_and_of_the_review_are_loaded_with_their_estimates()
    {
        await PlanImport.RunAsync(Store);

        var measures = await Host.GetJson<JsonElement[]>("/api/measures");
        var review = measures.Where(m => m.GetProperty("source").GetString() == Review).ToList();
        var plan = measures.Except(review).ToList();

        Assert.Equal(25, measures.Length);
        Assert.Equal(17, review.Count);
        Assert.Equal(3800m, review.Sum(m => m.GetProperty("estimatedSavingTkr").ValueKind == JsonValueKind.Null ? 0 : m.GetProperty("estimatedSavingTkr").GetDecimal()));
        Assert.Equal(7, review.Count(m => m.GetProperty("estimatedSavingTkr").ValueKind == JsonValueKind.Null));
        Assert.All(review, m => Assert.NotEqual(JsonValueKind.Null, m.GetProperty("category").ValueKind));
        Assert.All(review, m => Assert.NotEqual(JsonValueKind.Null, m.GetProperty("horizon").ValueKind));
        Assert.Equal(8, plan.Count);
        Assert.All(plan, m => Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("responsibleRole").GetString())));
        Assert.All(plan, m => Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("timeline").GetString())));
        Assert.All(measures, m => Assert.Equal("proposed", m.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_investigations_are_loaded_twelve_assigned_and_two_declined()
    {
        await PlanImport.RunAsync(Store);

        var investigations = await Host.GetJson<JsonElement[]>("/api/investigations");
        var declined = investigations.Where(i => i.GetProperty("status").GetString() == "declined").ToList();
        var assigned = investigations.Where(i => i.GetProperty("status").GetString() == "assigned").ToList();

        Assert.Equal(14, investigations.Length);
        Assert.Equal(2, declined.Count);
        Assert.Contains(declined, i => i.GetProperty("title").GetString()!.Contains("jurist", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(12, assigned.Count);
        Assert.All(assigned, i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("department").GetString())));
        Assert.All(investigations, i => Assert.NotNull(i.GetProperty("decisionReference").GetString()));
    }

    [Fact]
    public async Task Importing_twice_adds_nothing()
    {
        var first = await PlanImport.RunAsync(Store);
        var events = await EventCount();

        var second = await PlanImport.RunAsync(Store);

        Assert.Equal(1 + 25 + 14, first.StreamsStarted);
        Assert.Equal(new ImportResult(0, 0), second);
        Assert.Equal(events, await EventCount());
    }

    [Fact]
    public async Task The_import_has_a_history_like_everything_else_and_invents_no_savings()
    {
        await PlanImport.RunAsync(Store);
        var investigation = (await Host.GetJson<JsonElement[]>("/api/investigations")).First(i => i.GetProperty("status").GetString() == "assigned");

        var history = await Host.GetJson<JsonElement[]>($"/api/investigations/{investigation.GetProperty("id").GetGuid()}/history");

        Assert.Equal(["InvestigationProposed", "ItemPrioritised", "ItemAssigned"], history.Select(h => h.GetProperty("type").GetString()));
        Assert.All(history, h => Assert.Equal(PlanImport.ImportUser, h.GetProperty("user").GetString()));
        await WaitForProjections();
        var dashboard = await Host.GetJson<JsonElement>("/api/dashboard");
        Assert.Equal(0m, dashboard.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(39, dashboard.GetProperty("byStatus").EnumerateObject().Sum(s => s.Value.GetInt32()));
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
}
