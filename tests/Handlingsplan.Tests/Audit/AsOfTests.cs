using System.Text.Json;
using Alba;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Audit;

/// <summary>"What did it look like then?": items, lists and the dashboard replayed as of an instant.</summary>
public sealed class AsOfTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static string At(DateTimeOffset instant) => Uri.EscapeDataString(instant.UtcDateTime.ToString("O"));

    sealed record Step(long Version, string Type, DateTimeOffset Timestamp);

    async Task<List<Step>> History(Guid id) =>
        (await Host.GetJson<List<Step>>($"/api/measures/{id}/history")).ToList();

    [Fact]
    public async Task Each_earlier_instant_gives_the_item_exactly_as_it_was_then()
    {
        var item = await Host.AssignedItem(estimate: 500m);
        var v = await Host.Realised(item.Id, item.Version, 100m, year: 2025);
        v = await Host.Step("measures", item.Id, "revise-estimate", new { estimatedSavingTkr = 800m, reason = "Större effekt", expectedVersion = v });
        await Host.Realised(item.Id, v, 50m, year: 2026);

        var expected = new (string Status, decimal? Estimate, decimal Realised)[]
        {
            ("proposed", 500m, 0m), ("prioritised", 500m, 0m), ("assigned", 500m, 0m),
            ("realising", 500m, 100m), ("realising", 800m, 100m), ("realising", 800m, 150m),
        };
        var history = await History(item.Id);
        Assert.Equal(expected.Length, history.Count);
        for (var i = 0; i < history.Count; i++)
        {
            var then = await Host.GetJson<JsonElement>($"/api/measures/{item.Id}?asOf={At(history[i].Timestamp)}");
            Assert.Equal(expected[i].Status, then.GetProperty("status").GetString());
            Assert.Equal(expected[i].Estimate, then.GetProperty("estimatedSavingTkr").GetDecimal());
            Assert.Equal(expected[i].Realised, then.GetProperty("realisedTkr").GetDecimal());
            Assert.Equal(history[i].Version, then.GetProperty("version").GetInt64());
        }

        // Before its proposal the item did not exist.
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/measures/{item.Id}?asOf={At(history[0].Timestamp.AddSeconds(-1))}");
            s.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task The_list_and_the_dashboard_as_of_an_earlier_instant_leave_out_what_came_later()
    {
        var first = await Host.AssignedItem(title: "Första");
        var version = await Host.Realised(first.Id, first.Version, 200m, year: 2025, recurring: true);
        var cut = (await History(first.Id)).Last().Timestamp;
        var second = await Host.Proposed(title: "Andra", estimate: 300m);
        await Host.Realised(first.Id, version, 40m, year: 2026, recurring: false);

        var list = await Host.GetJson<List<JsonElement>>($"/api/measures?asOf={At(cut)}");
        var only = Assert.Single(list);
        Assert.Equal(first.Id, only.GetProperty("id").GetGuid());
        Assert.Equal(200m, only.GetProperty("realisedTkr").GetDecimal());

        var then = await Host.GetJson<JsonElement>($"/api/dashboard?asOf={At(cut)}");
        Assert.Equal(200m, then.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(200m, then.GetProperty("recurringTkr").GetDecimal());
        Assert.Equal(500m, then.GetProperty("estimatedTkr").GetDecimal());
        Assert.Equal(1, then.GetProperty("byStatus").GetProperty("realising").GetInt32());
        Assert.Equal(0, then.GetProperty("byStatus").GetProperty("proposed").GetInt32());

        var listNow = await Host.GetJson<List<JsonElement>>("/api/measures");
        Assert.Equal(2, listNow.Count);
        Assert.Contains(listNow, i => i.GetProperty("id").GetGuid() == second.Id);
    }

    [Fact]
    public async Task The_dashboard_as_of_now_equals_the_live_one()
    {
        await PlanImportRun();
        var item = await Host.AssignedItem(committee: "SN", estimate: 1200m);
        await Host.Realised(item.Id, item.Version, 300m);
        await WaitForProjections();

        var live = await Host.GetJson<JsonElement>("/api/dashboard");
        var replayed = await Host.GetJson<JsonElement>($"/api/dashboard?asOf={At(DateTimeOffset.UtcNow.AddSeconds(1))}");
        Assert.Equal(Normalised(live), Normalised(replayed));
        Assert.Equal(300m, replayed.GetProperty("realisedTkr").GetDecimal());
    }

    [Fact]
    public async Task A_date_means_the_end_of_that_day_and_a_local_offset_is_understood()
    {
        var item = await Host.AssignedItem();
        await Host.Realised(item.Id, item.Version, 70m);
        // "Today" as the app reads a date: the day in Sweden, whatever the machine's own time zone.
        var today = Handlingsplan.Infrastructure.SwedishTime.Today().ToString("yyyy-MM-dd");

        Assert.Equal(0m, (await Host.GetJson<JsonElement>("/api/dashboard?asOf=2020-01-01")).GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(70m, (await Host.GetJson<JsonElement>($"/api/dashboard?asOf={today}")).GetProperty("realisedTkr").GetDecimal());
        Assert.Empty(await Host.GetJson<List<JsonElement>>("/api/measures?asOf=2020-01-01"));
        var inStockholm = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-ddTHH:mm:sszzz"));
        Assert.Equal("realising", (await Host.GetJson<JsonElement>($"/api/measures/{item.Id}?asOf={inStockholm}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/api/dashboard?asOf=igår")]
    [InlineData("/api/measures?asOf=2025-13-45")]
    [InlineData("/api/decisions?from=förra%20veckan")]
    [InlineData("/api/decisions?from=2025-03-01&to=2025-02-01")]
    [InlineData("/api/audit/export?to=snart")]
    public async Task A_malformed_instant_or_period_is_a_400_in_Swedish(string url)
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var problem = await result.ReadAsJsonAsync<JsonElement>();
        var messages = problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray()).Select(m => m.GetString()).ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Matches("tidpunkt|Periodens", m!));
    }

    /// <summary>The JSON with every object's properties in name order, so that two equal documents compare equal as text.</summary>
    static string Normalised(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"\"{p.Name}\":{Normalised(p.Value)}")) + "}",
        JsonValueKind.Array => "[" + string.Join(",", e.EnumerateArray().Select(Normalised)) + "]",
        _ => e.GetRawText(),
    };

    Task PlanImportRun() => Handlingsplan.Plan.PlanImport.RunAsync(Store);
}
