using System.Text.Json;
using Alba;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Genomlysningar;

/// <summary>
/// Kommunstyrelsens genomlysning 2024 (seed 001) ships as a record of its own: its key figures as the
/// document prints them, its analysis, and its 17 measures followed up from the event store.
/// </summary>
public sealed class GenomlysningTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly Guid Ks2024 = PlanImport.StableId("genomlysning-ks-2024");

    static JsonElement Section(JsonElement report, string number) =>
        report.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("number").GetString() == number);

    static JsonElement Table(JsonElement report, string group, string form) =>
        report.GetProperty("keyFigures").EnumerateArray().Single(t => t.GetProperty("group").GetString() == group && t.GetProperty("form").GetString() == form);

    static JsonElement Row(JsonElement table, string name) =>
        table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);

    [Fact]
    public async Task A_fresh_store_offers_kommunstyrelsens_genomlysning_2024_adopted_with_its_17_measures()
    {
        await PlanImport.RunAsync(Store);

        var list = await Host.GetJson<JsonElement[]>("/api/genomlysningar");
        var only = Assert.Single(list);
        Assert.Equal(Ks2024, only.GetProperty("id").GetGuid());
        Assert.Equal("KS", only.GetProperty("committee").GetString());
        Assert.Equal(2024, only.GetProperty("year").GetInt32());
        Assert.Equal("antagen", only.GetProperty("statusText").GetString());
        Assert.Equal("2024-09-02", only.GetProperty("decidedOn").GetString());
        Assert.Equal(17, only.GetProperty("linkedItems").GetInt32());

        var report = await Host.GetJson<JsonElement>($"/api/genomlysningar/{Ks2024}");
        // The document's four groups: 5 short term, 3 long term, and 2 + 7 investigated, in the template's 3.1–3.3.
        Assert.Equal(5, Section(report, "3.1").GetProperty("rows").GetArrayLength());
        Assert.Equal(3, Section(report, "3.2").GetProperty("rows").GetArrayLength());
        Assert.Equal(9, Section(report, "3.3").GetProperty("rows").GetArrayLength());
        Assert.Equal(0, Section(report, "4.1").GetProperty("rows").GetArrayLength());
        // "Den totala besparingsmöjligheten bedöms utifrån nedanstående åtgärder vara 3,8 mnkr."
        Assert.Equal(3800m, report.GetProperty("sections").EnumerateArray().Sum(s => s.GetProperty("estimatedTotalTkr").GetDecimal()));
        var first = Section(report, "3.1").GetProperty("rows")[0];
        Assert.Equal("Översyn av kommunens IT-system", first.GetProperty("title").GetString());
        Assert.Equal(1000m, first.GetProperty("estimatedSavingTkr").GetDecimal());
        Assert.StartsWith("Kommunledningskontorets nettokostnad ökade från år 2021 till år 2022 med 2,7 mnkr", report.GetProperty("analysis").GetString());
        Assert.Contains("IT-verksamheten fokusera sina resurser", report.GetProperty("analysis").GetString());
    }

    [Fact]
    public async Task The_key_figures_are_the_ones_the_document_prints_in_the_template_s_tables()
    {
        await PlanImport.RunAsync(Store);

        var report = await Host.GetJson<JsonElement>($"/api/genomlysningar/{Ks2024}");
        var economy = Table(report, "economy", "comparison");
        Assert.Equal(["Alingsås", "Liknande kommuner", "Ale", "Kungälv", "Kommungenomsnitt"], economy.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var guardians = Row(economy, "Kostnad för överförmyndare/nämnd, kr/ställföreträdarskap");
        var alingsas = guardians.GetProperty("cells")[0].GetProperty("values").EnumerateArray().ToList();
        Assert.Equal([(2023, 8695m), (2022, 9196m), (2021, 9491m)], alingsas.Select(v => (v.GetProperty("year").GetInt32(), v.GetProperty("value").GetDecimal())));
        Assert.Equal(9100m, guardians.GetProperty("cells")[4].GetProperty("values")[0].GetProperty("value").GetDecimal());

        var overTime = Table(report, "personnel", "overTime");
        Assert.Equal(["År 2021", "År 2022", "År 2023"], overTime.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var sickLeave = Row(overTime, "Sjukfrånvaro Alingsås kommun");
        Assert.Equal([8.2m, 8.4m, 7.4m], sickLeave.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("values")[0].GetProperty("value").GetDecimal()));
        Assert.Equal("%", sickLeave.GetProperty("unit").GetString());

        // "-" in the document is a value it does not have, not a zero.
        var participation = Row(Table(report, "quality", "comparison"), "Delaktighetsindex");
        Assert.Equal(JsonValueKind.Null, participation.GetProperty("cells")[2].GetProperty("values")[0].GetProperty("value").ValueKind);
        var netCost = Row(Table(report, "economy", "overTime"), "Total nettokostnad KLK");
        Assert.Contains("−97,6", netCost.GetProperty("note").GetString());
        Assert.All(report.GetProperty("keyFigures").EnumerateArray().SelectMany(t => t.GetProperty("rows").EnumerateArray()),
            r => Assert.Equal("Genomlysningens dokument", r.GetProperty("origin").GetString()));
        Assert.Equal(22, report.GetProperty("keyFigures").EnumerateArray().Sum(t => t.GetProperty("rows").GetArrayLength()));
    }

    [Fact]
    public async Task Section_3_follows_the_items_as_the_event_store_has_them_now_and_as_of_an_earlier_instant()
    {
        await PlanImport.RunAsync(Store);
        var measure = PlanImport.StableId("genomlysning-2024-2");
        var before = DateTimeOffset.UtcNow;
        var version = (await Host.GetJson<JsonElement>($"/api/measures/{measure}")).GetProperty("version").GetInt64();
        version = await Step(measure, "assign", new { department = "Kommunledningskontoret", expectedVersion = version });
        version = await Step(measure, "realise", new { amountTkr = 120, year = 2025, recurring = true, expectedVersion = version });
        await Step(measure, "follow-up", new { note = "Ansluten till ADDA:s ramavtal för konsulter.", expectedVersion = version });

        var now = Section(await Host.GetJson<JsonElement>($"/api/genomlysningar/{Ks2024}"), "3.1").GetProperty("rows")
            .EnumerateArray().Single(r => r.GetProperty("itemId").GetGuid() == measure).GetProperty("followUp");
        Assert.Equal("realising", now.GetProperty("status").GetString());
        Assert.Equal(120m, now.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal("Ansluten till ADDA:s ramavtal för konsulter.", now.GetProperty("latestNote").GetString());

        var then = Section(await Host.GetJson<JsonElement>($"/api/genomlysningar/{Ks2024}?asOf={Uri.EscapeDataString(before.ToString("O"))}"), "3.1").GetProperty("rows")
            .EnumerateArray().Single(r => r.GetProperty("itemId").GetGuid() == measure).GetProperty("followUp");
        Assert.Equal("prioritised", then.GetProperty("status").GetString());
        Assert.Equal(0m, then.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(JsonValueKind.Null, then.GetProperty("latestNote").ValueKind);
    }

    [Fact]
    public async Task Next_year_s_genomlysning_starts_as_an_utkast_that_follows_up_what_this_one_decided()
    {
        await PlanImport.RunAsync(Store);

        var result = await Host.Scenario(s => { s.Post.Json(new { committee = "KS", year = 2025 }).ToUrl("/api/genomlysningar"); s.StatusCodeShouldBe(201); });
        var id = (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var report = await Host.GetJson<JsonElement>($"/api/genomlysningar/{id}");
        Assert.Equal("Kommunstyrelsens genomlysning 2025", report.GetProperty("title").GetString());
        Assert.Equal("utkast", report.GetProperty("statusText").GetString());
        Assert.Equal([5, 3, 9, 0, 0], report.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("rows").GetArrayLength()));
        Assert.Empty(report.GetProperty("keyFigures").EnumerateArray());
    }

    [Fact]
    public async Task A_draft_gets_its_analysis_and_is_adopted_by_kommunledning_and_then_changes_no_more()
    {
        await PlanImport.RunAsync(Store);
        var created = await Host.Scenario(s => { s.Post.Json(new { committee = "SN", year = 2025 }).ToUrl("/api/genomlysningar"); s.StatusCodeShouldBe(201); });
        var answer = await created.ReadAsJsonAsync<JsonElement>();
        var (id, version) = (answer.GetProperty("id").GetGuid(), answer.GetProperty("version").GetInt64());

        // The nämnd's own förvaltningschef writes its analysis; the decision is kommunledning's.
        var chef = await Fixture.TokenFor("chef-sn");
        var written = await Host.Scenario(s =>
        {
            s.Post.Json(new { text = "Kostnaderna för IT fortsätter att öka.", expectedVersion = version }).ToUrl($"/api/genomlysningar/{id}/analys");
            s.WithRequestHeader("Authorization", "Bearer " + chef);
            s.StatusCodeShouldBeOk();
        });
        version = (await written.ReadAsJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        await Host.Scenario(s =>
        {
            s.Post.Json(new { decisionReference = "SN 2025-09-01 § 80", decidedOn = "2025-09-01" }).ToUrl($"/api/genomlysningar/{id}/anta");
            s.WithRequestHeader("Authorization", "Bearer " + chef);
            s.StatusCodeShouldBe(403);
        });
        await Host.Scenario(s => { s.Post.Json(new { decisionReference = "SN 2025-09-01 § 80", decidedOn = "2025-09-01", expectedVersion = version }).ToUrl($"/api/genomlysningar/{id}/anta"); s.StatusCodeShouldBeOk(); });

        var report = await Host.GetJson<JsonElement>($"/api/genomlysningar/{id}");
        Assert.Equal("antagen", report.GetProperty("statusText").GetString());
        Assert.Equal("SN 2025-09-01 § 80", report.GetProperty("decisionReference").GetString());
        Assert.Equal("2025-09-01", report.GetProperty("decidedOn").GetString());
        Assert.Equal("Kostnaderna för IT fortsätter att öka.", report.GetProperty("analysis").GetString());
        var again = await Host.Scenario(s => { s.Post.Json(new { text = "Ändrad i efterhand." }).ToUrl($"/api/genomlysningar/{id}/analys"); s.StatusCodeShouldBe(409); });
        Assert.Contains("ändras inte", (await again.ReadAsJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        await Host.Scenario(s => { s.Post.Json(new { decisionReference = "KS", decidedOn = "2999-01-01" }).ToUrl($"/api/genomlysningar/{Guid.NewGuid()}/anta"); s.StatusCodeShouldBe(400); });
    }

    [Fact]
    public async Task An_unknown_genomlysning_or_one_that_did_not_exist_yet_answers_404_in_swedish()
    {
        await PlanImport.RunAsync(Store);

        var unknown = await Host.Scenario(s => { s.Get.Url($"/api/genomlysningar/{Guid.NewGuid()}"); s.StatusCodeShouldBe(404); });
        Assert.Contains("Det finns ingen genomlysning", (await unknown.ReadAsJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        await Host.Scenario(s => { s.Get.Url($"/api/genomlysningar/{Ks2024}?asOf=2020-01-01"); s.StatusCodeShouldBe(404); });
        await Host.Scenario(s => { s.Get.Url($"/api/genomlysningar/{Ks2024}?asOf=igår"); s.StatusCodeShouldBe(400); });
    }

    async Task<long> Step(Guid id, string step, object body)
    {
        var result = await Host.Scenario(s => { s.Post.Json(body).ToUrl($"/api/measures/{id}/{step}"); s.StatusCodeShouldBeOk(); });
        return (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
    }
}
