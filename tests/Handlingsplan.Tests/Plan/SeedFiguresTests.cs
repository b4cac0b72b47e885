using System.Text.Json;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Plan;

/// <summary>
/// A fresh start shows what the documents say. The expected figures are in
/// <c>Fixtures/seeds/figures.md</c>, written from the seeds row by row with the document and section
/// each comes from; this test computes each figure from the API and compares.
/// </summary>
public sealed class SeedFiguresTests(AppFixture fixture) : IntegrationContext(fixture)
{
    public static readonly string Table = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", "figures.md");

    /// <summary>The table's rows: figure and expected value.</summary>
    public static IReadOnlyList<(string Figure, string Expected)> Rows() =>
        File.ReadLines(Table)
            .Where(l => l.StartsWith("| ") && !l.StartsWith("| figure") && !l.StartsWith("| ---"))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => (c[1], c[2]))
            .ToList();

    sealed record Snapshot(JsonElement[] Measures, JsonElement[] Investigations, JsonElement Dashboard, JsonElement[] Decisions);

    static bool Is(JsonElement e, string property, string value) =>
        e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String && p.GetString() == value;

    static string Key(JsonElement e) => e.GetProperty("source").GetString() ?? "";

    static IEnumerable<JsonElement> Handlingsplan(Snapshot s) => s.Measures.Where(m => Key(m).StartsWith("Kommunkoncernövergripande"));
    static IEnumerable<JsonElement> Genomlysning(Snapshot s) => s.Measures.Where(m => Key(m) == "Kommunstyrelsens genomlysning 2024");
    static JsonElement Investigation(Snapshot s, string title) => s.Investigations.Single(i => i.GetProperty("title").GetString()!.Contains(title));

    static JsonElement At(JsonElement root, string path) =>
        path.Split('.').Aggregate(root, (e, name) => e.GetProperty(name));

    /// <summary>How each figure of the table is read from the API.</summary>
    static readonly Dictionary<string, Func<Snapshot, object>> Figures = new()
    {
        ["measures.count"] = s => s.Measures.Length,
        ["measures.handlingsplan.decidedUnder217"] = s => Handlingsplan(s).Count(m => Is(m, "decisionReference", "KS 2023-12-11 § 217")),
        ["measures.handlingsplan.decidedOn.2023-12-11"] = s => Handlingsplan(s).Count(m => Is(m, "decidedOn", "2023-12-11")),
        ["measures.handlingsplan.assigned"] = s => Handlingsplan(s).Count(m => Is(m, "status", "assigned")),
        ["measures.handlingsplan.notQuantified"] = s => Handlingsplan(s).Count(m => Is(m, "estimateState", "notQuantified")),
        ["measures.genomlysning.decidedOn.2024-09-02"] = s => Genomlysning(s).Count(m => Is(m, "decidedOn", "2024-09-02") && Is(m, "status", "prioritised")),
        ["measures.genomlysning.withoutParagraph"] = s => Genomlysning(s).Count(m => m.GetProperty("decisionReference").GetString()!.Contains("§ saknas i underlaget")),
        ["measures.genomlysning.estimatedTkr"] = s => Genomlysning(s).Sum(m => m.GetProperty("estimatedSavingTkr").ValueKind == JsonValueKind.Number ? m.GetProperty("estimatedSavingTkr").GetDecimal() : 0),
        ["measures.genomlysning.tooEarly"] = s => Genomlysning(s).Count(m => Is(m, "estimateState", "tooEarly")),
        ["measures.sameWorkAsInvestigation"] = s => s.Measures.Count(m => m.GetProperty("sameWorkAs") is { ValueKind: JsonValueKind.Object } link
            && s.Investigations.Any(i => i.GetProperty("id").GetString() == link.GetProperty("id").GetString()
                                         && i.GetProperty("sameWorkAs").GetProperty("id").GetString() == m.GetProperty("id").GetString())),
        ["investigations.count"] = s => s.Investigations.Length,
        ["investigations.declined"] = s => s.Investigations.Count(i => Is(i, "status", "declined")),
        ["investigations.assigned"] = s => s.Investigations.Count(i => Is(i, "status", "assigned")),
        ["investigations.prioritisedWithoutDepartment"] = s => s.Investigations.Count(i => Is(i, "status", "prioritised") && i.GetProperty("department").ValueKind == JsonValueKind.Null),
        ["investigations.budgetDecisionWithoutDate"] = s => s.Investigations.Count(i =>
            i.GetProperty("decisionReference").GetString()!.StartsWith("KS budget 2025–2027") && i.GetProperty("decidedOn").ValueKind == JsonValueKind.Null),
        ["investigation.e-arkiv.department"] = s =>
        {
            var i = Investigation(s, "E-arkiv");
            return i.GetProperty("department").GetString() + " tillsammans med " +
                   string.Join(" och ", i.GetProperty("together").EnumerateArray().Select(d => char.ToLower(d.GetString()![0]) + d.GetString()![1..]));
        },
        ["investigation.attraktiv-arbetsgivare.note"] = s => Investigation(s, "Attraktiv arbetsgivare").GetProperty("assignmentNote").GetString()!,
        ["measure.handlingsplan-8.committee"] = s => global::Handlingsplan.Items.Committees.All.Single(c => c.Code == Handlingsplan(s).Single(m => m.GetProperty("title").GetString()!.StartsWith("Aktieägartillskott")).GetProperty("committee").GetString()).Name,
        ["decisions.decidedOn.2023-12-11"] = s => s.Decisions.Count(d => Is(d, "decidedOn", "2023-12-11")),
        ["decisions.decidedOn.2024-09-02"] = s => s.Decisions.Count(d => Is(d, "decidedOn", "2024-09-02")),
        ["dashboard.buffers.rules"] = s => s.Dashboard.GetProperty("buffers").GetProperty("rules").GetArrayLength(),
    };

    static object Read(Snapshot s, string figure) =>
        Figures.TryGetValue(figure, out var read) ? read(s)
        : figure.StartsWith("dashboard.") ? At(s.Dashboard, figure["dashboard.".Length..]) is var e && e.ValueKind == JsonValueKind.Number ? e.GetDecimal() : e.ToString()
        : throw new InvalidOperationException($"The table names a figure the test cannot read: {figure}");

    [Fact]
    public async Task A_fresh_start_shows_every_figure_of_the_table_as_the_documents_give_it()
    {
        await PlanImport.RunAsync(Store);
        await WaitForProjections();
        var snapshot = new Snapshot(
            await Host.GetJson<JsonElement[]>("/api/measures"),
            await Host.GetJson<JsonElement[]>("/api/investigations"),
            await Host.GetJson<JsonElement>("/api/dashboard"),
            await Host.GetJson<JsonElement[]>("/api/decisions"));

        var rows = Rows();
        Assert.True(rows.Count >= 30, $"The table has {rows.Count} rows");
        var wrong = rows
            .Select(r => (r.Figure, r.Expected, Actual: Convert.ToString(Read(snapshot, r.Figure), System.Globalization.CultureInfo.InvariantCulture)))
            .Where(r => r.Actual != r.Expected)
            .Select(r => $"{r.Figure}: the documents say {r.Expected}, the product shows {r.Actual}")
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Every_open_piece_of_work_is_in_exactly_one_of_the_estimate_s_three_states()
    {
        await PlanImport.RunAsync(Store);
        await WaitForProjections();
        var d = await Host.GetJson<JsonElement>("/api/dashboard");
        var open = d.GetProperty("byStatus").EnumerateObject()
            .Where(s => s.Name is not ("declined" or "cancelled")).Sum(s => s.Value.GetInt32());
        Assert.Equal(open, d.GetProperty("estimatedCount").GetInt32() + d.GetProperty("tooEarlyCount").GetInt32() + d.GetProperty("notQuantifiedCount").GetInt32());
    }
}
