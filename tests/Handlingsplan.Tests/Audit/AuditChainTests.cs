using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Alba;
using Handlingsplan.Audit;
using Handlingsplan.Tests.Infrastructure;
using Marten;
using Npgsql;

namespace Handlingsplan.Tests.Audit;

/// <summary>Proof that history was not altered: the hash chain, its verification, and the archive export.</summary>
public sealed class AuditChainTests(AppFixture fixture) : IntegrationContext(fixture)
{
    sealed record Report(bool Intact, long SealedCount, long LastSealedSequence, string? HeadHash, long PendingCount, long? BrokenSequence, string? Problem);

    sealed record HistoryStep(long Sequence, long Version, string Type);

    /// <summary>A few items through their lifecycle, all sealed; answers the sequence of one realisation.</summary>
    async Task<long> SealedHistory()
    {
        var item = await Host.AssignedItem(committee: "SN");
        await Host.Realised(item.Id, item.Version, 125m);
        await Host.Proposed("shifts", title: "Förflyttning");
        await Host.Proposed("investigations", estimate: null, title: "Utredning");
        await WaitForProjections();
        var history = await Host.GetJson<List<HistoryStep>>($"/api/measures/{item.Id}/history");
        return history.Single(h => h.Type == "SavingRealised").Sequence;
    }

    Task<Report> Verify() => Host.GetJson<Report>("/api/audit/verify");

    async Task Sql(string sql, long sequence)
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("sequence", sequence);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Every_committed_event_is_sealed_and_the_chain_verifies()
    {
        await SealedHistory();
        var events = await EventCount();

        var report = await Verify();

        Assert.True(report.Intact, report.Problem);
        Assert.Equal(events, report.SealedCount);
        Assert.Equal(0, report.PendingCount);
        Assert.Null(report.BrokenSequence);
        Assert.Matches("^[0-9a-f]{64}$", report.HeadHash!);
    }

    [Fact]
    public async Task An_event_changed_with_SQL_is_reported_at_its_sequence()
    {
        var sequence = await SealedHistory();
        Assert.True((await Verify()).Intact);

        await Sql("update mt_events set data = jsonb_set(data, '{amountTkr}', '9999') where seq_id = @sequence", sequence);

        var report = await Verify();
        Assert.False(report.Intact);
        Assert.Equal(sequence, report.BrokenSequence);
        Assert.Equal(sequence - 1, report.SealedCount);
        Assert.Contains("ändrats", report.Problem);
    }

    [Fact]
    public async Task An_event_deleted_or_restamped_with_SQL_is_reported_at_its_sequence()
    {
        var sequence = await SealedHistory();

        await Sql("update mt_events set user_name = 'någon annan' where seq_id = @sequence - 1", sequence);
        Assert.Equal(sequence - 1, (await Verify()).BrokenSequence);

        await Sql("update mt_events set user_name = 'ledning' where seq_id = @sequence - 1", sequence);
        Assert.True((await Verify()).Intact);

        await Sql("delete from mt_events where seq_id = @sequence", sequence);
        var report = await Verify();
        Assert.False(report.Intact);
        Assert.Equal(sequence, report.BrokenSequence);
        Assert.Contains("tagits bort", report.Problem);
    }

