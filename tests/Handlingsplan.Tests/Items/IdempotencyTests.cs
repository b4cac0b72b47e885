using System.Net;
using System.Text;
using System.Text.Json;
using Alba;
using Handlingsplan.Idempotency;
using Handlingsplan.Tests.Infrastructure;
using Marten;
using Npgsql;

namespace Handlingsplan.Tests.Items;

/// <summary>
/// A write sent again with the same Idempotency-Key (a client that lost the answer to a dropped
/// connection) is answered as the first time and writes nothing.
/// </summary>
public sealed class IdempotencyTests(AppFixture fixture) : IntegrationContext(fixture)
{
    const string Header = IdempotentWrite.Header;

    [Fact]
    public async Task A_realisation_retried_with_the_same_key_counts_once_and_answers_the_same_version()
    {
        var item = await Host.AssignedItem(estimate: 500);
        var client = await AuthorisedClient();
        var body = Body(new { amountTkr = 200, year = 2025, recurring = true, note = "Uppföljning", expectedVersion = item.Version });
        var key = Guid.NewGuid().ToString();

        using var first = await Post(client, $"/api/measures/{item.Id}/realise", body, key);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.False(first.Headers.Contains(IdempotentWrite.ReplayedHeader));
        var events = await EventCount();

        using var retry = await Post(client, $"/api/measures/{item.Id}/realise", body, key);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(firstBody, await retry.Content.ReadAsStringAsync());
        Assert.Equal("application/json; charset=utf-8", retry.Content.Headers.ContentType!.ToString());
        Assert.Equal("true", retry.Headers.GetValues(IdempotentWrite.ReplayedHeader).Single());
        Assert.Equal(item.Version + 1, JsonDocument.Parse(firstBody).RootElement.GetProperty("version").GetInt64());

        Assert.Equal(events, await EventCount());
        var now = await Host.GetJson<JsonElement>($"/api/measures/{item.Id}");
        Assert.Equal(item.Version + 1, now.GetProperty("version").GetInt64());
        Assert.Equal(200m, now.GetProperty("realisedTkr").GetDecimal());
        await WaitForProjections();
        Assert.Equal(200m, (await Host.GetJson<JsonElement>("/api/dashboard")).GetProperty("realisedTkr").GetDecimal());
    }

