using System.Text.Json;
using Alba;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Genomlysningar;

/// <summary>
/// Key figures from Kolada (a local stand-in answering as Kolada's API does): each fetch is stored
/// with its time, a genomlysning freezes the values it used, and a later fetch that differs shows as a
/// revision beside them, never in their place.
/// </summary>
public sealed class KoladaTests(AppFixture fixture) : IntegrationContext(fixture), IDisposable
{
    KoladaStub Kolada => Fixture.Kolada;

    async Task<JsonElement> Fetch(params string[] kpis)
    {
        var result = await Host.Scenario(s => { s.Post.Json(new { kpis, years = new[] { 2021, 2022, 2023 } }).ToUrl("/api/nyckeltal/kolada"); s.StatusCodeShouldBeOk(); });
        return await result.ReadAsJsonAsync<JsonElement>();
    }

    async Task<(Guid Id, long Version)> Draft(int year)
    {
        var result = await Host.Scenario(s => { s.Post.Json(new { committee = "KS", year }).ToUrl("/api/genomlysningar"); s.StatusCodeShouldBe(201); });
        var created = await result.ReadAsJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetGuid(), created.GetProperty("version").GetInt64());
    }

    static JsonElement Figure(JsonElement report, string name) =>
        report.GetProperty("keyFigures").EnumerateArray().SelectMany(t => t.GetProperty("rows").EnumerateArray()).Single(r => r.GetProperty("name").GetString() == name);

    [Fact]
    public async Task A_fetch_stores_what_kolada_answered_for_alingsas_its_similar_municipalities_and_the_average()
    {
        var requestsBefore = Kolada.Requests;
        var fetched = await Fetch("N00945", "N00090");

        // 3 columns x 3 years x 2 KPIs, over pages of 5: the client followed next_page to the last.
        Assert.Equal(18, fetched.GetProperty("values").GetArrayLength());
        Assert.True(Kolada.Requests - requestsBefore >= 1 + 4, "the group's look-up and four pages of data");
        var stored = await Host.GetJson<JsonElement[]>("/api/nyckeltal/kolada?pageSize=100");
        Assert.Equal(18, stored.Length);
        var alingsas = stored.Single(v => v.GetProperty("kpi").GetString() == "N00945" && v.GetProperty("column").GetString() == "Alingsås" && v.GetProperty("year").GetInt32() == 2023);
        Assert.Equal(8695m, alingsas.GetProperty("value").GetDecimal());
        Assert.Contains(stored, v => v.GetProperty("column").GetString() == "Liknande kommuner" && v.GetProperty("value").GetDecimal() == 8173m);
        Assert.Contains(stored, v => v.GetProperty("column").GetString() == "Kommungenomsnitt" && v.GetProperty("value").GetDecimal() == 9100m);
        // A KPI divided by gender is kept by its total.
        Assert.Equal(7.4m, stored.Single(v => v.GetProperty("kpi").GetString() == "N00090" && v.GetProperty("column").GetString() == "Alingsås" && v.GetProperty("year").GetInt32() == 2023).GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task A_revised_value_shows_beside_the_frozen_one_and_the_adopted_2024_report_is_unchanged()
    {
        await PlanImport.RunAsync(Store);
        var adopted = PlanImport.StableId("genomlysning-ks-2024");
        var report2024 = await (await Host.Scenario(s => s.Get.Url($"/api/genomlysningar/{adopted}"))).ReadAsTextAsync();
        await Fetch("N00945");
        var (draft, version) = await Draft(2025);
        var frozen = await Host.Scenario(s =>
        {
            s.Post.Json(new { group = "economy", form = "comparison", name = "Kostnad för överförmyndare/nämnd, kr/ställföreträdarskap", unit = "kr", kpi = "N00945", expectedVersion = version })
                .ToUrl($"/api/genomlysningar/{draft}/nyckeltal");
            s.StatusCodeShouldBeOk();
        });
        Assert.Equal(version + 1, (await frozen.ReadAsJsonAsync<JsonElement>()).GetProperty("version").GetInt64());

        Kolada.Revised = true;
        var second = await Fetch("N00945");

        Assert.Contains(second.GetProperty("changed").EnumerateArray(), c => c.GetString()!.Replace('\u00a0', ' ').Contains("(Alingsås, 2023): 8 695 → 8 702 [N00945]"));
        var figure = Figure(await Host.GetJson<JsonElement>($"/api/genomlysningar/{draft}"), "Kostnad för överförmyndare/nämnd, kr/ställföreträdarskap");
        Assert.StartsWith("Kolada, hämtat ", figure.GetProperty("origin").GetString());
        Assert.Equal("N00945", figure.GetProperty("kpiId").GetString());
        var alingsas = figure.GetProperty("cells")[0].GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(8695m, alingsas.Single(v => v.GetProperty("year").GetInt32() == 2023).GetProperty("value").GetDecimal());
        var revision = Assert.Single(figure.GetProperty("revisions").EnumerateArray());
        Assert.Matches(@"^Kolada ändrade värdet \d{4}-\d{2}-\d{2} \(Alingsås, 2023\): 8 695 → 8 702$", revision.GetProperty("text").GetString()!.Replace('\u00a0', ' '));
        Assert.Equal(report2024, await (await Host.Scenario(s => s.Get.Url($"/api/genomlysningar/{adopted}"))).ReadAsTextAsync());
        // The report page says it too, beside the frozen value.
        var page = System.Net.WebUtility.HtmlDecode(await (await Host.Scenario(s => s.Get.Url($"/genomlysningar/{draft}"))).ReadAsTextAsync()).Replace('\u00a0', ' ');
        Assert.Contains("(Alingsås, 2023): 8 695 → 8 702", page);
    }

    [Fact]
    public async Task When_kolada_cannot_be_reached_nothing_is_stored_and_the_app_says_so_and_goes_on()
    {
        await PlanImport.RunAsync(Store);
        var events = await EventCount();
        Kolada.Away = true;

        var result = await Host.Scenario(s => { s.Post.Json(new { kpis = new[] { "N00945" }, years = new[] { 2023 } }).ToUrl("/api/nyckeltal/kolada"); s.StatusCodeShouldBe(503); });

        var problem = await result.ReadAsJsonAsync<JsonElement>();
        Assert.Equal("Kolada kunde inte nås", problem.GetProperty("title").GetString());
        Assert.Contains("Inget har sparats", problem.GetProperty("detail").GetString());
        Assert.Equal(events, await EventCount());
        Assert.Single(await Host.GetJson<JsonElement[]>("/api/genomlysningar"));
        Assert.Empty(await Host.GetJson<JsonElement[]>("/api/nyckeltal/kolada"));
    }

    [Fact]
    public async Task A_figure_kolada_does_not_have_is_entered_by_hand_and_marked_so_and_an_adopted_genomlysning_takes_none()
    {
        await PlanImport.RunAsync(Store);
        var (draft, _) = await Draft(2025);

        await Host.Scenario(s =>
        {
            s.Post.Json(new { group = "quality", form = "overTime", name = "Antal registrerade allvarliga IT-störningar", values = new[] { new { column = "Alingsås", year = 2024, value = 19 } } })
                .ToUrl($"/api/genomlysningar/{draft}/nyckeltal");
            s.StatusCodeShouldBeOk();
        });
        var figure = Figure(await Host.GetJson<JsonElement>($"/api/genomlysningar/{draft}"), "Antal registrerade allvarliga IT-störningar");
        Assert.Equal("Inmatat för hand", figure.GetProperty("origin").GetString());

        var refused = await Host.Scenario(s =>
        {
            s.Post.Json(new { group = "quality", form = "overTime", name = "Något", values = new[] { new { column = "Alingsås", year = 2024, value = 1 } } })
                .ToUrl($"/api/genomlysningar/{PlanImport.StableId("genomlysning-ks-2024")}/nyckeltal");
            s.StatusCodeShouldBe(409);
        });
        Assert.Contains("är antagen", (await refused.ReadAsJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        await Host.Scenario(s => { s.Post.Json(new { committee = "KS", year = 2025 }).ToUrl("/api/genomlysningar"); s.StatusCodeShouldBe(409); });
    }

    [Theory]
    [InlineData("{\"kpis\":[\"n00945\"],\"years\":[2023]}", "kpis[0]")]
    [InlineData("{\"kpis\":[],\"years\":[2023]}", "kpis")]
    [InlineData("{\"kpis\":[\"N00945\"],\"years\":[1990]}", "years[0]")]
    public async Task A_fetch_with_bad_input_is_refused_in_swedish_and_kolada_is_not_asked(string body, string field)
    {
        var requests = Kolada.Requests;
        var result = await Host.Scenario(s => { s.Post.Text(body).ToUrl("/api/nyckeltal/kolada"); s.WithRequestHeader("Content-Type", "application/json"); s.StatusCodeShouldBe(400); });
        var errors = (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
        Assert.Equal(requests, Kolada.Requests);
    }

    public void Dispose()
    {
        Kolada.Revised = false;
        Kolada.Away = false;
    }
}