    [Fact]
    public async Task The_chain_stays_whole_under_concurrent_commands()
    {
        var items = new List<Handlingsplan.Items.Proposing.ItemCreated>();
        for (var i = 0; i < 8; i++) items.Add(await Host.AssignedItem(title: $"Åtgärd {i}"));
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => AuthorisedClient()));

        // Every item gets two racing realisations on the same version (one wins), and new items are proposed meanwhile.
        var racing = items.SelectMany((item, i) => new[]
        {
            clients[i % 4].PostAsJsonAsync($"/api/measures/{item.Id}/realise", new { amountTkr = 10, year = 2025, recurring = true, expectedVersion = item.Version }),
            clients[(i + 1) % 4].PostAsJsonAsync($"/api/measures/{item.Id}/realise", new { amountTkr = 10, year = 2025, recurring = true, expectedVersion = item.Version }),
            clients[(i + 2) % 4].PostAsJsonAsync("/api/measures", new { title = $"Ny {i}", committee = "KS", estimatedSavingTkr = 5 }),
        });
        var answers = await Task.WhenAll(racing);
        Assert.Equal(8, answers.Count(a => a.StatusCode == System.Net.HttpStatusCode.Created));
        Assert.Equal(8, answers.Count(a => a.StatusCode == System.Net.HttpStatusCode.OK));
        Assert.Equal(8, answers.Count(a => a.StatusCode == System.Net.HttpStatusCode.Conflict));

        await WaitForProjections();
        var report = await Verify();
        Assert.True(report.Intact, report.Problem);
        Assert.Equal(await EventCount(), report.SealedCount);
    }

    [Fact]
    public async Task An_append_that_fails_after_taking_its_sequence_numbers_leaves_tombstones_that_verify()
    {
        // A commit cut off by a lost connection leaves Marten's tombstones for the sequence numbers it
        // took; a failed statement in the same transaction does the same, and is what a test can cause.
        var item = await Host.AssignedItem(committee: "SN");
        await using (var session = Store.LightweightSession())
        {
            session.Events.Append(item.Id, new global::Handlingsplan.Items.FollowUpRecorded("Går förlorad", DateTimeOffset.UtcNow));
            session.Insert(new global::Handlingsplan.Items.Item { Id = item.Id, Title = "Finns redan" });
            await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());
        }
        await Host.Proposed("shifts", title: "Efter det misslyckade");
        await WaitForProjections();

        await using (var connection = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("select count(*) from mt_events where stream_id = @tombstones", connection);
            command.Parameters.AddWithValue("tombstones", JasperFx.Events.Tombstone.StreamId);
            Assert.True((long)(await command.ExecuteScalarAsync())! > 0, "Marten wrote no tombstones, so this test proves nothing");
        }
        var report = await Verify();
        Assert.True(report.Intact, report.Problem);
        Assert.Equal(await EventCount(), report.SealedCount);
    }

    [Fact]
    public async Task The_export_round_trips_every_event_with_its_data_user_and_seal()
    {
        await SealedHistory();
        await using var session = Store.QuerySession();
        var events = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync(CancellationToken.None);

        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/export");
            s.StatusCodeShouldBeOk();
        });
        Assert.Equal("application/x-ndjson", result.Context.Response.ContentType);
        var lines = (await result.ReadAsTextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(events.Select(e => e.Sequence), lines.Select(l => l.GetProperty("sequence").GetInt64()));
        Assert.Equal(events.Select(e => e.StreamId), lines.Select(l => l.GetProperty("streamId").GetGuid()));
        Assert.Equal(events.Select(e => e.UserName), lines.Select(l => l.GetProperty("user").GetString()));
        var realised = lines.Single(l => l.GetProperty("type").GetString() == "saving_realised");
        Assert.Equal(125m, realised.GetProperty("data").GetProperty("amountTkr").GetDecimal());
        Assert.Equal("measures", realised.GetProperty("kind").GetString());
        Assert.Equal("kommunledning", realised.GetProperty("role").GetString());

        // The file alone is enough to check the chain: each hash follows from the line and the hash before it.
        var previous = AuditChain.Genesis;
        foreach (var line in lines)
        {
            var stored = new StoredEvent(
                line.GetProperty("sequence").GetInt64(), line.GetProperty("id").GetGuid(), line.GetProperty("streamId").GetGuid(), null,
                line.GetProperty("version").GetInt64(), line.GetProperty("type").GetString()!,
                DateTimeOffset.Parse(line.GetProperty("timestamp").GetString()!), line.GetProperty("tenantId").GetString()!,
                line.GetProperty("user").GetString(),
                line.GetProperty("headers").ValueKind == JsonValueKind.Null ? null : line.GetProperty("headers").GetRawText(),
                line.GetProperty("data").GetRawText(),
                DotnetType: line.GetProperty("dotnetType").GetString(),
                StreamType: line.GetProperty("streamType").GetString(),
                IsArchived: line.GetProperty("archived").ValueKind == JsonValueKind.Null ? null : line.GetProperty("archived").GetBoolean(),
                BinaryDataHex: line.GetProperty("binaryData").GetString());
            Assert.Equal(AuditChain.CurrentFormula, line.GetProperty("formula").GetInt32());
            Assert.Equal(previous, line.GetProperty("previousHash").GetString());
            previous = AuditChain.Link(line.GetProperty("formula").GetInt32(), previous, stored);
            Assert.Equal(previous, line.GetProperty("hash").GetString());
        }
        Assert.Equal((await Verify()).HeadHash, previous);
    }

    [Fact]
    public async Task The_export_takes_a_period()
    {
        await SealedHistory();
        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd");
        var client = await AuthorisedClient("revisor");

        Assert.Empty(await client.GetStringAsync($"/api/audit/export?from={tomorrow}"));
        var all = await client.GetStringAsync($"/api/audit/export?from=2020-01-01&to={tomorrow}");
        Assert.Equal(await EventCount(), all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_verify_command_reports_OK_then_the_broken_sequence()
    {
        var sequence = await SealedHistory();
        var events = await EventCount();

        var (ok, okOutput) = await RunVerifyCommand();
        Assert.Equal(0, ok);
        Assert.Contains($"OK: the hash chain is intact. {events} events sealed, last sealed sequence", okOutput);

        await Sql("update mt_events set data = jsonb_set(data, '{year}', '2030') where seq_id = @sequence", sequence);
        var (broken, brokenOutput) = await RunVerifyCommand();
        Assert.Equal(1, broken);
        Assert.Contains($"BROKEN at sequence {sequence}", brokenOutput);
    }

    /// <summary>Runs the built app as a person would, <c>Handlingsplan verify</c>, against the test database.</summary>
    async Task<(int ExitCode, string Output)> RunVerifyCommand()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "Handlingsplan.dll");
        var start = new ProcessStartInfo("dotnet", [app, "verify"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__Marten"] = Fixture.ConnectionString;
        start.Environment["DataDirectory"] = Fixture.DataDirectory;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // A test build has no pre-generated handlers, which production insists on.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
