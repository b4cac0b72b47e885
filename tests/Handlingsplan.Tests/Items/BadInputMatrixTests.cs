using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Handlingsplan.Infrastructure;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Items;

/// <summary>
/// The bad-input matrix of the API, written down as tables: each field of each command gets every
/// class of bad input (empty, only spaces, letters, negative, too large, separators where they are
/// wrong, HTML, a string where a number belongs). Each must answer 400 problem+json with a Swedish
/// message under <c>errors.{field}</c>, and write no event. A row's body is a valid body (see
/// <see cref="Every_base_body_is_accepted_so_each_row_tests_its_own_field_only"/>) with one field
/// replaced by the row's JSON value.
/// </summary>
/// <remarks>
/// Input column: a JSON value as sent on the wire. <c>"x" × 201</c> stands for a JSON string of 201
/// x's. Last column: a Swedish word the message must contain (case-insensitive).
/// </remarks>
public sealed class BadInputMatrixTests(AppFixture fixture) : IntegrationContext(fixture)
{
    const string LongTitle = "\"x\" × 201";
    const string LongShortText = "\"x\" × 201";
    const string LongText = "\"x\" × 4001";

    /// <summary>A JSON string, written so that the test name shows å, ä, ö and &lt;b&gt; as they are.</summary>
    static string Text(string value) => JsonSerializer.Serialize(value, Readable);

    static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A day counted from today in Sweden, as the app reads "today", as a JSON string.</summary>
    static string Day(int fromToday) => Text(SwedishTime.Today().AddDays(fromToday).ToString("yyyy-MM-dd"));

    public static TheoryData<string, string, string, string, string> Proposal => new()
    {
        { "propose", "title", "empty", Text(""), "titel" },
        { "propose", "title", "only spaces", Text("   "), "titel" },
        { "propose", "title", "only non-breaking spaces", Text("\u00a0\u00a0"), "titel" },
        { "propose", "title", "missing", "null", "titel" },
        { "propose", "title", "too long", LongTitle, "titel" },
        { "propose", "title", "a number where text belongs", "5", "titel" },
        { "propose", "committee", "empty", Text(""), "nämnd" },
        { "propose", "committee", "only spaces", Text("  "), "nämnd" },
        { "propose", "committee", "unknown code", Text("XYZ"), "nämnd" },
        { "propose", "committee", "HTML", Text("<b>KS</b>"), "nämnd" },
        { "propose", "estimatedSavingTkr", "negative", "-5", "bedöm" },
        { "propose", "estimatedSavingTkr", "too large", "10000001", "bedöm" },
        { "propose", "estimatedSavingTkr", "beyond any decimal", "1e40", "bedöm" },
        { "propose", "estimatedSavingTkr", "empty string", Text(""), "bedöm" },
        { "propose", "estimatedSavingTkr", "only spaces", Text("   "), "bedöm" },
        { "propose", "estimatedSavingTkr", "letters", Text("abc"), "bedöm" },
        { "propose", "estimatedSavingTkr", "Swedish grouping in a string", Text("3 800"), "bedöm" },
        { "propose", "estimatedSavingTkr", "Swedish decimal comma in a string", Text("3800,5"), "bedöm" },
        { "propose", "estimatedSavingTkr", "English thousands in a string", Text("3,800"), "bedöm" },
        { "propose", "estimatedSavingTkr", "digits in a string", Text("500"), "bedöm" },
        { "propose", "estimatedSavingTkr", "HTML", Text("<b>5</b>"), "bedöm" },
        { "propose", "notQuantified", "with an amount", "true", "ej beloppsatt" },
        { "propose", "category", "unknown code", Text("cheaper"), "kategori" },
        { "propose", "category", "HTML", Text("<i>operationalChange</i>"), "kategori" },
        { "propose", "horizon", "unknown code", Text("soon"), "tidshorisont" },
        { "propose", "description", "too long", LongText, "beskrivning" },
        { "propose", "source", "too long", LongShortText, "källa" },
    };

