using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Handlingsplan.Items;
using Handlingsplan.Items.Proposing;
using Handlingsplan.Tests.Infrastructure;
using Handlingsplan.Tests.Reporting;

namespace Handlingsplan.Tests.Notices;

/// <summary>Mina poster over HTTP: whose items a förvaltningschef sees, what needs attention, the missing reports, the notices and the settings.</summary>
public sealed class MineTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    async Task<JsonElement> MineOf(string user) => await (await AuthorisedClient(user)).GetFromJsonAsync<JsonElement>("/api/mina");

    static List<string?> Titles(JsonElement mine, string list) =>
        mine.GetProperty(list).EnumerateArray().Select(i => i.GetProperty("item").GetProperty("title").GetString()).ToList();

    [Fact]
    public async Task A_förvaltningschef_sees_the_items_of_her_nämnd_and_those_assigned_to_her_förvaltning_and_no_others()
    {
        var ks = await Host.Proposed(committee: "KS", title: "Gemensam växel");
        var version = await Host.Prioritised("measures", ks.Id, ks.Version);
        await Host.Assigned("measures", ks.Id, version, department: "Socialförvaltningen");
        await Host.Proposed(committee: "SN", title: "Färre placeringar");
        await Host.Proposed(committee: "VON", title: "Nattpatrull i egen regi");
        await Host.Proposed(committee: "KS", title: "Ny intranätplattform");

        var mine = await MineOf("chef-sn");
        Assert.Equal(2, mine.GetProperty("items").GetArrayLength());
        Assert.Contains("Gemensam växel", Titles(mine, "items"));
        Assert.Contains("Färre placeringar", Titles(mine, "items"));
        // The assignment's due date (2040) is far off, and every item changed today: nothing needs attention yet.
        Assert.Empty(Titles(mine, "overdue"));
        Assert.Empty(Titles(mine, "stale"));

        // Kommunledning sees every item.
        Assert.Equal(4, (await MineOf("ledning")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_current_periods_missing_reports_are_listed_until_reported()
    {
        var sn = await Host.Proposed(committee: "SN", title: "Färre placeringar");
        await Host.Proposed(committee: "VON", title: "Nattpatrull i egen regi");
        Assert.Equal(JsonValueKind.Null, (await MineOf("chef-sn")).GetProperty("period").ValueKind);

        var period = await Host.OpenedPeriod("Tertial 1 2026", "2040-05-15");
        var mine = await MineOf("chef-sn");
        Assert.Equal("Tertial 1 2026", mine.GetProperty("period").GetProperty("name").GetString());
        Assert.Equal(["Färre placeringar"], Titles(mine, "reportsMissing"));

        var chef = await AuthorisedClient("chef-sn");
        var reported = await chef.PostAsJsonAsync($"/api/measures/{sn.Id}/report-status",
            new { periodId = period.Id, status = "onTrack", comment = "Enligt plan.", expectedVersion = sn.Version });
        Assert.True(reported.IsSuccessStatusCode, await reported.Content.ReadAsStringAsync());
        Assert.Empty(Titles(await MineOf("chef-sn"), "reportsMissing"));
    }

    [Fact]
    public async Task An_assignment_and_a_decision_reach_the_people_concerned_in_the_app()
    {
        // Both are known to the app once they have opened Mina poster.
        await MineOf("chef-sn");
        await MineOf("chef-von");
        var chef = await AuthorisedClient("chef-sn");
        var created = await (await chef.PostAsJsonAsync("/api/measures", new { title = "Digitala nyckelskåp", committee = "SN", estimatedSavingTkr = 250, source = "Test" }))
            .Content.ReadFromJsonAsync<ItemCreated>(Web);
        var version = await Host.Prioritised("measures", created!.Id, created.Version, "KS 2026-11-02 § 141");
        await Host.Assigned("measures", created.Id, version, department: "Socialförvaltningen");
        await WaitForProjections();

        var notices = (await MineOf("chef-sn")).GetProperty("notices").EnumerateArray().ToList();
        var subjects = notices.Select(n => n.GetProperty("subject").GetString()).ToList();
        Assert.Contains("Prioriterad: Digitala nyckelskåp", subjects);
        Assert.Contains("Tilldelad Socialförvaltningen: Digitala nyckelskåp", subjects);
        // No SMTP server in this installation: the notices stay in the app.
        Assert.All(notices, n => Assert.Equal(JsonValueKind.Null, n.GetProperty("mailedAt").ValueKind));
        Assert.Empty((await MineOf("chef-von")).GetProperty("notices").EnumerateArray());
    }

    [Theory]
    [InlineData("inte en adress")]
    [InlineData("namn@")]
    public async Task A_bad_address_is_refused_in_Swedish_and_nothing_changes(string email)
    {
        var chef = await AuthorisedClient("chef-sn");
        var answer = await chef.PostAsJsonAsync("/api/mina/installningar", new { email, weeklyDigest = false });
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Ange en e-postadress", problem.GetProperty("errors").GetProperty("email")[0].GetString());
        Assert.Equal(JsonValueKind.Null, (await MineOf("chef-sn")).GetProperty("settings").GetProperty("email").ValueKind);
    }

    [Fact]
    public async Task Only_kommunledning_sweeps_for_reminders()
    {
        foreach (var user in new[] { "chef-sn", "revisor" })
        {
            var answer = await (await AuthorisedClient(user)).PostAsJsonAsync("/api/paminnelser", new { });
            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        }
        var swept = await (await AuthorisedClient()).PostAsJsonAsync("/api/paminnelser", new { });
        Assert.Equal(HttpStatusCode.OK, swept.StatusCode);
    }
}
