using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Alba;
using Handlingsplan.Tests.Infrastructure;
using Marten;
using Npgsql;

namespace Handlingsplan.Tests.Items;

/// <summary>
/// Input an attacker or a careless integrator sends: each gets a Swedish problem answer, never a
/// 5xx, and nothing is written. Racing writers leave no hole in the event sequence.
/// </summary>
public sealed class HostileInputTests(AppFixture fixture) : IntegrationContext(fixture)
{
    /// <summary>Every write route of an item, and the others.</summary>
    public static TheoryData<string> WriteRoutes()
    {
        var data = new TheoryData<string> { "/api/measures", "/api/buffers/SN", "/api/shifts/{id}/measures" };
        foreach (var step in Handlingsplan.Items.Steps.All) data.Add("/api/measures/{id}/" + step.Route);
        return data;
    }

    async Task<HttpResponseMessage> PostRaw(string url, string body, string contentType = "application/json")
    {
        var client = await AuthorisedClient();
        return await client.PostAsync(url, new StringContent(body, Encoding.UTF8, contentType));
    }

    static async Task<JsonElement> SwedishProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var text = problem.ToString();
        Assert.DoesNotContain("Handlingsplan.", text);
        Assert.DoesNotContain("System.", text);
        return problem;
    }

    [Theory]
    [MemberData(nameof(WriteRoutes))]
    public async Task A_null_body_is_refused_in_Swedish_on_every_write_route(string route)
    {
        var item = await Host.Proposed();
        var shift = await Host.Proposed("shifts");
        var before = await EventCount();
        var url = route.Replace("shifts/{id}", $"shifts/{shift.Id}").Replace("{id}", item.Id.ToString());

        var problem = await SwedishProblem(await PostRaw(url, "null"), HttpStatusCode.BadRequest);

        Assert.Contains("null", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await EventCount());
    }

    [Theory]
    [InlineData("GET", "/api/measures/00000000-0000-0000-0000-000000000000")]
    [InlineData("GET", "/api/measures/00000000-0000-0000-0000-000000000000/history")]
    [InlineData("POST", "/api/measures/00000000-0000-0000-0000-000000000000/prioritise")]
    [InlineData("POST", "/api/investigations/00000000-0000-0000-0000-000000000000/measures")]
    public async Task The_empty_guid_is_no_item(string method, string url)
    {
        var client = await AuthorisedClient();
        var response = method == "GET"
            ? await client.GetAsync(url)
            : await client.PostAsJsonAsync(url, new { decisionReference = "KS 2025-01-01 § 1", expectedVersion = 1 });
        await SwedishProblem(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("description")]
    [InlineData("source")]
    public async Task A_nul_character_in_a_text_is_refused_beside_its_field(string field)
    {
        var body = new Dictionary<string, object?> { ["title"] = "Titel", ["committee"] = "KS", ["description"] = "Text", ["source"] = "Test" };
        body[field] = "Före\u0000efter";
        var before = await EventCount();

        var problem = await SwedishProblem(await PostRaw("/api/measures", JsonSerializer.Serialize(body)), HttpStatusCode.BadRequest);

        Assert.Contains("kontrolltecken", problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task A_nul_character_in_a_step_s_reason_is_refused_and_nothing_is_written()
    {
        var item = await Host.Proposed();
        var before = await EventCount();
        var problem = await SwedishProblem(await PostRaw($"/api/measures/{item.Id}/prioritise",
            JsonSerializer.Serialize(new { decisionReference = "KS 2025-01-01 § 1", reason = "\u0000", expectedVersion = item.Version })), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(before, await EventCount());
    }

    [Theory]
    [InlineData("/api/decisions?from=0001-01-01")]
    [InlineData("/api/decisions?to=9999-12-31")]
    [InlineData("/api/audit/export?from=0001-01-01")]
    [InlineData("/api/dashboard?asOf=0001-01-01")]
    [InlineData("/api/measures?asOf=0001-01-01T00:00:00Z")]
    public async Task A_date_beyond_any_history_is_refused_in_Swedish(string url)
    {
        var client = await AuthorisedClient("revisor");
        var problem = await SwedishProblem(await client.GetAsync(url), HttpStatusCode.BadRequest);
        Assert.Contains("mellan år", problem.ToString());
    }

    [Fact]
    public async Task A_body_larger_than_the_contract_needs_is_refused_with_413()
    {
        var before = await EventCount();
        var huge = JsonSerializer.Serialize(new { title = "Stor", committee = "KS", description = new string('x', 300 * 1024) });
        await SwedishProblem(await PostRaw("/api/measures", huge), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task Racing_writers_on_one_item_leave_no_hole_in_the_event_sequence()
    {
        var item = await Host.AssignedItem();
        var clients = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => AuthorisedClient()));

        var answers = await Task.WhenAll(clients.Select((c, i) =>
            c.PostAsJsonAsync($"/api/measures/{item.Id}/follow-up", new { note = $"Skrivare {i}", expectedVersion = item.Version })));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        await using var session = Store.QuerySession();
        var sequences = await session.Events.QueryAllRawEvents().Select(e => e.Sequence).ToListAsync();
        // Every sequence number taken belongs to a stored event: the daemon has no gap to wait out.
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select last_value from mt_events_sequence", connection);
        var last = Convert.ToInt64(await command.ExecuteScalarAsync());
        Assert.Equal(sequences.Max(), last);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        Assert.Equal(last - sequences.Min() + 1, sequences.Count);
    }

    [Theory]
    [InlineData("\t=HYPERLINK(\"http://x\")")]
    [InlineData("\r=1+1")]
    [InlineData("=1+1")]
    [InlineData("@SUM(A1)")]
    public void A_cell_that_begins_with_a_tab_carriage_return_or_formula_sign_cannot_become_a_formula(string reason)
    {
        var entry = new Handlingsplan.Audit.Decisions.DecisionEntry(1, DateTimeOffset.UtcNow, "prioritise", "KS 2025-01-01 § 1", reason,
            "measures", Guid.NewGuid(), "Titel", "KS", null, "ledning", "kommunledning", new DateOnly(2025, 1, 1));
        var csv = Encoding.UTF8.GetString(Handlingsplan.Audit.Decisions.DecisionLog.ToCsv([entry]));
        var cells = csv.Split("\r\n")[1];
        Assert.Contains(";\"'" + reason.Replace("\"", "\"\""), cells.Replace(";'", ";\"'"));
    }

    [Fact]
    public async Task A_reason_is_stored_without_the_leading_whitespace_that_could_hide_a_formula()
    {
        var item = await Host.Proposed();
        await Host.Step("measures", item.Id, "prioritise", new { decisionReference = "KS 2025-01-01 § 1", reason = "\t=1+1", expectedVersion = item.Version });
        var csv = Encoding.UTF8.GetString(await (await AuthorisedClient("revisor")).GetByteArrayAsync("/api/decisions?format=csv"));
        Assert.Contains(";'=1+1;", csv);
    }
}
