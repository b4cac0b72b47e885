using System.Diagnostics;
using System.Text.Json;
using Alba;
using Handlingsplan.Infrastructure;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;
using Marten;
using Marten.Events;
using Npgsql;

namespace Handlingsplan.Tests.Upgrading;

/// <summary>
/// A database written by an earlier release (Fixtures/vN: a dump, and the answers that version gave
/// on it), restored and opened by this version: it must replay, verify its hash chain, keep every
/// earlier seal, and answer as before, with the shipped plan's later corrections appended as new events.
/// </summary>
public abstract class DataFolderFixture : IAsyncLifetime
{
    /// <summary>The fixture's folder name, e.g. "v1".</summary>
    public abstract string Release { get; }
    /// <summary>The steps that release had; steps added since may be offered beside them.</summary>
    public abstract IReadOnlySet<string?> StepsThen { get; }
    public string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", Release);
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-fixture-{Guid.NewGuid():N}");

    protected virtual string DatabaseName => Release + "_fixture";

    public IAlbaHost Host { get; private set; } = null!;
    public string Token { get; private set; } = "";
    /// <summary>What verify said on opening, before any test wrote.</summary>
    public JsonElement VerifiedOnOpening { get; private set; }

    public async Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(DatabaseName);
        await RestoreAsync(connectionString, Path.Combine(Folder, "database.sql"));
        Host = await TestHost.StartAsync(connectionString, _dataDirectory);
        Token = await TestHost.TokenAsync(Host, _dataDirectory, "ledning");
        Host.BeforeEach(context => context.Request.Headers.Authorization = "Bearer " + Token);
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        VerifiedOnOpening = await Host.GetJson<JsonElement>("/api/audit/verify");
    }

    /// <summary>With psql, as an operator restores a plain dump.</summary>
    static async Task RestoreAsync(string connectionString, string dump)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var bin = TestPostgres.BinDirectory;
        // Lines that only newer psql clients understand; they guard the restore session, not the data.
        var script = Path.GetTempFileName();
        await File.WriteAllLinesAsync(script, File.ReadLines(dump).Where(l => !l.StartsWith(@"\restrict ") && !l.StartsWith(@"\unrestrict ")));
        var start = new ProcessStartInfo(Path.Combine(bin, "psql"))
        {
            ArgumentList = { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", builder.Host!, "-p", builder.Port.ToString(), "-U", builder.Username!, "-d", builder.Database!, "-f", script },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["PGPASSWORD"] = builder.Password;
        using var psql = Process.Start(start)!;
        var errors = await psql.StandardError.ReadToEndAsync();
        await psql.WaitForExitAsync();
        File.Delete(script);
        if (psql.ExitCode != 0) throw new InvalidOperationException("The dump did not restore: " + errors);
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}

/// <summary>The release before the single item aggregate: one stream type per kind.</summary>
public class DataFolderV1Fixture : DataFolderFixture
{
    public override string Release => "v1";
    public override IReadOnlySet<string?> StepsThen { get; } = new HashSet<string?>
        { "prioritise", "decline", "assign", "realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel" };
}

public sealed class DataFolderV1Tests(DataFolderV1Fixture fixture) : DataFolderTests(fixture), IClassFixture<DataFolderV1Fixture>;

/// <summary>The release with the single item aggregate and the correction of realisations, before decisions carried their day.</summary>
public sealed class DataFolderV2Fixture : DataFolderFixture
{
    public override string Release => "v2";
    public override IReadOnlySet<string?> StepsThen { get; } = new HashSet<string?>
        { "prioritise", "decline", "assign", "realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel", "correctRealisation", "reverseRealisation" };
}

public sealed class DataFolderV2Tests(DataFolderV2Fixture fixture) : DataFolderTests(fixture), IClassFixture<DataFolderV2Fixture>;

/// <summary>What every earlier release's data folder must show when this version opens it.</summary>
public abstract class DataFolderTests(DataFolderFixture fixture)
{
    IAlbaHost Host => fixture.Host;

    JsonElement Expected(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Folder, file))).RootElement;

    /// <summary>The items the shipped plan holds: on opening, these get the corrections of the plan's second revision as new events.</summary>
    static readonly HashSet<string> PlanItems = [.. PlanImport.ReadShippedData() is var data
        ? data.Measures.Select(m => m.Key).Concat(data.Investigations.Select(i => i.Key)).Select(k => PlanImport.StableId(k).ToString())
        : []];

    long EarlierEvents => Expected("verify.json").GetProperty("lastSealedSequence").GetInt64();

    [Fact]
    public async Task The_chain_verifies_whole_and_every_seal_of_the_earlier_release_is_unchanged()
    {
        var report = fixture.VerifiedOnOpening;
        Assert.True(report.GetProperty("intact").GetBoolean(), report.ToString());
        Assert.True(report.GetProperty("sealedCount").GetInt64() >= EarlierEvents);

        var export = await Host.Scenario(s => s.Get.Url("/api/audit/export"));
        var now = (await export.ReadAsTextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("sequence").GetInt64());
        foreach (var line in File.ReadLines(Path.Combine(fixture.Folder, "export.jsonl")).Select(l => JsonDocument.Parse(l).RootElement))
        {
            var sequence = line.GetProperty("sequence").GetInt64();
            Assert.Equal(line.GetProperty("hash").GetString(), now[sequence].GetProperty("hash").GetString());
        }
        // The corrections came after, as new events by the import, never as edits.
        var added = now.Values.Where(e => e.GetProperty("sequence").GetInt64() > EarlierEvents).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, e => Assert.Equal(PlanImport.ImportUser, e.GetProperty("user").GetString()));
        // The earlier seals keep their formula; the new ones use the current formula and chain on from the last earlier seal.
        Assert.All(now.Values.Where(e => e.GetProperty("sequence").GetInt64() <= EarlierEvents),
            e => Assert.Equal(Handlingsplan.Audit.AuditChain.FirstFormula, e.GetProperty("formula").GetInt32()));
        Assert.All(added, e => Assert.Equal(Handlingsplan.Audit.AuditChain.CurrentFormula, e.GetProperty("formula").GetInt32()));
        Assert.Equal(now[EarlierEvents].GetProperty("hash").GetString(), added.MinBy(e => e.GetProperty("sequence").GetInt64())!.GetProperty("previousHash").GetString());
    }

    [Fact]
    public async Task The_realised_figures_of_the_dashboard_are_unchanged_and_the_counts_follow_the_documents()
    {
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var dashboard = await Host.GetJson<JsonElement>("/api/dashboard");
        var before = Expected("dashboard.json");
        foreach (var figure in new[] { "realisedTkr", "recurringTkr", "ambitionTkr", "byYear" })
            AssertContains(before.GetProperty(figure), dashboard.GetProperty(figure), "dashboard." + figure);
        AssertContains(before.GetProperty("buffers").GetProperty("committees"), dashboard.GetProperty("buffers").GetProperty("committees"), "dashboard.buffers");
        Assert.Equal(8, dashboard.GetProperty("notQuantifiedCount").GetInt32());
        Assert.Equal(7, dashboard.GetProperty("countedOnceCount").GetInt32());
        Assert.Equal(3070880m, dashboard.GetProperty("buffers").GetProperty("printedAllocationTkr").GetDecimal());
    }

    [Theory]
    [InlineData("measures")]
    [InlineData("shifts")]
    [InlineData("investigations")]
    public async Task The_lists_hold_the_same_items_and_those_users_made_are_unchanged(string kind)
    {
        var list = await Host.GetJson<JsonElement>($"/api/{kind}");
        var before = Expected(kind + ".json");
        Assert.Equal(before.GetArrayLength(), list.GetArrayLength());
        var now = list.EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        foreach (var item in before.EnumerateArray().Where(i => !PlanItems.Contains(i.GetProperty("id").GetString()!)))
            AssertContains(item, now[item.GetProperty("id").GetString()!], kind);
    }

    [Fact]
    public async Task Every_history_begins_as_the_earlier_release_wrote_it_and_only_the_plan_s_items_gain_corrections()
    {
        var entries = Expected("items.json").EnumerateArray().ToList();
        Assert.True(entries.Count > 50);
        var corrected = 0;
        foreach (var entry in entries)
        {
            var id = entry.GetProperty("id").GetString()!;
            var url = $"/api/{entry.GetProperty("kind").GetString()}/{id}";
            var item = await Host.GetJson<JsonElement>(url);
            var history = await Host.GetJson<JsonElement[]>(url + "/history");
            var before = entry.GetProperty("history").EnumerateArray().ToList();
            Assert.True(history.Length >= before.Count, $"{url}: history shortened");
            for (var i = 0; i < before.Count; i++) AssertContains(before[i], history[i], $"{url}/history[{i}]");
            Assert.Equal(entry.GetProperty("item").GetProperty("realisedTkr").GetDecimal(), item.GetProperty("realisedTkr").GetDecimal());
            if (!PlanItems.Contains(id))
            {
                Assert.Equal(before.Count, history.Length);
                AssertContains(entry.GetProperty("item"), item, url);
                continue;
            }
            if (history.Length > before.Count) corrected++;
            Assert.All(history.Skip(before.Count), h => Assert.Equal(PlanImport.ImportUser, h.GetProperty("user").GetString()));
        }
        Assert.Equal(PlanItems.Count, corrected);
    }

    [Fact]
    public async Task The_store_gains_kommunstyrelsens_genomlysning_2024_after_its_own_history()
    {
        var genomlysning = Assert.Single(await Host.GetJson<JsonElement[]>("/api/genomlysningar"));
        Assert.Equal(17, genomlysning.GetProperty("linkedItems").GetInt32());
        await using var session = Host.DocumentStore().QuerySession();
        var events = await session.Events.FetchStreamAsync(genomlysning.GetProperty("id").GetGuid());
        Assert.Equal(5, events.Count);
        Assert.All(events, e => Assert.True(e.Sequence > EarlierEvents, "a genomlysning event numbered inside the earlier history"));
        var report = await Host.GetJson<JsonElement>($"/api/genomlysningar/{genomlysning.GetProperty("id").GetGuid()}");
        Assert.Equal(17, report.GetProperty("sections").EnumerateArray().Sum(s => s.GetProperty("rows").GetArrayLength()));
    }

    [Fact]
    public async Task The_corrections_say_what_the_documents_say_and_leave_what_users_decided()
    {
        var measures = await Host.GetJson<JsonElement[]>("/api/measures");
        var investigations = await Host.GetJson<JsonElement[]>("/api/investigations");
        JsonElement Plan(JsonElement[] items, string key) => items.Single(i => i.GetProperty("id").GetString() == PlanImport.StableId(key).ToString());

        // Still proposed in the earlier release: now decided as the documents decided them.
        var buffers = Plan(measures, "handlingsplan-1");
        Assert.Equal("assigned", buffers.GetProperty("status").GetString());
        Assert.Equal("2023-12-11", buffers.GetProperty("decidedOn").GetString());
        Assert.Equal("notQuantified", buffers.GetProperty("estimateState").GetString());
        Assert.Equal("2024-09-02", Plan(measures, "genomlysning-2024-5").GetProperty("decidedOn").GetString());
        // Prioritised by a user in the earlier release: that decision stands.
        var it = measures.Single(m => m.GetProperty("decisionReference").GetString() == "KS 2025-02-03 § 19");
        Assert.Equal("prioritised", it.GetProperty("status").GetString());
        // The investigations: the budget's decision marked, the coordination as the table words it.
        var archive = Plan(investigations, "utredning-1");
        Assert.Equal("realising", archive.GetProperty("status").GetString());
        Assert.Equal(["Kansli- och HR-avdelningen"], archive.GetProperty("together").EnumerateArray().Select(d => d.GetString()));
        Assert.StartsWith("KS budget 2025–2027", archive.GetProperty("decisionReference").GetString());
        var routines = Plan(investigations, "utredning-14");
        Assert.Equal("prioritised", routines.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, routines.GetProperty("department").ValueKind);
        Assert.EndsWith("över förvaltningsgränserna.", routines.GetProperty("handling").GetString());
        Assert.Equal(7, measures.Count(m => m.GetProperty("sameWorkAs").ValueKind == JsonValueKind.Object));

        // Opening again corrects nothing twice.
        Assert.Equal(new ImportResult(0, 0), await PlanImport.RunAsync(Host.DocumentStore()));
    }

    [Fact]
    public async Task The_decision_log_begins_with_the_earlier_release_s_decisions_unchanged()
    {
        var log = await Host.GetJson<JsonElement[]>("/api/decisions?pageSize=500");
        var before = Expected("decisions.json").EnumerateArray().ToList();
        Assert.True(log.Length > before.Count);
        // A title the plan's correction put right reads as corrected; everything else as the earlier release wrote it.
        for (var i = 0; i < before.Count; i++)
            AssertContains(PlanItems.Contains(before[i].GetProperty("itemId").GetString()!) ? Without(before[i], "title") : before[i], log[i], $"decisions[{i}]");
        Assert.All(log.Skip(before.Count), d => Assert.Equal(PlanImport.ImportUser, d.GetProperty("user").GetString()));
    }

    static JsonElement Without(JsonElement entry, string property) =>
        JsonSerializer.SerializeToElement(entry.EnumerateObject().Where(p => p.Name != property).ToDictionary(p => p.Name, p => p.Value));

    /// <summary>
    /// Everything the earlier release answered is still answered the same; new fields may be added. The one answer that
    /// changes on purpose: a concluded investigation no longer offers "conclude" among its allowed steps,
    /// and steps added since may be offered beside the release's.
    /// </summary>
    void AssertContains(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.True(actual.ValueKind == JsonValueKind.Object, $"{path}: expected an object, got {actual}");
                foreach (var property in expected.EnumerateObject())
                {
                    Assert.True(actual.TryGetProperty(property.Name, out var value), $"{path}.{property.Name} is missing");
                    if (property.Name == "allowedSteps")
                    {
                        var concluded = expected.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.String;
                        Assert.Equal(property.Value.EnumerateArray().Select(s => s.GetString()).Where(s => !(concluded && s == "conclude")),
                            value.EnumerateArray().Select(s => s.GetString()).Where(fixture.StepsThen.Contains));
                        continue;
                    }
                    AssertContains(property.Value, value, $"{path}.{property.Name}");
                }
                break;
            case JsonValueKind.Array:
                Assert.True(actual.ValueKind == JsonValueKind.Array, $"{path}: expected an array, got {actual}");
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: {expected.GetArrayLength()} elements expected, {actual.GetArrayLength()} found");
                var i = 0;
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray())) AssertContains(e, a, $"{path}[{i++}]");
                break;
            case JsonValueKind.Number:
                Assert.True(actual.ValueKind == JsonValueKind.Number && expected.GetDecimal() == actual.GetDecimal(), $"{path}: expected {expected}, got {actual}");
                break;
            case JsonValueKind.String when DateTimeOffset.TryParse(expected.GetString(), out var at) && expected.GetString()!.Contains('T'):
                // The earlier releases' documents kept the clock's 100 ns ticks; the database keeps microseconds, and documents built from it say so.
                Assert.True(actual.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(actual.GetString(), out var then)
                    && Math.Abs((at - then).Ticks) < 10, $"{path}: expected {expected}, got {actual}");
                break;
            default:
                Assert.True(expected.ToString() == actual.ToString() && expected.ValueKind == actual.ValueKind, $"{path}: expected {expected}, got {actual}");
                break;
        }
    }
}

