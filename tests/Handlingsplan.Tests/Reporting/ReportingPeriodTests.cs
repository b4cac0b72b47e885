using System.Net;
using System.Text;
using System.Text.Json;
using Alba;
using Handlingsplan.Access;
using Handlingsplan.Items.Reporting;
using Handlingsplan.Tests.Infrastructure;
using Marten;

namespace Handlingsplan.Tests.Reporting;

/// <summary>
/// Reporting periods over HTTP: kommunledning opens and closes them, an item's owner reports a status
/// for an open one, and a period's report says who is expected, who reported what, what is missing
/// and what came late.
/// </summary>
public sealed class ReportingPeriodTests(AppFixture fixture) : IntegrationContext(fixture)
{
    const string Periods = "/api/reporting-periods";

    [Fact]
    public async Task Kommunledning_opens_a_period_and_no_one_else_may()
    {
        var opened = await Host.OpenedPeriod("Tertial 1 2026", "2026-05-15");
        var period = await Host.GetJson<JsonElement>(opened.Url);
        Assert.Equal("Tertial 1 2026", period.GetProperty("name").GetString());
        Assert.Equal("2026-05-15", period.GetProperty("deadline").GetString());
        Assert.True(period.GetProperty("isOpen").GetBoolean());

        var events = await EventCount();
        foreach (var user in new[] { "chef-sn", "revisor" })
        {
            using var answer = await Send(user, Periods, new { name = "Tertial 2 2026", deadline = "2026-09-15" });
            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        }
        using var auditor = await Send("revisor", Periods, new { name = "Tertial 2 2026", deadline = "2026-09-15" });
        Assert.Contains("Som revisor kan du läsa allt men inte ändra något.", await auditor.Content.ReadAsStringAsync());
        Assert.Equal(events, await EventCount());
    }

    [Theory]
    [InlineData(null, "2026-05-15", "name", "Ange periodens namn")]
    [InlineData("  ", "2026-05-15", "name", "Ange periodens namn")]
    [InlineData("Tertial 1 2026", null, "deadline", "Ange sista dag")]
    [InlineData("Tertial 1 2026", "2026-02-30", "deadline", "ÅÅÅÅ-MM-DD")]
    [InlineData("Tertial 1 2026", "15 maj", "deadline", "ÅÅÅÅ-MM-DD")]
    public async Task A_period_without_a_name_or_a_real_deadline_is_refused_in_Swedish(string? name, string? deadline, string field, string message)
    {
        var problem = await Host.Problem(Periods, new { name, deadline }, 400);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(0, await EventCount());
    }

    [Fact]
    public async Task Two_open_periods_may_not_share_a_name_but_a_closed_one_may_be_opened_again()
    {
        var first = await Host.OpenedPeriod("Tertial 1 2026", "2026-05-15");
        var problem = await Host.Problem(Periods, new { name = "tertial 1 2026", deadline = "2026-05-20" }, 400);
        Assert.Contains("Perioden Tertial 1 2026 är redan öppen", problem.GetProperty("errors").GetProperty("name")[0].GetString());

        await Host.ClosedPeriod(first.Id);
        var again = await Host.OpenedPeriod("Tertial 1 2026", "2026-05-20");
        Assert.NotEqual(first.Id, again.Id);
        // Closing twice is refused; closing is kommunledning's.
        var twice = await Host.Problem($"{Periods}/{first.Id}/close", new { }, 409);
        Assert.Contains("stängdes", twice.GetProperty("detail").GetString());
        using var head = await Send("chef-sn", $"{Periods}/{again.Id}/close", new { });
        Assert.Equal(HttpStatusCode.Forbidden, head.StatusCode);
        await Host.Scenario(s => { s.Post.Json(new { }).ToUrl($"{Periods}/{Guid.NewGuid()}/close"); s.StatusCodeShouldBe(404); });
    }