    public static TheoryData<string, string, string, string, string> Decision => new()
    {
        { "prioritise", "decisionReference", "empty", Text(""), "beslutsreferens" },
        { "prioritise", "decisionReference", "only spaces", Text("   "), "beslutsreferens" },
        { "prioritise", "decisionReference", "missing", "null", "beslutsreferens" },
        { "prioritise", "decisionReference", "too long", LongShortText, "beslutsreferens" },
        { "prioritise", "decidedOn", "empty", Text(""), "beslutsdatum" },
        { "prioritise", "decidedOn", "only spaces", Text("  "), "beslutsdatum" },
        { "prioritise", "decidedOn", "letters", Text("igår"), "beslutsdatum" },
        { "prioritise", "decidedOn", "Swedish day and month", Text("2/9 2024"), "beslutsdatum" },
        { "prioritise", "decidedOn", "English month first", Text("09/02/2024"), "beslutsdatum" },
        { "prioritise", "decidedOn", "no such day", Text("2024-02-30"), "beslutsdatum" },
        { "prioritise", "decidedOn", "before the first year", Text("2019-12-31"), "beslutsdatum" },
        { "prioritise", "decidedOn", "tomorrow", Day(1), "beslutsdatum" },
        { "prioritise", "decidedOn", "HTML", Text("<b>2024-09-02</b>"), "beslutsdatum" },
        { "prioritise", "reason", "too long", LongText, "motivering" },
        { "decline", "decisionReference", "empty", Text(""), "beslutsreferens" },
        { "decline", "decidedOn", "tomorrow", Day(1), "beslutsdatum" },
    };

    public static TheoryData<string, string, string, string, string> Assignment => new()
    {
        { "assign", "department", "empty", Text(""), "förvaltning" },
        { "assign", "department", "only spaces", Text("   "), "förvaltning" },
        { "assign", "department", "missing", "null", "förvaltning" },
        { "assign", "department", "not in the register", Text("Skolförvaltningen"), "förvaltning" },
        { "assign", "department", "HTML", Text("<b>KLK</b>"), "förvaltning" },
        { "assign", "dueDate", "yesterday", Day(-1), "slutdatum" },
        { "assign", "dueDate", "letters", Text("snart"), "slutdatum" },
        { "assign", "dueDate", "Swedish day and month", Text("30/6 2040"), "slutdatum" },
        { "assign", "dueDate", "no such month", Text("2040-13-01"), "slutdatum" },
        { "assign", "dueDate", "after the last year", Text("2041-01-01"), "slutdatum" },
        { "assign", "dueDate", "empty", Text(""), "slutdatum" },
        { "assign", "responsibleRole", "too long", LongShortText, "ansvar" },
        { "assign", "decisionReference", "too long", LongShortText, "beslutsreferens" },
        { "assign", "decidedOn", "tomorrow", Day(1), "beslutsdatum" },
        { "reassign", "department", "empty", Text(""), "förvaltning" },
        { "reassign", "department", "not in the register", Text("Skolförvaltningen"), "förvaltning" },
        { "reassign", "department", "the one it has", Text("Kommunledningskontoret"), "redan tilldelad" },
        { "reassign", "reason", "empty", Text(""), "skriv" },
        { "reassign", "reason", "only spaces", Text("  "), "skriv" },
        { "reassign", "reason", "too long", LongText, "motivering" },
    };

