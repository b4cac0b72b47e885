using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Handlingsplan.Tests.LocalPostgres;

/// <summary>A 409 or a 400 is an answer to the caller: logged at Information, without a stack trace.</summary>
[Collection(OwnServerCollection.Name)]
public sealed class ExpectedOutcomeLoggingTests(OwnServerApp app)
{
    [Fact]
    public Task Commands_that_lose_a_race_answer_409_and_log_it_once_at_information_without_a_stack_trace() => DatabaseOutageTests.Bounded(async () =>
    {
        using var client = await app.ClientFor();
        var (id, version) = await AssignedItem(client);

        // Every request reads the same version and passes its checks, then waits to append: the event
        // store lets one through and refuses the other nine.
        await using var blocker = new NpgsqlConnection(app.Host.Services.GetRequiredService<IConfiguration>().GetConnectionString("Marten"));
        await blocker.OpenAsync();
        await using var hold = await blocker.BeginTransactionAsync();
        await Sql(blocker, "lock table mt_streams in exclusive mode");

        var mark = app.Logs.Mark();
        var racing = Enumerable.Range(0, 10).Select(_ => client.PostAsJsonAsync($"/api/measures/{id}/realise",
            new { amountTkr = 10, year = 2025, recurring = true, expectedVersion = version })).ToList();
        await using (var watcher = new NpgsqlConnection(app.Host.Services.GetRequiredService<IConfiguration>().GetConnectionString("Marten")))
        {
            await watcher.OpenAsync();
            await DatabaseOutageTests.Eventually(async () => await Sql(watcher,
                "select count(*) from pg_locks where not granted and relation = 'mt_streams'::regclass") is 10L, "all ten wait to append");
        }
        await hold.RollbackAsync();
        var answers = await Task.WhenAll(racing);
        var logged = app.Logs.Since(mark);

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(9, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var refusals = logged.Where(e => e.Message.Contains("answered 409")).ToList();
        Assert.Equal(9, refusals.Count);
        Assert.All(refusals, e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.DoesNotContain(logged, e => e.Level >= LogLevel.Warning);
        Assert.DoesNotContain(logged, e => e.Exception is not null);
        Assert.DoesNotContain(logged, e => e.Message.Contains("   at "));
    });

    [Fact]
    public Task A_body_that_is_not_the_commands_json_answers_400_and_logs_information_without_a_stack_trace() => DatabaseOutageTests.Bounded(async () =>
    {
        using var client = await app.ClientFor();
        var (id, version) = await AssignedItem(client);

        var mark = app.Logs.Mark();
        using var body = new StringContent($$"""{ "amountTkr": "tio", "year": 2025, "recurring": true, "expectedVersion": {{version}} }""",
            System.Text.Encoding.UTF8, "application/json");
        var answer = await client.PostAsync($"/api/measures/{id}/realise", body);
        var logged = app.Logs.Since(mark);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.DoesNotContain(logged, e => e.Level >= LogLevel.Warning);
        var entry = Assert.Single(logged, e => e.Message.Contains("deserialize JSON"));
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Null(entry.Exception);
        Assert.Contains("amountTkr", entry.Message);
    });

    static async Task<object?> Sql(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    static async Task<(Guid Id, long Version)> AssignedItem(HttpClient client)
    {
        var created = await client.PostAsJsonAsync("/api/measures",
            new { title = "Samordna lokalvård", description = "Beskrivning", committee = "KS", estimatedSavingTkr = 500, source = "Test" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = item.GetProperty("id").GetGuid();
        var version = await Step(client, id, "prioritise",
            new { decisionReference = "KS 2024-09-02 § 123", reason = "Prioriterad i budgeten", expectedVersion = item.GetProperty("version").GetInt64() });
        version = await Step(client, id, "assign",
            new { department = "Kommunledningskontoret", responsibleRole = "Ekonomichef", dueDate = "2040-06-30", expectedVersion = version });
        return (id, version);
    }

    static async Task<long> Step(HttpClient client, Guid id, string step, object body)
    {
        var answer = await client.PostAsJsonAsync($"/api/measures/{id}/{step}", body);
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
    }
}