    [Fact]
    public async Task The_owner_reports_a_status_which_the_item_and_its_history_show()
    {
        var item = await Host.AssignedItem(committee: "SN", estimate: 1000);
        var period = await Host.OpenedPeriod("Tertial 1 2026", "2040-05-15");

        using var answer = await Send("chef-sn", $"/api/measures/{item.Id}/report-status",
            new { periodId = period.Id, status = "atRisk", comment = "Upphandlingen är försenad.", realisedTkrSoFar = 150, expectedVersion = item.Version });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(item.Version + 1, JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt64());

        var now = await Host.GetJson<JsonElement>($"/api/measures/{item.Id}");
        var latest = now.GetProperty("latestStatusReport");
        Assert.Equal("atRisk", latest.GetProperty("status").GetString());
        Assert.Equal("Risk för avvikelse", latest.GetProperty("statusText").GetString());
        Assert.Equal("Tertial 1 2026", latest.GetProperty("period").GetString());
        Assert.Equal(150m, latest.GetProperty("realisedTkrSoFar").GetDecimal());
        Assert.False(latest.GetProperty("late").GetBoolean());
        // A status report is no realisation: the figures stay.
        Assert.Equal(0m, now.GetProperty("realisedTkr").GetDecimal());

        var history = await Host.GetJson<JsonElement[]>($"/api/measures/{item.Id}/history");
        var reported = history.Last();
        Assert.Equal(nameof(StatusReported), reported.GetProperty("type").GetString());
        Assert.Equal("chef-sn", reported.GetProperty("user").GetString());
        Assert.Equal(period.Id, reported.GetProperty("data").GetProperty("periodId").GetGuid());
        Assert.Equal("Statusrapport Tertial 1 2026: Risk för avvikelse – Upphandlingen är försenad. Realiserat hittills 150 tkr.",
            ReportStatus.Line((StatusReported)(await LastEvent(item.Id))));
    }