    public static TheoryData<string, string, string, string, string> Realisation => new()
    {
        { "realise", "amountTkr", "missing", "null", "belopp" },
        { "realise", "amountTkr", "zero", "0", "belopp" },
        { "realise", "amountTkr", "negative", "-100", "belopp" },
        { "realise", "amountTkr", "too large", "10000001", "belopp" },
        { "realise", "amountTkr", "beyond any decimal", "1e40", "belopp" },
        { "realise", "amountTkr", "empty string", Text(""), "belopp" },
        { "realise", "amountTkr", "only spaces", Text("   "), "belopp" },
        { "realise", "amountTkr", "letters", Text("abc"), "belopp" },
        { "realise", "amountTkr", "letters after digits", Text("12 tkr"), "belopp" },
        { "realise", "amountTkr", "Swedish grouping in a string", Text("3 800"), "belopp" },
        { "realise", "amountTkr", "Swedish decimal comma in a string", Text("3800,5"), "belopp" },
        { "realise", "amountTkr", "English thousands in a string", Text("1,000"), "belopp" },
        { "realise", "amountTkr", "digits in a string", Text("100"), "belopp" },
        { "realise", "amountTkr", "HTML", Text("<b>5</b>"), "belopp" },
        { "realise", "year", "missing", "null", "budgetår" },
        { "realise", "year", "before the first year", "2019", "budgetår" },
        { "realise", "year", "after the last year", "2041", "budgetår" },
        { "realise", "year", "negative", "-2025", "budgetår" },
        { "realise", "year", "a decimal", "2025.5", "budgetår" },
        { "realise", "year", "beyond any integer", "99999999999", "budgetår" },
        { "realise", "year", "letters", Text("i år"), "budgetår" },
        { "realise", "year", "digits in a string", Text("2025"), "budgetår" },
        { "realise", "recurring", "missing", "null", "återkommande" },
        { "realise", "recurring", "Swedish yes", Text("ja"), "återkommande" },
        { "realise", "note", "too long", LongText, "anteckning" },
        { "realise", "expectedVersion", "missing", "null", "ange" },
        { "realise", "expectedVersion", "zero", "0", "minst" },
        { "realise", "expectedVersion", "negative", "-1", "minst" },
        { "realise", "expectedVersion", "letters", Text("senaste"), "ange" },
    };

    public static TheoryData<string, string, string, string, string> Estimate => new()
    {
        { "revise-estimate", "estimatedSavingTkr", "negative", "-1", "bedöm" },
        { "revise-estimate", "estimatedSavingTkr", "too large", "10000001", "bedöm" },
        { "revise-estimate", "estimatedSavingTkr", "letters", Text("mycket"), "bedöm" },
        { "revise-estimate", "estimatedSavingTkr", "Swedish grouping in a string", Text("3 800"), "bedöm" },
        { "revise-estimate", "notQuantified", "with an amount", "true", "ej beloppsatt" },
        { "revise-estimate", "reason", "too long", LongText, "motivering" },
        { "correct-estimate", "estimatedSavingTkr", "negative", "-1", "bedöm" },
        { "correct-estimate", "estimatedSavingTkr", "too large", "10000001", "bedöm" },
        { "correct-estimate", "estimatedSavingTkr", "letters", Text("fel"), "bedöm" },
        { "correct-estimate", "estimatedSavingTkr", "the one it has", "500", "bedöm" },
        { "correct-estimate", "notQuantified", "with an amount", "true", "ej beloppsatt" },
        { "correct-estimate", "reason", "empty", Text(""), "skriv" },
        { "correct-estimate", "reason", "only spaces", Text("   "), "skriv" },
        { "correct-estimate", "reason", "missing", "null", "skriv" },
        { "correct-estimate", "reason", "too long", LongText, "motivering" },
    };

    public static TheoryData<string, string, string, string, string> FollowUpAndClosing => new()
    {
        { "follow-up", "note", "empty", Text(""), "anteckning" },
        { "follow-up", "note", "only spaces", Text("   "), "anteckning" },
        { "follow-up", "note", "too long", LongText, "anteckning" },
        { "complete", "decidedOn", "letters", Text("i dag"), "beslutsdatum" },
        { "complete", "decidedOn", "tomorrow", Day(1), "beslutsdatum" },
        { "complete", "decisionReference", "too long", LongShortText, "beslutsreferens" },
        { "complete", "reason", "too long", LongText, "motivering" },
        { "cancel", "decidedOn", "Swedish day and month", Text("1/3 2025"), "beslutsdatum" },
        { "cancel", "decisionReference", "too long", LongShortText, "beslutsreferens" },
    };

