using System.Text.Json;
using Alba;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Items;

public sealed class MeasureSliceTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task Proposing_answers_201_with_location_id_and_version()
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { title = "Digitala möten", committee = "SN", estimatedSavingTkr = 250, source = "Test" }).ToUrl("/api/measures");
            s.StatusCodeShouldBe(201);
        });
        var body = await result.ReadAsJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(1, body.GetProperty("version").GetInt64());
        Assert.Equal($"/api/measures/{id}", result.Context.Response.Headers.Location.ToString());

        var measure = await Host.GetJson<JsonElement>($"/api/measures/{id}");
        Assert.Equal("measure", measure.GetProperty("kind").GetString());
        Assert.Equal("Digitala möten", measure.GetProperty("title").GetString());
        Assert.Equal("SN", measure.GetProperty("committee").GetString());
        Assert.Equal("proposed", measure.GetProperty("status").GetString());
        Assert.Equal(250m, measure.GetProperty("estimatedSavingTkr").GetDecimal());
        Assert.Equal(0m, measure.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(1, measure.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Realising_adds_to_the_realised_total_and_moves_the_version()
    {
        var measure = await Host.AssignedItem(estimate: 800);
        var first = await Host.Realised(measure.Id, measure.Version, 300);
        var second = await Host.Realised(measure.Id, first, 200, year: 2026, recurring: false);

        Assert.Equal(4, first);
        Assert.Equal(5, second);
        var read = await Host.GetJson<JsonElement>($"/api/measures/{measure.Id}");
        Assert.Equal(500m, read.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal("realising", read.GetProperty("status").GetString());
        Assert.Equal(5, read.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task The_list_shows_every_measure_and_filters_by_committee()
    {
        await Host.Proposed(committee: "SN", title: "A");
        await Host.Proposed(committee: "VON", title: "B");
        await Host.Proposed(committee: "SN", title: "C");

        var all = await Host.GetJson<JsonElement[]>("/api/measures");
        var sn = await Host.GetJson<JsonElement[]>("/api/measures?committee=SN");

        Assert.Equal(3, all.Length);
        Assert.Equal(["A", "C"], sn.Select(m => m.GetProperty("title").GetString()).Order());
    }

    [Fact]
    public async Task The_list_filters_by_status()
    {
        var realised = await Host.AssignedItem(title: "Realiserad");
        await Host.Proposed(title: "Bara föreslagen");
        await Host.Realised(realised.Id, realised.Version, 100);

        var realising = await Host.GetJson<JsonElement[]>("/api/measures?status=realising");

        Assert.Equal(["Realiserad"], realising.Select(m => m.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task An_unknown_id_gives_404_problem_details()
    {
        var id = Guid.NewGuid();
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/measures/{id}");
            s.StatusCodeShouldBe(404);
            s.ContentTypeShouldBe("application/problem+json");
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(new { amountTkr = 10, year = 2025, recurring = false, expectedVersion = 1 }).ToUrl($"/api/measures/{id}/realise");
            s.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        await Host.Scenario(s =>
        {
            s.Get.Url("/health");
            s.StatusCodeShouldBeOk();
        });
    }
}