    [Fact]
    public async Task A_revisor_and_a_chef_of_another_nämnd_are_refused_and_nothing_is_written()
    {
        var item = await Host.AssignedItem(committee: "SN", estimate: 1000);
        var period = await Host.OpenedPeriod("Tertial 1 2026", "2040-05-15");
        var events = await EventCount();
        var body = new { periodId = period.Id, status = "onTrack", comment = "Enligt plan.", expectedVersion = item.Version };

        using var auditor = await Send("revisor", $"/api/measures/{item.Id}/report-status", body);
        Assert.Equal(HttpStatusCode.Forbidden, auditor.StatusCode);
        Assert.Contains("Som revisor kan du läsa allt men inte ändra något.", await auditor.Content.ReadAsStringAsync());
        using var other = await Send("chef-von", $"/api/measures/{item.Id}/report-status", body);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        // The access rule comes before the period's: a revisor naming no period is still told why not.
        using var noPeriod = await Send("revisor", $"/api/measures/{item.Id}/report-status", body with { periodId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Forbidden, noPeriod.StatusCode);
        Assert.Equal(events, await EventCount());
    }

    [Fact]
    public async Task A_report_needs_an_open_period_a_known_status_and_a_comment()
    {
        var item = await Host.AssignedItem(committee: "SN", estimate: 1000);
        var period = await Host.OpenedPeriod("Tertial 1 2026", "2040-05-15");
        var url = $"/api/measures/{item.Id}/report-status";

        var unknown = await Host.Problem(url, new { periodId = Guid.NewGuid(), status = "onTrack", comment = "x", expectedVersion = item.Version }, 400);
        Assert.Contains("Det finns ingen rapporteringsperiod", unknown.GetProperty("errors").GetProperty("periodId")[0].GetString());
        var bad = await Host.Problem(url, new { periodId = period.Id, status = "grön", comment = " ", expectedVersion = item.Version }, 400);
        Assert.Contains("Okänd status 'grön'", bad.GetProperty("errors").GetProperty("status")[0].GetString());
        Assert.Contains("Skriv en kommentar", bad.GetProperty("errors").GetProperty("comment")[0].GetString());

        await Host.ClosedPeriod(period.Id);
        var events = await EventCount();
        var closed = await Host.Problem(url, new { periodId = period.Id, status = "onTrack", comment = "Enligt plan.", expectedVersion = item.Version }, 409);
        Assert.Equal("Rapporteringsperioden Tertial 1 2026 är stängd; det går inte längre att rapportera för den.", closed.GetProperty("detail").GetString());
        Assert.Equal(events, await EventCount());
    }

    [Fact]
    public async Task A_report_after_the_deadline_is_recorded_and_marked_late()
    {
        var item = await Host.AssignedItem(committee: "SN", estimate: 1000);
        var period = await Host.OpenedPeriod("Tertial 3 2025", "2026-01-15");

        await Host.ReportedStatus(item.Id, item.Version, period.Id, "offTrack", "Besparingen uteblir i år.");

        var latest = (await Host.GetJson<JsonElement>($"/api/measures/{item.Id}")).GetProperty("latestStatusReport");
        Assert.True(latest.GetProperty("late").GetBoolean());
        Assert.Equal("2026-01-15", latest.GetProperty("deadline").GetString());
        var report = await Host.GetJson<JsonElement>($"{Periods}/{period.Id}");
        Assert.Equal(1, report.GetProperty("late").GetInt32());
        Assert.Equal(item.Id, report.GetProperty("lateReports")[0].GetProperty("item").GetProperty("id").GetGuid());
        Assert.EndsWith("(sen, sista dag var 2026-01-15)", ReportStatus.Line((StatusReported)await LastEvent(item.Id)));
    }

    [Fact]
    public async Task The_missing_reports_go_down_as_reports_arrive_and_closed_items_are_not_expected()
    {
        var sn = await Host.AssignedItem(committee: "SN", estimate: 100, title: "Socialnämndens åtgärd");
        var snProposed = await Host.Proposed(committee: "SN", estimate: 50, title: "Socialnämndens förslag");
        var von = await Host.AssignedItem(committee: "VON", estimate: 100, title: "Vårdens åtgärd");
        var done = await Host.AssignedItem(committee: "VON", estimate: 100, title: "Avslutad");
        await Host.Step("measures", done.Id, "complete", new { reason = "Klar", expectedVersion = done.Version });
        var period = await Host.OpenedPeriod("Tertial 1 2026", "2040-05-15");

        var before = await Host.GetJson<JsonElement>($"{Periods}/{period.Id}");
        Assert.Equal(3, before.GetProperty("expected").GetInt32());
        Assert.Equal(3, before.GetProperty("missing").GetInt32());
        Assert.DoesNotContain(before.GetProperty("missingItems").EnumerateArray(), i => i.GetProperty("id").GetGuid() == done.Id);

        await Host.ReportedStatus(sn.Id, sn.Version, period.Id, "onTrack", "Enligt plan.");
        var one = await Host.GetJson<JsonElement>($"{Periods}/{period.Id}");
        Assert.Equal(2, one.GetProperty("missing").GetInt32());
        Assert.Equal(1, one.GetProperty("reported").GetInt32());

        await Host.ReportedStatus(von.Id, von.Version, period.Id, "atRisk", "Risk.");
        var two = await Host.GetJson<JsonElement>($"{Periods}/{period.Id}");
        Assert.Equal(1, two.GetProperty("missing").GetInt32());
        Assert.Equal(snProposed.Id, two.GetProperty("missingItems")[0].GetProperty("id").GetGuid());
        var byCommittee = two.GetProperty("byCommittee").EnumerateArray().ToDictionary(c => c.GetProperty("committee").GetString()!);
        Assert.Equal((2, 1, 0, 1), Counts(byCommittee["SN"]));
        Assert.Equal((1, 0, 1, 0), Counts(byCommittee["VON"]));
        Assert.Equal("Socialnämnden", byCommittee["SN"].GetProperty("name").GetString());

        // The list pages and carries the same figures.
        var list = await Host.Scenario(s => { s.Get.Url($"{Periods}?pageSize=1"); s.StatusCodeShouldBeOk(); });
        Assert.Equal("1", list.Context.Response.Headers["X-Total-Count"].ToString());
        var listed = (await list.ReadAsJsonAsync<JsonElement[]>())!.Single();
        Assert.Equal(1, listed.GetProperty("missing").GetInt32());

        // For a user: the current period's items in their scope that still lack a report.
        await using var session = Store.QuerySession();
        var chef = new AppUser("chef-sn", Roles.DepartmentHead, "SN", "Socialförvaltningen");
        var mine = await ReportingQueries.MissingReportsForAsync(chef, session, default);
        Assert.Equal(period.Id, mine.Period!.Id);
        Assert.Equal([snProposed.Id], mine.Items.Select(i => i.Id));
        var auditor = new AppUser("revisor", Roles.Auditor, null, null);
        Assert.Empty((await ReportingQueries.MissingReportsForAsync(auditor, session, default)).Items);
    }

    [Fact]
    public async Task The_genomlysning_report_shows_each_item_s_latest_status()
    {
        await Handlingsplan.Plan.PlanImport.RunAsync(Store);
        var genomlysning = Handlingsplan.Plan.PlanImport.StableId("genomlysning-ks-2024");
        var measure = Handlingsplan.Plan.PlanImport.StableId("genomlysning-2024-2");
        var version = (await Host.GetJson<JsonElement>($"/api/measures/{measure}")).GetProperty("version").GetInt64();
        var period = await Host.OpenedPeriod("Tertial 1 2026", "2040-05-15");

        var before = (await Host.GetJson<JsonElement>($"/api/genomlysningar/{genomlysning}")).GetProperty("statuses");
        Assert.Equal(0, before.GetProperty("offTrack").GetInt32());
        var linked = before.GetProperty("notReported").GetInt32();
        Assert.True(linked >= 17, $"{linked} linked items");

        await Host.ReportedStatus(measure, version, period.Id, "offTrack", "Ramavtalet dröjer.");
        var report = await Host.GetJson<JsonElement>($"/api/genomlysningar/{genomlysning}");
        // The nämnd's items by their latest status: the one report moves one item from "without" to "avvikelse".
        var statuses = report.GetProperty("statuses");
        Assert.Equal((1, linked - 1), (statuses.GetProperty("offTrack").GetInt32(), statuses.GetProperty("notReported").GetInt32()));
        Assert.Equal($"Senaste statusrapport: 0 enligt plan, 0 risk för avvikelse, 1 avvikelse, {linked - 1} utan statusrapport.", statuses.GetProperty("text").GetString());
        var row = report.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("rows").EnumerateArray()).Single(r => r.GetProperty("itemId").GetGuid() == measure);
        var followUp = row.GetProperty("followUp");
        Assert.Equal("offTrack", followUp.GetProperty("latestStatusReport").GetProperty("status").GetString());
        Assert.EndsWith("Status Tertial 1 2026: Avvikelse.", followUp.GetProperty("text").GetString());
    }