    public static TheoryData<string, string, string, string, string> RealisationCorrection => new()
    {
        { "correct-realisation", "number", "missing", "null", "besparing" },
        { "correct-realisation", "number", "zero", "0", "besparing" },
        { "correct-realisation", "number", "negative", "-1", "besparing" },
        { "correct-realisation", "number", "one that does not exist", "2", "besparing" },
        { "correct-realisation", "number", "a decimal", "1.5", "besparing" },
        { "correct-realisation", "number", "letters", Text("första"), "besparing" },
        { "correct-realisation", "amountTkr", "zero", "0", "belopp" },
        { "correct-realisation", "amountTkr", "negative", "-50", "belopp" },
        { "correct-realisation", "amountTkr", "too large", "10000001", "belopp" },
        { "correct-realisation", "amountTkr", "letters", Text("femtio"), "belopp" },
        { "correct-realisation", "year", "after the last year", "2041", "budgetår" },
        { "correct-realisation", "reason", "empty", Text(""), "skriv" },
        { "reverse-realisation", "number", "missing", "null", "besparing" },
        { "reverse-realisation", "number", "one that does not exist", "3", "besparing" },
        { "reverse-realisation", "reason", "only spaces", Text("  "), "skriv" },
    };

    public static TheoryData<string, string, string, string, string> Buffer => new()
    {
        { "buffer", "budgetedTkr", "missing", "null", "buffert" },
        { "buffer", "budgetedTkr", "negative", "-1", "buffert" },
        { "buffer", "budgetedTkr", "too large", "10000001", "buffert" },
        { "buffer", "budgetedTkr", "letters", Text("ett par miljoner"), "buffert" },
        { "buffer", "budgetedTkr", "Swedish decimal comma in a string", Text("1 000,5"), "buffert" },
        { "buffer", "year", "missing", "null", "budgetår" },
        { "buffer", "year", "before the first year", "2019", "budgetår" },
        { "buffer", "year", "letters", Text("nästa år"), "budgetår" },
    };

    [Theory]
    [MemberData(nameof(Proposal))]
    public Task A_bad_proposal_is_refused_in_Swedish_beside_its_field_and_nothing_is_written(string step, string field, string badInput, string json, string swedish) =>
        AssertRefused(step, field, badInput, json, swedish);

    [Theory]
    [MemberData(nameof(Decision))]
    public Task A_bad_decision_is_refused_in_Swedish_beside_its_field_and_nothing_is_written(string step, string field, string badInput, string json, string swedish) =>
        AssertRefused(step, field, badInput, json, swedish);

    [Theory]
    [MemberData(nameof(Assignment))]
    public Task A_bad_assignment_is_refused_in_Swedish_beside_its_field_and_nothing_is_written(string step, string field, string badInput, string json, string swedish) =>
        AssertRefused(step, field, badInput, json, swedish);

    [Theory]
    [MemberData(nameof(Realisation))]
    public Task A_bad_realisation_is_refused_in_Swedish_beside_its_field_and_nothing_is_written(string step, string field, string badInput, string json, string swedish) =>
        AssertRefused(step, field, badInput, json, swedish);

    [Theory]
    [MemberData(nameof(Estimate))]
    public Task A_bad_estimate_is_refused_in_Swedish_beside_its_field_and_nothing_is_written(string step, string field, string badInput, string json, string swedish) =>
        AssertRefused(step, field, badInput, json, swedish);

    [Theory]
    [MemberData(nameof(FollowUpAndClosing))]
    public Task A_bad_follow_up_or_closing_is_refused_in_Swedish_beside_its_field_and_nothing_is_written(string step, string field, string badInput, string json, string swedish) =>
        AssertRefused(step, field, badInput, json, swedish);