    [Fact]
    public async Task The_answer_is_committed_in_the_same_transaction_as_the_events()
    {
        var item = await Host.AssignedItem();
        var client = await AuthorisedClient();
        using var answer = await Post(client, $"/api/measures/{item.Id}/realise",
            Body(new { amountTkr = 50, year = 2025, recurring = false, expectedVersion = item.Version }), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        // Rows written by one transaction carry its id in xmin.
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select (select xmin::text from mt_events where stream_id = @id order by version desc limit 1),
                   (select xmin::text from mt_doc_storedanswer)
            """, connection);
        command.Parameters.AddWithValue("id", item.Id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(reader.GetString(0), reader.GetString(1));
    }

    [Fact]
    public async Task The_same_key_with_another_body_or_address_is_refused_with_422_and_nothing_is_written()
    {
        var item = await Host.AssignedItem(estimate: 500);
        var client = await AuthorisedClient();
        var key = Guid.NewGuid().ToString();
        using var first = await Post(client, $"/api/measures/{item.Id}/realise",
            Body(new { amountTkr = 200, year = 2025, recurring = true, expectedVersion = item.Version }), key);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var events = await EventCount();

        using var otherBody = await Post(client, $"/api/measures/{item.Id}/realise",
            Body(new { amountTkr = 300, year = 2025, recurring = true, expectedVersion = item.Version + 1 }), key);
        var problem = await Problem(otherBody, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString());
        Assert.Contains("redan använts för en annan begäran", problem.GetProperty("detail").GetString());

        using var otherAddress = await Post(client, $"/api/measures/{item.Id}/follow-up",
            Body(new { note = "Lägesrapport", expectedVersion = item.Version + 1 }), key);
        await Problem(otherAddress, HttpStatusCode.UnprocessableEntity);

        Assert.Equal(events, await EventCount());
        Assert.Equal(200m, (await Host.GetJson<JsonElement>($"/api/measures/{item.Id}")).GetProperty("realisedTkr").GetDecimal());
    }

    [Fact]
    public async Task A_retried_proposal_answers_the_same_id_and_location_and_starts_one_item()
    {
        var client = await AuthorisedClient();
        var body = Body(new { title = "Samordna lokalvård", committee = "KS", estimatedSavingTkr = 500, source = "Test" });
        var key = Guid.NewGuid().ToString();

        using var first = await Post(client, "/api/measures", body, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var events = await EventCount();
        using var retry = await Post(client, "/api/measures", body, key);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        var created = await first.Content.ReadAsStringAsync();
        Assert.Equal(created, await retry.Content.ReadAsStringAsync());
        Assert.Equal($"/api/measures/{JsonDocument.Parse(created).RootElement.GetProperty("id").GetGuid()}", retry.Headers.Location!.ToString());
        Assert.Equal(events, await EventCount());
        Assert.Single(await Host.GetJson<JsonElement[]>("/api/measures"));
    }

    [Fact]
    public async Task A_measure_proposed_from_an_investigation_and_a_buffer_replay_too()
    {
        await Handlingsplan.Plan.PlanImport.RunAsync(Store);
        var investigation = await Host.Proposed("investigations", estimate: null, title: "Lokalöversyn");
        var client = await AuthorisedClient();
        var measure = Body(new { title = "Samlokalisera förråd", committee = "KS", expectedVersion = investigation.Version });
        var buffer = Body(new { budgetedTkr = 1500, year = 2026 });
        var (measureKey, bufferKey) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());

        using var proposed = await Post(client, $"/api/investigations/{investigation.Id}/measures", measure, measureKey);
        using var recorded = await Post(client, "/api/buffers/SN", buffer, bufferKey);
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var events = await EventCount();

        using var proposedAgain = await Post(client, $"/api/investigations/{investigation.Id}/measures", measure, measureKey);
        using var recordedAgain = await Post(client, "/api/buffers/SN", buffer, bufferKey);

        Assert.Equal(HttpStatusCode.Created, proposedAgain.StatusCode);
        Assert.Equal(proposed.Headers.Location, proposedAgain.Headers.Location);
        Assert.Equal(await proposed.Content.ReadAsStringAsync(), await proposedAgain.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, recordedAgain.StatusCode);
        Assert.Equal(await recorded.Content.ReadAsStringAsync(), await recordedAgain.Content.ReadAsStringAsync());
        Assert.Equal(events, await EventCount());
        Assert.Single((await Host.GetJson<JsonElement>($"/api/investigations/{investigation.Id}")).GetProperty("measures").EnumerateArray());
    }

    [Fact]
    public async Task Concurrent_requests_with_the_same_key_write_one_event_and_all_get_its_answer()
    {
        var item = await Host.AssignedItem(estimate: 500);
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => AuthorisedClient()));
        var body = Body(new { amountTkr = 100, year = 2025, recurring = true, expectedVersion = item.Version });
        var key = Guid.NewGuid().ToString();
        var events = await EventCount();

        var answers = await Task.WhenAll(clients.Select(c => Post(c, $"/api/measures/{item.Id}/realise", body, key)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Distinct());
        Assert.Equal(7, answers.Count(a => a.Headers.Contains(IdempotentWrite.ReplayedHeader)));
        Assert.Equal(events + 1, await EventCount());
        await WaitForProjections();
        Assert.Equal(100m, (await Host.GetJson<JsonElement>("/api/dashboard")).GetProperty("realisedTkr").GetDecimal());
        foreach (var answer in answers) answer.Dispose();
    }

    [Fact]
    public async Task A_request_whose_key_stays_busy_is_answered_409_with_retry_after_and_runs_when_sent_again()
    {
        var item = await Host.AssignedItem();
        var client = await AuthorisedClient();
        var body = Body(new { amountTkr = 100, year = 2025, recurring = true, expectedVersion = item.Version });
        var key = Guid.NewGuid().ToString();
        var events = await EventCount();

        // Another request with the key, holding it longer than a request waits.
        await using (var connection = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var hold = new NpgsqlCommand("select pg_advisory_xact_lock(@space, @key)", connection);
            hold.Parameters.AddWithValue("space", IdempotentWrite.LockSpace);
            hold.Parameters.AddWithValue("key", IdempotentWrite.Identify("ledning", key).Lock);
            await hold.ExecuteNonQueryAsync();

            using var busy = await Post(client, $"/api/measures/{item.Id}/realise", body, key);
            var problem = await Problem(busy, HttpStatusCode.Conflict);
            Assert.Contains("behandlas just nu", problem.GetProperty("detail").GetString());
            Assert.True(busy.Headers.RetryAfter is not null);
            Assert.Equal(events, await EventCount());
        }

        using var again = await Post(client, $"/api/measures/{item.Id}/realise", body, key);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(events + 1, await EventCount());
    }

    [Fact]
    public async Task Keys_are_per_user_so_another_users_same_key_replays_nothing()
    {
        var item = await Host.AssignedItem(committee: "SN", estimate: 500);
        var key = Guid.NewGuid().ToString();
        var management = await AuthorisedClient("ledning");
        var head = await AuthorisedClient("chef-sn");
        var body = Body(new { amountTkr = 100, year = 2025, recurring = true, expectedVersion = item.Version });

        using var first = await Post(management, $"/api/measures/{item.Id}/realise", body, key);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // The same key and body from another user is that user's own request: it runs, against a version now stale.
        using var same = await Post(head, $"/api/measures/{item.Id}/realise", body, key);
        Assert.Equal(HttpStatusCode.Conflict, same.StatusCode);
        Assert.False(same.Headers.Contains(IdempotentWrite.ReplayedHeader));

        // A refusal is not kept: sent again from the current version with the same key, it runs.
        using var next = await Post(head, $"/api/measures/{item.Id}/realise",
            Body(new { amountTkr = 100, year = 2025, recurring = true, expectedVersion = item.Version + 1 }), key);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(item.Version + 2, JsonDocument.Parse(await next.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt64());
        Assert.Equal(200m, (await Host.GetJson<JsonElement>($"/api/measures/{item.Id}")).GetProperty("realisedTkr").GetDecimal());
    }

    [Fact]
    public async Task An_answer_older_than_48_hours_is_not_replayed()
    {
        var client = await AuthorisedClient();
        var body = Body(new { title = "Samordna lokalvård", committee = "KS", estimatedSavingTkr = 500, source = "Test" });
        var key = Guid.NewGuid().ToString();
        using var first = await Post(client, "/api/measures", body, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        await using (var session = Store.LightweightSession())
        {
            var stored = await session.Query<StoredAnswer>().SingleAsync();
            stored.StoredAt -= IdempotentWrite.KeptFor;
            session.Store(stored);
            await session.SaveChangesAsync();
        }

        using var late = await Post(client, "/api/measures", body, key);
        Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        Assert.NotEqual(first.Headers.Location, late.Headers.Location);
        using var retry = await Post(client, "/api/measures", body, key);
        Assert.Equal(late.Headers.Location, retry.Headers.Location);
        Assert.Equal(2, (await Host.GetJson<JsonElement[]>("/api/measures")).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nyckel med å")]
    [InlineData("tab\there")]
    [InlineData("bell\u0007")]
    public async Task A_malformed_key_is_refused_with_400_naming_the_header_and_nothing_is_written(string key)
    {
        var item = await Host.AssignedItem();
        var events = await EventCount();

        // Set on the request as it arrives: an HTTP client would drop an empty header.
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { amountTkr = 100, year = 2025, recurring = true, expectedVersion = item.Version }).ToUrl($"/api/measures/{item.Id}/realise");
            s.WithRequestHeader(Header, key);
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });

        var problem = await result.ReadAsJsonAsync<JsonElement>();
        Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString());
        Assert.Contains("Idempotency-Key", problem.GetProperty("errors").GetProperty(Header)[0].GetString());
        Assert.Equal(events, await EventCount());
    }

    [Fact]
    public async Task A_key_of_200_characters_is_taken_one_of_201_or_two_keys_are_not()
    {
        var client = await AuthorisedClient();
        var body = Body(new { title = "Samordna lokalvård", committee = "KS", source = "Test" });

        using var longest = await Post(client, "/api/measures", body, new string('k', 200));
        Assert.Equal(HttpStatusCode.Created, longest.StatusCode);
        using var tooLong = await Post(client, "/api/measures", body, new string('k', 201));
        await Problem(tooLong, HttpStatusCode.BadRequest);

        using var twice = new HttpRequestMessage(HttpMethod.Post, "/api/measures") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        twice.Headers.TryAddWithoutValidation(Header, ["a", "b"]);
        using var answer = await client.SendAsync(twice);
        await Problem(answer, HttpStatusCode.BadRequest);
        Assert.Single(await Host.GetJson<JsonElement[]>("/api/measures"));
    }

    [Fact]
    public async Task The_api_description_lists_the_optional_header_on_every_write_and_only_there()
    {
        var document = await Host.GetJson<JsonElement>("/openapi/v1.json");
        var writes = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            var header = operation.Value.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray().SingleOrDefault(p => p.GetProperty("name").GetString() == Header)
                : default;
            // The token endpoint is open without sign-in; a new display link's answer holds its secret,
            // which is stored nowhere, so it is not kept for a retry either.
            var isWrite = operation.Name == "post" && path.Name.StartsWith("/api/") && path.Name is not ("/api/auth/token" or "/api/display-links");
            Assert.True(isWrite == (header.ValueKind == JsonValueKind.Object), $"{operation.Name} {path.Name}");
            if (!isWrite) continue;
            writes++;
            Assert.Equal("header", header.GetProperty("in").GetString());
            Assert.False(header.TryGetProperty("required", out var required) && required.GetBoolean());
            Assert.Equal(200, header.GetProperty("schema").GetProperty("maxLength").GetInt32());
        }
        // Propose, every step (a measure proposed from a shift or investigation among them), the buffers,
        // a genomlysning started, its analysis written, adopted, a key figure frozen into it, its file
        // uploaded; Kolada fetched; a sammanträdesunderlag frozen; a reporting period opened and closed;
        // one's settings for messages, and the reminders swept on demand; a display link revoked.
        Assert.Equal(2 + Handlingsplan.Items.Steps.All.Count + 12, writes);
    }

    static string Body(object body) => JsonSerializer.Serialize(body, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    static async Task<HttpResponseMessage> Post(HttpClient client, string url, string body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (key is not null) request.Headers.TryAddWithoutValidation(Header, key);
        return await client.SendAsync(request);
    }

    static async Task<JsonElement> Problem(HttpResponseMessage answer, HttpStatusCode status)
    {
        Assert.Equal(status, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