    static (int Expected, int OnTrack, int AtRisk, int Missing) Counts(JsonElement c) =>
        (c.GetProperty("expected").GetInt32(), c.GetProperty("onTrack").GetInt32(), c.GetProperty("atRisk").GetInt32(), c.GetProperty("missing").GetInt32());

    async Task<object> LastEvent(Guid stream)
    {
        await using var session = Store.QuerySession();
        return (await session.Events.FetchStreamAsync(stream)).Last().Data;
    }

    async Task<HttpResponseMessage> Send(string username, string url, object body)
    {
        var client = await AuthorisedClient(username);
        return await client.PostAsync(url, new StringContent(JsonSerializer.Serialize(body, new JsonSerializerOptions(JsonSerializerDefaults.Web)), Encoding.UTF8, "application/json"));
    }
}

/// <summary>Givens for the reporting periods, through the HTTP contract.</summary>
public static class ReportingGivens
{
    public static async Task<ReportingPeriodCreated> OpenedPeriod(this IAlbaHost host, string name, string deadline)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(new { name, deadline }).ToUrl("/api/reporting-periods");
            s.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<ReportingPeriodCreated>())!;
    }

    public static Task ClosedPeriod(this IAlbaHost host, Guid id) =>
        host.Scenario(s => { s.Post.Json(new { }).ToUrl($"/api/reporting-periods/{id}/close"); s.StatusCodeShouldBe(200); });

    public static Task<long> ReportedStatus(this IAlbaHost host, Guid id, long version, Guid periodId, string status, string comment, string kind = "measures") =>
        host.Step(kind, id, "report-status", new { periodId, status, comment, expectedVersion = version });
}
