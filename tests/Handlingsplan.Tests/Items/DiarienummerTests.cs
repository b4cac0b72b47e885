using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alba;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Items;

/// <summary>
/// An item's diarienummer: given on the proposal or a decision, registered or changed later by a step,
/// shown in the item and in the decision log's last column, and refused in Swedish when it is not a
/// short line of text.
/// </summary>
public sealed class DiarienummerTests(AppFixture fixture) : IntegrationContext(fixture)
{
    async Task<Guid> ProposedWith(string? diarienummer, string committee = "SN")
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { title = "Samordnad hemtjänst", committee, estimatedSavingTkr = 100, source = "Test", diarienummer }, JsonStyle.MinimalApi).ToUrl("/api/measures");
            s.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_diarienummer_on_the_proposal_is_in_the_item_and_its_history()
    {
        var id = await ProposedWith("  SN 2025/41  ");

        Assert.Equal("SN 2025/41", (await Host.GetJson<JsonElement>($"/api/measures/{id}")).GetProperty("diarienummer").GetString());
        var history = await Host.GetJson<JsonElement[]>($"/api/measures/{id}/history");
        Assert.Equal("SN 2025/41", history[0].GetProperty("data").GetProperty("diarienummer").GetString());
    }

    [Fact]
    public async Task A_decision_s_diarienummer_becomes_the_item_s_and_is_the_last_column_of_the_decision_log()
    {
        var id = await ProposedWith("SN 2025/41");
        var v = await Host.Step("measures", id, "prioritise",
            new { decisionReference = "KS 2025-02-03 § 12", diarienummer = "KS 2025/7", expectedVersion = 1 });
        var other = await ProposedWith(null, "KS");
        await Host.Step("measures", other, "decline", new { decisionReference = "KS 2025-02-03 § 13", expectedVersion = 1 });

        Assert.Equal("KS 2025/7", (await Host.GetJson<JsonElement>($"/api/measures/{id}")).GetProperty("diarienummer").GetString());
        var log = await Host.GetJson<JsonElement[]>("/api/decisions");
        Assert.Equal(["KS 2025/7", null], log.Select(e => e.GetProperty("diarienummer").GetString()));

        var csv = await Host.Scenario(s => { s.Get.Url("/api/decisions?format=csv"); s.StatusCodeShouldBeOk(); });
        var lines = (await csv.ReadAsTextAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Diarienummer", lines[0].Split(';')[^1]);
        Assert.Equal("Sekvens", lines[0].Split(';')[^2]);
        Assert.Equal("KS 2025/7", lines[1].Split(';')[^1]);
        Assert.Equal("", lines[2].Split(';')[^1]);

        var book = await Workbook.Download(Host, "/api/decisions?format=xlsx", "beslutslogg.xlsx");
        Assert.Equal("Diarienummer", book.Headings[^1]);
        Assert.Equal("KS 2025/7", book.Rows[0]["Diarienummer"]);

        // A diarienummer registered later is the item's from then on; the decision's own stays in the log.
        await Host.Step("measures", id, "diarienummer", new { diarienummer = "KS 2025/99", reason = "Nytt ärende", expectedVersion = v });
        Assert.Equal("KS 2025/7", (await Host.GetJson<JsonElement[]>("/api/decisions"))[0].GetProperty("diarienummer").GetString());
    }

    [Fact]
    public async Task A_decision_without_one_shows_the_item_s_diarienummer_in_the_log()
    {
        var id = await ProposedWith("SN 2025/41");
        await Host.Step("measures", id, "prioritise", new { decisionReference = "KS 2025-02-03 § 12", expectedVersion = 1 });

        var entry = (await Host.GetJson<JsonElement[]>("/api/decisions")).Single();
        Assert.Equal("SN 2025/41", entry.GetProperty("diarienummer").GetString());
    }

    [Fact]
    public async Task The_register_step_sets_and_changes_it_in_any_status_and_the_history_keeps_both()
    {
        var id = await ProposedWith(null);
        var v = await Host.Step("measures", id, "cancel", new { reason = "Inaktuell", expectedVersion = 1 });
        var chef = await AuthorisedClient("chef-sn");

        var first = await chef.PostAsJsonAsync($"/api/measures/{id}/diarienummer", new { diarienummer = "SN 2025/41", expectedVersion = v });
        var second = await chef.PostAsJsonAsync($"/api/measures/{id}/diarienummer", new { diarienummer = "SN 2025/42", reason = "Omregistrerat" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var item = await Host.GetJson<JsonElement>($"/api/measures/{id}");
        Assert.Equal("SN 2025/42", item.GetProperty("diarienummer").GetString());
        Assert.Equal("cancelled", item.GetProperty("status").GetString());
        var history = await Host.GetJson<JsonElement[]>($"/api/measures/{id}/history");
        Assert.Equal(["SN 2025/41", "SN 2025/42"], history.Where(e => e.GetProperty("type").GetString() == "DiarienummerRegistered")
            .Select(e => e.GetProperty("data").GetProperty("diarienummer").GetString()));
        Assert.Equal("chef-sn", history[^1].GetProperty("user").GetString());
    }

    [Theory]
    [InlineData("revisor", 403)]
    [InlineData("chef-von", 403)]
    [InlineData("ledning", 200)]
    public async Task Only_those_who_may_write_to_the_item_register_it(string username, int status)
    {
        var id = await ProposedWith(null);
        var before = await EventCount();
        var answer = await (await AuthorisedClient(username)).PostAsJsonAsync($"/api/measures/{id}/diarienummer", new { diarienummer = "SN 2025/41" });
        Assert.Equal(status, (int)answer.StatusCode);
        if (status == 403) Assert.Equal(before, await EventCount());
    }

    public static TheoryData<string, string, object> Invalid() => new()
    {
        { "/api/measures", "diarienummer", new { title = "T", committee = "KS", diarienummer = new string('x', 41) } },
        { "/api/measures", "diarienummer", new { title = "T", committee = "KS", diarienummer = "KS 2025/\n7" } },
        { "/api/measures/{id}/prioritise", "diarienummer", new { decisionReference = "KS § 1", diarienummer = new string('x', 41), expectedVersion = 1 } },
        { "/api/measures/{id}/decline", "diarienummer", new { decisionReference = "KS § 1", diarienummer = "KS\t2025/7", expectedVersion = 1 } },
        { "/api/measures/{id}/diarienummer", "diarienummer", new { diarienummer = "   " } },
        { "/api/measures/{id}/diarienummer", "diarienummer", new { diarienummer = new string('x', 41) } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task A_diarienummer_that_is_not_a_short_line_is_refused_in_Swedish_and_nothing_is_written(string route, string field, object body)
    {
        var id = await ProposedWith(null);
        var before = await EventCount();

        var problem = await Host.Problem(route.Replace("{id}", id.ToString()), body, 400);

        Assert.Matches("Diarienumret|diarienumret", problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task Forty_characters_trimmed_are_enough()
    {
        var id = await ProposedWith("  " + new string('x', 40) + "  ");
        Assert.Equal(new string('x', 40), (await Host.GetJson<JsonElement>($"/api/measures/{id}")).GetProperty("diarienummer").GetString());
    }
}
