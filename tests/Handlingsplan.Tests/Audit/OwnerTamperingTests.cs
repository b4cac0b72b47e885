using System.Text.Json;
using Alba;
using Handlingsplan.Audit;
using Handlingsplan.Tests.Infrastructure;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Handlingsplan.Tests.Audit;

/// <summary>What verify reports when the database's owner edits with SQL what the app never edits.</summary>
public sealed class OwnerTamperingTests(AppFixture fixture) : IntegrationContext(fixture)
{
    sealed record HistoryStep(long Sequence, long Version, string Type);

    /// <summary>A few items through their lifecycle, all sealed, the checkpoint written; answers the realisation's stream and sequence.</summary>
    async Task<(Guid StreamId, long Sequence, long FirstSequence)> SealedHistory()
    {
        var item = await Host.AssignedItem(committee: "SN");
        await Host.Realised(item.Id, item.Version, 125m);
        await Host.Proposed("shifts", title: "Förflyttning");
        await Host.Proposed("investigations", estimate: null, title: "Utredning");
        await WaitForProjections();
        var head = (await Verify()).LastSealedSequence;
        Tampering.WaitForCheckpoint(Host, head);
        var history = await Host.GetJson<List<HistoryStep>>($"/api/measures/{item.Id}/history");
        return (item.Id, history.Single(h => h.Type == "SavingRealised").Sequence, history[0].Sequence);
    }

    Task<Tampering.Report> Verify() => Host.GetJson<Tampering.Report>("/api/audit/verify");

    Task Sql(string sql, params (string Name, object Value)[] parameters) => Tampering.Sql(Fixture.ConnectionString, sql, parameters);

    [Fact]
    public async Task An_event_archived_with_SQL_is_reported_at_its_sequence()
    {
        var (_, sequence, _) = await SealedHistory();

        await Sql("update mt_events set is_archived = true where seq_id = @sequence", ("sequence", sequence));

        var report = await Verify();
        Assert.False(report.Intact);
        Assert.Equal(sequence, report.BrokenSequence);
        Assert.Contains("arkiverad", report.Problem);
    }

    [Fact]
    public async Task An_event_s_type_name_changed_with_SQL_is_reported_at_its_sequence()
    {
        var (_, sequence, _) = await SealedHistory();

        await Sql("update mt_events set mt_dotnet_type = 'Handlingsplan.Items.ItemCancelled, Handlingsplan' where seq_id = @sequence", ("sequence", sequence));

        var report = await Verify();
        Assert.False(report.Intact);
        Assert.Equal(sequence, report.BrokenSequence);
        Assert.Contains("stämmer inte med sin försegling", report.Problem);
    }

    [Fact]
    public async Task A_stream_s_version_changed_with_SQL_is_reported_at_its_newest_event()
    {
        var (stream, sequence, _) = await SealedHistory();

        await Sql("update mt_streams set version = version - 1 where id = @stream", ("stream", stream));

        var report = await Verify();
        Assert.False(report.Intact);
        Assert.Equal(sequence, report.BrokenSequence);
        Assert.Contains("strömtabellen", report.Problem);
    }

    [Fact]
    public async Task A_stream_s_type_changed_with_SQL_is_reported_at_its_first_event()
    {
        var (stream, _, first) = await SealedHistory();

        await Sql("update mt_streams set type = 'action_plan' where id = @stream", ("stream", stream));

        var report = await Verify();
        Assert.False(report.Intact);
        Assert.Equal(first, report.BrokenSequence);
        Assert.Contains("stämmer inte med sin försegling", report.Problem);
    }

    [Fact]
    public async Task Seals_deleted_at_the_tail_are_reported_missing_not_pending()
    {
        await SealedHistory();
        var head = (await Verify()).LastSealedSequence;

        await Sql("delete from mt_doc_auditseal where id > @from", ("from", head - 3));

        var report = await Verify();
        Assert.False(report.Intact);
        Assert.Equal(head - 2, report.BrokenSequence);
        Assert.Contains("saknar försegling fast förseglaren har passerat den", report.Problem);
        Assert.Equal(0, report.PendingCount);

        // Meanwhile a change to those events is no less visible.
        await Sql("update mt_events set data = jsonb_set(data, '{title}', '\"Ändrad\"') where seq_id = @sequence", ("sequence", head - 1));
        Assert.Equal(head - 2, (await Verify()).BrokenSequence);
    }