/// <summary>A second copy of the v1 database, for a test that writes to it.</summary>
public sealed class DataFolderV1WriteFixture : DataFolderV1Fixture
{
    protected override string DatabaseName => "v1_fixture_write";
}

public sealed class DataFolderV1WriteTests(DataFolderV1WriteFixture fixture) : IClassFixture<DataFolderV1WriteFixture>
{
    IAlbaHost Host => fixture.Host;

    JsonElement Expected(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Folder, file))).RootElement;

    [Fact]
    public async Task A_v1_item_takes_a_new_step_and_the_chain_stays_whole()
    {
        var measure = Expected("measures.json").EnumerateArray().First(m => m.GetProperty("status").GetString() == "realising");
        var id = measure.GetProperty("id").GetString();
        var current = await Host.GetJson<JsonElement>($"/api/measures/{id}");
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { note = "Uppföljning efter uppgraderingen", expectedVersion = current.GetProperty("version").GetInt64() }).ToUrl($"/api/measures/{id}/follow-up");
            s.StatusCodeShouldBeOk();
        });
        Assert.Equal(current.GetProperty("version").GetInt64() + 1, (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("version").GetInt64());

        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var report = await Host.GetJson<JsonElement>("/api/audit/verify");
        Assert.True(report.GetProperty("intact").GetBoolean(), report.ToString());
        Assert.Equal(0, report.GetProperty("pendingCount").GetInt64());
    }

}