    [Theory]
    [MemberData(nameof(RealisationCorrection))]
    public Task A_bad_correction_of_a_realisation_is_refused_in_Swedish_beside_its_field_and_nothing_is_written(string step, string field, string badInput, string json, string swedish) =>
        AssertRefused(step, field, badInput, json, swedish);

    [Theory]
    [MemberData(nameof(Buffer))]
    public Task A_bad_buffer_is_refused_in_Swedish_beside_its_field_and_nothing_is_written(string step, string field, string badInput, string json, string swedish) =>
        AssertRefused(step, field, badInput, json, swedish);

    /// <summary>The control of the matrix: unchanged, each base body is taken, so a refused row is refused for its own field.</summary>
    [Theory]
    [InlineData("propose")]
    [InlineData("prioritise")]
    [InlineData("decline")]
    [InlineData("assign")]
    [InlineData("reassign")]
    [InlineData("realise")]
    [InlineData("revise-estimate")]
    [InlineData("correct-estimate")]
    [InlineData("follow-up")]
    [InlineData("complete")]
    [InlineData("cancel")]
    [InlineData("correct-realisation")]
    [InlineData("reverse-realisation")]
    [InlineData("buffer")]
    public async Task Every_base_body_is_accepted_so_each_row_tests_its_own_field_only(string step)
    {
        var (url, body) = await Ready(step);
        var before = await EventCount();

        var (response, text) = await Post(url, body);

        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {text}");
        Assert.True(await EventCount() > before, $"{step} wrote no event");
    }

