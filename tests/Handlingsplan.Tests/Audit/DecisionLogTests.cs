using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Alba;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Audit;

/// <summary>"Who decided this, when, and under which decision?": the decision log, as JSON and as CSV for Excel.</summary>
public sealed class DecisionLogTests(AppFixture fixture) : IntegrationContext(fixture)
{
    sealed record Entry(long Sequence, DateTimeOffset Timestamp, string Decision, string? DecisionReference, string? Reason,
        string Kind, Guid ItemId, string Title, string Committee, string? Department, string? User, string? Role);

    /// <summary>An SN measure prioritised and assigned by kommunledning, completed by the förvaltningschef; a KS shift declined.</summary>
    async Task<(Guid Measure, Guid Shift)> Decisions()
    {
        var measure = await Host.Proposed(committee: "SN", title: "Samordnad hemtjänst; etapp 1");
        var v = await Host.Prioritised("measures", measure.Id, measure.Version, decisionReference: "KS 2025-02-03 § 12");
        v = await Host.Step("measures", measure.Id, "assign",
            new { department = "Socialförvaltningen", decisionReference = "KS 2025-02-03 § 13", expectedVersion = v });
        var chef = await Fixture.TokenFor("chef-sn");
        await Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", "Bearer " + chef);
            s.Post.Json(new { reason = "Genomförd", decisionReference = "SN 2025-06-10 § 40", expectedVersion = v }, JsonStyle.MinimalApi)
                .ToUrl($"/api/measures/{measure.Id}/complete");
            s.StatusCodeShouldBe(200);
        });
        var shift = await Host.Proposed("shifts", committee: "KS", title: "Färre lokaler");
        // A follow-up is no decision, and is not in the log.
        var sv = await Host.Step("shifts", shift.Id, "follow-up", new { note = "Noterat", expectedVersion = shift.Version });
        await Host.Step("shifts", shift.Id, "decline", new { decisionReference = "KS 2025-03-01 § 20", reason = "Inte nu", expectedVersion = sv });
        return (measure.Id, shift.Id);
    }

    [Fact]
    public async Task The_log_lists_each_decision_with_its_reference_user_and_role_in_order()
    {
        var (measure, shift) = await Decisions();

        var log = await Host.GetJson<List<Entry>>("/api/decisions");

        Assert.Equal(["prioritise", "assign", "complete", "decline"], log.Select(e => e.Decision));
        Assert.Equal(["KS 2025-02-03 § 12", "KS 2025-02-03 § 13", "SN 2025-06-10 § 40", "KS 2025-03-01 § 20"], log.Select(e => e.DecisionReference));
        Assert.Equal(["ledning", "ledning", "chef-sn", "ledning"], log.Select(e => e.User));
        Assert.Equal(["kommunledning", "kommunledning", "forvaltningschef", "kommunledning"], log.Select(e => e.Role));
        Assert.Equal([measure, measure, measure, shift], log.Select(e => e.ItemId));
        Assert.Equal("Socialförvaltningen", log[1].Department);
        Assert.Equal("shifts", log[3].Kind);
        Assert.True(log.Zip(log.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
    }

    [Fact]
    public async Task The_log_filters_by_nämnd_and_period()
    {
        await Decisions();

        var social = await Host.GetJson<List<Entry>>("/api/decisions?committee=SN");
        Assert.Equal(3, social.Count);
        Assert.All(social, e => Assert.Equal("SN", e.Committee));

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd");
        Assert.Equal(4, (await Host.GetJson<List<Entry>>($"/api/decisions?from={DateTime.UtcNow.AddDays(-2):yyyy-MM-dd}&to={tomorrow}")).Count);
        Assert.Empty(await Host.GetJson<List<Entry>>($"/api/decisions?from={tomorrow}"));
        Assert.Empty(await Host.GetJson<List<Entry>>("/api/decisions?to=2020-01-01"));
        Assert.NotEmpty(await Host.GetJson<List<Entry>>($"/api/decisions?to={tomorrow}&from={today}"));
    }

    [Fact]
    public async Task The_CSV_opens_in_Excel_UTF8_with_BOM_semicolons_and_quoted_cells()
    {
        await Decisions();

        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/api/decisions?format=csv");
            s.StatusCodeShouldBeOk();
        });
        Assert.StartsWith("text/csv", result.Context.Response.ContentType);
        var body = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(body);
        var bytes = body.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3).ToArray());

        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("Beslutat;Registrerat;Beslut;Beslutsreferens;Motivering;Typ;Titel;Nämnd;", lines[0]);
        Assert.Contains(";\"Samordnad hemtjänst; etapp 1\";", lines[1]);
        Assert.Contains("KS 2025-02-03 § 12", lines[1]);
        Assert.Contains(";chef-sn;förvaltningschef;", lines[3]);
        // Thirteen columns, and the Diarienummer added after them at the end.
        Assert.Equal(14, lines[4].Split(';').Length);
        Assert.EndsWith(";Sekvens;Diarienummer", lines[0]);
    }

    [Fact]
    public async Task The_auditor_reads_the_log_in_both_formats()
    {
        await Decisions();
        var client = await AuthorisedClient("revisor");

        var json = await client.GetFromJsonAsync<List<Entry>>("/api/decisions");
        Assert.Equal(4, json!.Count);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/csv");
        var csv = await client.GetStringAsync("/api/decisions");
        Assert.Contains("Beslutsreferens", csv);
    }
}