    [Fact]
    public async Task A_history_rewritten_and_sealed_again_with_SQL_is_caught_by_the_checkpoint()
    {
        var (_, sequence, _) = await SealedHistory();
        var before = await Verify();
        Assert.True(before.Intact, before.Problem);
        Assert.Equal(before.LastSealedSequence, before.Checkpoint!.Sequence);
        Assert.Equal(before.HeadHash, before.Checkpoint.Hash);

        // The owner rewrites a realisation and computes a fresh, self-consistent chain from it on.
        await Sql("update mt_events set data = jsonb_set(data, '{amountTkr}', '9999') where seq_id = @sequence", ("sequence", sequence));
        await Tampering.SealAgainFrom(Store, Fixture.ConnectionString, sequence);

        var report = await Verify();
        Assert.False(report.Intact);
        Assert.Equal(before.LastSealedSequence, report.BrokenSequence);
        Assert.Contains("kontrollpunkten", report.Problem);
        Assert.NotEqual(before.HeadHash, report.HeadHash);
    }

    [Fact]
    public async Task A_checkpoint_file_changed_by_hand_is_refused()
    {
        await SealedHistory();
        var path = Host.Services.GetRequiredService<AuditCheckpoints>().Path;
        var checkpoint = JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement;

        await File.WriteAllTextAsync(path, checkpoint.GetRawText().Replace(checkpoint.GetProperty("hash").GetString()!, new string('a', 64)));

        var report = await Verify();
        Assert.False(report.Intact);
        Assert.Contains("inte signerad", report.Problem);
    }

    [Fact]
    public async Task The_review_page_shows_the_latest_checkpoint()
    {
        await SealedHistory();
        var checkpoint = (await Verify()).Checkpoint!;

        var page = await (await AuthorisedClient("revisor")).GetStringAsync("/granskning");

        Assert.Contains($"<dd id=\"checkpoint-sequence\">{checkpoint.Sequence}</dd>", page);
        Assert.Contains($"<code id=\"checkpoint-hash\">{checkpoint.Hash}</code>", page);
        Assert.Contains(checkpoint.Signature, page);
    }
}