    /// <summary>HTML in free text is text, not bad input: it is kept as typed (the pages encode it; see the browser matrix).</summary>
    [Fact]
    public async Task Html_in_a_title_is_kept_as_typed_text()
    {
        var (url, body) = await Ready("propose");
        body["title"] = "<script>alert('x')</script> & <b>fet</b>";

        var (response, text) = await Post(url, body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
        var item = await Host.GetJson<JsonElement>($"/api/measures/{id}");
        Assert.Equal("<script>alert('x')</script> & <b>fet</b>", item.GetProperty("title").GetString());
    }

    /// <summary>
    /// Posts the step's valid body with one field replaced, and checks every promise at once, so a
    /// failing row says all that is wrong with the answer.
    /// </summary>
    async Task AssertRefused(string step, string field, string badInput, string json, string swedish)
    {
        var (url, body) = await Ready(step);
        body[field] = Value(json);
        var before = await EventCount();

        var (response, text) = await Post(url, body);

        var after = await EventCount();
        var wrong = new List<string>();
        if (response.StatusCode != HttpStatusCode.BadRequest) wrong.Add($"status {(int)response.StatusCode}, not 400");
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            wrong.Add($"content type {response.Content.Headers.ContentType?.MediaType}, not application/problem+json");
        var message = MessageFor(text, field);
        if (message is null) wrong.Add($"no message under errors.{field}");
        else if (!message.Contains(swedish, StringComparison.OrdinalIgnoreCase)) wrong.Add($"the message under errors.{field} does not say \"{swedish}\"");
        if (after != before) wrong.Add($"{after - before} event(s) written");
        Assert.True(wrong.Count == 0, $"{step} {field} ({badInput}) = {Shorten(json)}: {string.Join("; ", wrong)}.\nAnswer: {Shorten(text)}");
    }

    static string? MessageFor(string problem, string field)
    {
        try
        {
            using var document = JsonDocument.Parse(problem);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("errors", out var errors)
                   && errors.ValueKind == JsonValueKind.Object
                   && errors.TryGetProperty(field, out var messages)
                ? string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A row's JSON value; <c>"s" × n</c> is the string s repeated n times.</summary>
    static JsonNode? Value(string json) =>
        Regex.Match(json, "^\"(.*)\" × (\\d+)$") is { Success: true } repeat
            ? JsonValue.Create(string.Concat(Enumerable.Repeat(repeat.Groups[1].Value, int.Parse(repeat.Groups[2].Value))))
            : JsonNode.Parse(json);

    static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    async Task<(HttpResponseMessage Response, string Text)> Post(string url, JsonObject body)
    {
        var client = await AuthorisedClient();
        var response = await client.PostAsync(url, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>An item (or the plan) in the state the step is taken from, and a body the step accepts.</summary>
    async Task<(string Url, JsonObject Body)> Ready(string step)
    {
        switch (step)
        {
            case "propose":
                return ("/api/measures", new JsonObject
                {
                    ["title"] = "Samordna lokalvård", ["description"] = "Beskrivning", ["committee"] = "KS",
                    ["category"] = "operationalChange", ["horizon"] = "shortTerm", ["estimatedSavingTkr"] = 500, ["source"] = "Test",
                });
            case "prioritise" or "decline":
            {
                var item = await Host.Proposed();
                return (Url(item.Id, step), new JsonObject
                {
                    ["decisionReference"] = "KS 2024-09-02 § 123", ["reason"] = "Beslut i budgeten",
                    ["decidedOn"] = "2024-09-02", ["expectedVersion"] = item.Version,
                });
            }
            case "assign":
            {
                var item = await Host.Proposed();
                var version = await Host.Prioritised("measures", item.Id, item.Version);
                return (Url(item.Id, step), new JsonObject
                {
                    ["department"] = "Kommunledningskontoret", ["responsibleRole"] = "Ekonomichef", ["dueDate"] = "2040-06-30",
                    ["decisionReference"] = "KS 2024-09-02 § 123", ["decidedOn"] = "2024-09-02", ["expectedVersion"] = version,
                });
            }
            case "reassign":
            {
                var item = await Host.AssignedItem();
                return (Url(item.Id, step), new JsonObject
                {
                    ["department"] = "Socialförvaltningen", ["reason"] = "Fel förvaltning angavs", ["expectedVersion"] = item.Version,
                });
            }
            case "realise":
            {
                var item = await Host.AssignedItem();
                return (Url(item.Id, step), new JsonObject
                {
                    ["amountTkr"] = 100, ["year"] = 2025, ["recurring"] = true, ["note"] = "Uppföljning", ["expectedVersion"] = item.Version,
                });
            }
            case "revise-estimate" or "correct-estimate":
            {
                var item = await Host.AssignedItem();
                return (Url(item.Id, step), new JsonObject
                {
                    ["estimatedSavingTkr"] = 400, ["reason"] = "Skrivfel i bedömningen", ["expectedVersion"] = item.Version,
                });
            }
            case "follow-up":
            {
                var item = await Host.AssignedItem();
                return (Url(item.Id, step), new JsonObject { ["note"] = "Följt upp med förvaltningen", ["expectedVersion"] = item.Version });
            }
            case "complete" or "cancel":
            {
                var item = await Host.AssignedItem();
                return (Url(item.Id, step), new JsonObject
                {
                    ["reason"] = "Klar", ["decisionReference"] = "KS 2025-01-13 § 4", ["decidedOn"] = "2025-01-13", ["expectedVersion"] = item.Version,
                });
            }
            case "correct-realisation" or "reverse-realisation":
            {
                var item = await Host.AssignedItem();
                var version = await Host.Realised(item.Id, item.Version, 100);
                var body = new JsonObject { ["number"] = 1, ["reason"] = "Fel belopp", ["expectedVersion"] = version };
                if (step == "correct-realisation")
                {
                    body["amountTkr"] = 50;
                    body["year"] = 2025;
                    body["recurring"] = true;
                }
                return (Url(item.Id, step), body);
            }
            case "buffer":
                await PlanImport.RunAsync(Store);
                return ("/api/buffers/SN", new JsonObject { ["budgetedTkr"] = 1000, ["year"] = 2026 });
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "No such step in the matrix.");
        }
    }

    static string Url(Guid id, string step) => $"/api/measures/{id}/{step}";
}
