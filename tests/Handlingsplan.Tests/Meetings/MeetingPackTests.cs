using System.Text.Json;
using Alba;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Meetings;

/// <summary>A sammanträdesunderlag freezes the dashboard and the genomlysningar as of one instant, and stays as it was.</summary>
public sealed class MeetingPackTests(AppFixture fixture) : IntegrationContext(fixture)
{
    async Task<long> Step(Guid id, string step, object body)
    {
        var result = await Host.Scenario(s => { s.Post.Json(body).ToUrl($"/api/measures/{id}/{step}"); s.StatusCodeShouldBeOk(); });
        return (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
    }

    [Fact]
    public async Task A_pack_stays_identical_after_further_events()
    {
        await PlanImport.RunAsync(Store);
        var measure = PlanImport.StableId("genomlysning-2024-1");
        var version = (await Host.GetJson<JsonElement>($"/api/measures/{measure}")).GetProperty("version").GetInt64();
        version = await Step(measure, "assign", new { department = "Kommunledningskontoret", expectedVersion = version });
        version = await Step(measure, "realise", new { amountTkr = 300, year = 2025, recurring = true, expectedVersion = version });

        var created = await Host.Scenario(s =>
        {
            s.Post.Json(new { title = "Sammanträdesunderlag för KS 2026-02-10", meetingDate = "2026-02-10" }).ToUrl("/api/sammantradesunderlag");
            s.StatusCodeShouldBe(201);
        });
        var id = (await created.ReadAsJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var frozen = await (await Host.Scenario(s => s.Get.Url($"/api/sammantradesunderlag/{id}"))).ReadAsTextAsync();
        var pack = JsonDocument.Parse(frozen).RootElement;
        Assert.Equal(300m, pack.GetProperty("dashboard").GetProperty("realisedTkr").GetDecimal());
        var row = pack.GetProperty("genomlysningar")[0].GetProperty("sections")[0].GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("itemId").GetGuid() == measure);
        Assert.Equal(300m, row.GetProperty("followUp").GetProperty("realisedTkr").GetDecimal());

        await Step(measure, "realise", new { amountTkr = 200, year = 2026, recurring = false, expectedVersion = version });
        await WaitForProjections();

        Assert.Equal(500m, (await Host.GetJson<JsonElement>("/api/dashboard")).GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(frozen, await (await Host.Scenario(s => s.Get.Url($"/api/sammantradesunderlag/{id}"))).ReadAsTextAsync());
        var listed = Assert.Single(await Host.GetJson<JsonElement[]>("/api/sammantradesunderlag"));
        Assert.Equal("2026-02-10", listed.GetProperty("meetingDate").GetString());

        var page = System.Net.WebUtility.HtmlDecode(await (await Host.Scenario(s => s.Get.Url($"/sammantradesunderlag/{id}"))).ReadAsTextAsync());
        Assert.Contains("Sammanträdesunderlag för KS 2026-02-10", page);
        Assert.Contains("Översyn av kommunens IT-system", page);
    }

    [Fact]
    public async Task Only_kommunledning_freezes_a_pack_and_bad_input_is_refused_in_swedish()
    {
        await PlanImport.RunAsync(Store);
        var auditor = await Fixture.TokenFor("revisor");
        await Host.Scenario(s =>
        {
            s.Post.Json(new { title = "Underlag", meetingDate = "2026-02-10" }).ToUrl("/api/sammantradesunderlag");
            s.WithRequestHeader("Authorization", "Bearer " + auditor);
            s.StatusCodeShouldBe(403);
        });
        var bad = await Host.Scenario(s => { s.Post.Json(new { title = "", meetingDate = "10 februari" }).ToUrl("/api/sammantradesunderlag"); s.StatusCodeShouldBe(400); });
        var errors = (await bad.ReadAsJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("Ange en titel", errors.GetProperty("title")[0].GetString());
        Assert.StartsWith("Ange dagen", errors.GetProperty("meetingDate")[0].GetString());
        Assert.Empty(await Host.GetJson<JsonElement[]>("/api/sammantradesunderlag"));
        await Host.Scenario(s => { s.Get.Url($"/api/sammantradesunderlag/{Guid.NewGuid()}"); s.StatusCodeShouldBe(404); });
    }
}