/// <summary>Attacks that need the app to start again on the edited database: each test has a database and data folder of its own.</summary>
public sealed class TamperingAcrossRestartsTests : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-tamper-{Guid.NewGuid():N}");
    string _connectionString = "";
    IAlbaHost? _host;

    public async Task InitializeAsync() => _connectionString = await TestPostgres.CreateDatabaseAsync($"tamper_{Guid.NewGuid():N}");

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }

    /// <summary>Starts the app (it imports the shipped plan into an empty store) and waits until the daemon has caught up.</summary>
    async Task<IAlbaHost> Start()
    {
        if (_host is not null) await _host.DisposeAsync();
        _host = await TestHost.StartAsync(_connectionString, _dataDirectory);
        var token = await TestHost.TokenAsync(_host, _dataDirectory, "ledning");
        _host.BeforeEach(context => context.Request.Headers.Authorization = "Bearer " + token);
        await _host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        return _host;
    }

    async Task Stop()
    {
        await _host!.DisposeAsync();
        _host = null;
    }

    Task Sql(string sql, params (string Name, object Value)[] parameters) => Tampering.Sql(_connectionString, sql, parameters);

    [Fact]
    public async Task An_event_edited_and_its_sealer_moved_back_is_reported_after_a_restart_and_never_sealed_again()
    {
        var host = await Start();
        var sealedHead = await host.GetJson<Tampering.Report>("/api/audit/verify");
        Assert.True(sealedHead.Intact, sealedHead.Problem);
        var last = sealedHead.LastSealedSequence;
        await Stop();

        await Sql("update mt_events set data = jsonb_set(data, '{title}', '\"Ändrad i efterhand\"') where seq_id = @last", ("last", last));
        await Sql($"update mt_event_progression set last_seq_id = @before where name like '{AuditChainSealer.SubscriptionName}:%'", ("before", last - 1));

        host = await Start();
        var report = await host.GetJson<Tampering.Report>("/api/audit/verify");
        Assert.False(report.Intact);
        Assert.Equal(last, report.BrokenSequence);
        await using var session = host.DocumentStore().QuerySession();
        var alarm = Assert.Single(await session.Query<AuditAlarm>().ToListAsync());
        Assert.Equal(last, alarm.Sequence);
        Assert.Equal(sealedHead.HeadHash, (await session.LoadAsync<AuditSeal>(last))!.Hash);
    }

    [Fact]
    public async Task Seals_deleted_and_the_sealer_moved_back_are_not_made_again_over_an_edit()
    {
        var host = await Start();
        var sealedHead = await host.GetJson<Tampering.Report>("/api/audit/verify");
        var last = sealedHead.LastSealedSequence;
        Tampering.WaitForCheckpoint(host, last);
        await Stop();

        await Sql("update mt_events set data = jsonb_set(data, '{title}', '\"Ändrad i efterhand\"') where seq_id = @last", ("last", last));
        await Sql("delete from mt_doc_auditseal where id >= @from", ("from", last - 1));
        await Sql($"update mt_event_progression set last_seq_id = @before where name like '{AuditChainSealer.SubscriptionName}:%'", ("before", last - 2));

        host = await Start();
        var report = await host.GetJson<Tampering.Report>("/api/audit/verify");
        Assert.False(report.Intact);
        Assert.Equal(last - 1, report.BrokenSequence);
        Assert.Equal(last - 2, report.LastSealedSequence);
        Assert.Equal(0, report.PendingCount);
        Assert.Equal(sealedHead.HeadHash, report.Checkpoint!.Hash);
    }
}

/// <summary>What the tampering tests share: raw SQL as the database's owner, and the chain computed as an attacker would.</summary>
static class Tampering
{
    public sealed record Report(
        bool Intact, long SealedCount, long LastSealedSequence, string? HeadHash, long PendingCount, long? BrokenSequence, string? Problem,
        AuditCheckpoint? Checkpoint);

    public static async Task Sql(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        Assert.True(await command.ExecuteNonQueryAsync() > 0, sql);
    }

    /// <summary>Replaces every seal from a sequence on with one computed over the events as they now are.</summary>
    public static async Task SealAgainFrom(IDocumentStore store, string connectionString, long from)
    {
        await using var session = store.QuerySession();
        var seals = (await session.Query<AuditSeal>().OrderBy(s => s.Id).ToListAsync()).ToDictionary(s => s.Id);
        var previous = seals.Values.Where(s => s.Id < from).MaxBy(s => s.Id)!.Hash;
        await foreach (var e in EventLog.Of(store, Handlingsplan.Tenancy.Municipalities.DefaultTenantId).UpToSequence(seals.Keys.Max(), CancellationToken.None))
        {
            if (e.Sequence < from) continue;
            var hash = AuditChain.Link(AuditChain.FormulaOf(seals[e.Sequence]), previous, e);
            await Sql(connectionString,
                "update mt_doc_auditseal set data = jsonb_set(jsonb_set(data, '{hash}', to_jsonb(@hash::text)), '{previousHash}', to_jsonb(@previous::text)) where id = @id",
                ("hash", hash), ("previous", previous), ("id", e.Sequence));
            previous = hash;
        }
    }

    /// <summary>The checkpoint is written just after the seals commit, a moment after the daemon reports its progress.</summary>
    public static void WaitForCheckpoint(IAlbaHost host, long sequence)
    {
        var checkpoints = host.Services.GetRequiredService<AuditCheckpoints>();
        Assert.True(SpinWait.SpinUntil(() => checkpoints.Read().Valid?.Sequence >= sequence, TimeSpan.FromSeconds(10)),
            $"No checkpoint for sequence {sequence} was written.");
    }
}
