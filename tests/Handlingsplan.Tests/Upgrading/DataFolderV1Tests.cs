using System.Diagnostics;
using System.Text.Json;
using Alba;
using Handlingsplan.Infrastructure;
using Handlingsplan.Tests.Infrastructure;
using Marten;
using Marten.Events;
using Npgsql;

namespace Handlingsplan.Tests.Upgrading;

/// <summary>
/// A database written by the version before the single item aggregate (Fixtures/v1: a dump, and the
/// answers that version gave on it), restored and opened by this version: it must replay, verify its
/// hash chain, and answer the dashboard, the lists, every item and every history as before.
/// </summary>
public class DataFolderV1Fixture : IAsyncLifetime
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "v1");
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-v1-{Guid.NewGuid():N}");

    protected virtual string DatabaseName => "v1_fixture";

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
        if (psql.ExitCode != 0) throw new InvalidOperationException("The v1 dump did not restore: " + errors);
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}

public sealed class DataFolderV1Tests(DataFolderV1Fixture fixture) : IClassFixture<DataFolderV1Fixture>
{
    IAlbaHost Host => fixture.Host;

    internal static JsonElement Expected(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolderV1Fixture.Folder, file))).RootElement;

    [Fact]
    public async Task The_chain_written_by_v1_verifies_whole()
    {
        var report = fixture.VerifiedOnOpening;
        var before = Expected("verify.json");
        Assert.True(report.GetProperty("intact").GetBoolean(), report.ToString());
        Assert.Equal(before.GetProperty("sealedCount").GetInt64(), report.GetProperty("sealedCount").GetInt64());
        Assert.Equal(before.GetProperty("headHash").GetString(), report.GetProperty("headHash").GetString());
    }

    [Fact]
    public async Task The_dashboard_is_unchanged()
    {
        var dashboard = await Host.GetJson<JsonElement>("/api/dashboard");
        AssertContains(Expected("dashboard.json"), dashboard, "dashboard");
    }

    [Theory]
    [InlineData("measures")]
    [InlineData("shifts")]
    [InlineData("investigations")]
    public async Task The_lists_are_unchanged(string kind)
    {
        var list = await Host.GetJson<JsonElement>($"/api/{kind}");
        AssertContains(Expected(kind + ".json"), list, kind);
    }

    [Fact]
    public async Task Every_item_and_its_history_is_unchanged()
    {
        var entries = Expected("items.json").EnumerateArray().ToList();
        Assert.True(entries.Count > 50);
        foreach (var entry in entries)
        {
            var url = $"/api/{entry.GetProperty("kind").GetString()}/{entry.GetProperty("id").GetString()}";
            AssertContains(entry.GetProperty("item"), await Host.GetJson<JsonElement>(url), url);
            AssertContains(entry.GetProperty("history"), await Host.GetJson<JsonElement>(url + "/history"), url + "/history");
        }
    }

    [Fact]
    public async Task The_decision_log_is_unchanged()
    {
        AssertContains(Expected("decisions.json"), await Host.GetJson<JsonElement>("/api/decisions"), "decisions");
    }

    /// <summary>The steps v1 had; steps added since may be offered too.</summary>
    static readonly HashSet<string?> V1Steps =
        ["prioritise", "decline", "assign", "realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"];

    /// <summary>
    /// Everything v1 answered is still answered the same; new fields may be added. The one answer that
    /// changes on purpose: a concluded investigation no longer offers "conclude" among its allowed steps,
    /// and steps added since v1 may be offered beside v1's.
    /// </summary>
    static void AssertContains(JsonElement expected, JsonElement actual, string path)
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
                            value.EnumerateArray().Select(s => s.GetString()).Where(V1Steps.Contains));
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
                // v1's documents kept the clock's 100 ns ticks; the database keeps microseconds, and documents built from it say so.
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

    static JsonElement Expected(string file) => DataFolderV1Tests.Expected(file);

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
