using System.Text.Json;
using Alba;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Items;

/// <summary>The whole lifecycle over HTTP, for every kind, and each class of error answer.</summary>
public sealed class LifecycleHttpTests(AppFixture fixture) : IntegrationContext(fixture)
{
    public static TheoryData<string> Kinds() => new() { "measures", "shifts", "investigations" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task An_item_goes_from_proposal_to_completed(string kind)
    {
        var item = await Host.Proposed(kind, committee: "SN", estimate: 900);
        var v = await Host.Prioritised(kind, item.Id, item.Version);
        v = await Host.Assigned(kind, item.Id, v, department: "Socialförvaltningen");
        v = await Host.Realised(item.Id, v, 300, kind: kind);
        v = await Host.Step(kind, item.Id, "revise-estimate", new { estimatedSavingTkr = 1200, reason = "Större effekt", expectedVersion = v });
        v = await Host.Step(kind, item.Id, "follow-up", new { note = "Följt upp i delårsrapporten", expectedVersion = v });
        v = await Host.Realised(item.Id, v, 400, year: 2026, recurring: false, kind: kind);
        v = await Host.Step(kind, item.Id, "complete", new { reason = "Genomförd", expectedVersion = v });

        Assert.Equal(8, v);
        var read = await Host.GetJson<JsonElement>($"/api/{kind}/{item.Id}");
        Assert.Equal("completed", read.GetProperty("status").GetString());
        Assert.Equal(700m, read.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(1200m, read.GetProperty("estimatedSavingTkr").GetDecimal());
        Assert.Equal("Socialförvaltningen", read.GetProperty("department").GetString());
        Assert.Equal("KS 2024-09-02 § 123", read.GetProperty("decisionReference").GetString());
        Assert.Equal(8, read.GetProperty("version").GetInt64());
        // Closed, but a mistaken realisation can still be put right.
        Assert.Equal(["correctRealisation", "reverseRealisation"], read.GetProperty("allowedSteps").EnumerateArray().Select(s => s.GetString()));

        var history = await Host.GetJson<JsonElement[]>($"/api/{kind}/{item.Id}/history");
        Assert.Equal(
            [kind switch { "measures" => "MeasureProposed", "shifts" => "ShiftProposed", _ => "InvestigationProposed" },
             "ItemPrioritised", "ItemAssigned", "SavingRealised", "EstimateRevised", "FollowUpRecorded", "SavingRealised", "ItemCompleted"],
            history.Select(h => h.GetProperty("type").GetString()));
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), history.Select(h => h.GetProperty("version").GetInt64()));
        Assert.Equal("KS 2024-09-02 § 123", history[1].GetProperty("data").GetProperty("decisionReference").GetString());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_declined_item_takes_no_further_step(string kind)
    {
        var item = await Host.Proposed(kind);
        var v = await Host.Step(kind, item.Id, "decline", new { decisionReference = "KS 2024-06-10 § 88", reason = "Bedöms inte som prioriterat", expectedVersion = item.Version });

        var problem = await Host.Problem($"/api/{kind}/{item.Id}/prioritise", new { decisionReference = "KS 2024-09-02 § 1", expectedVersion = v }, 409);

        Assert.Contains("inte prioriterad", problem.GetProperty("detail").GetString());
        Assert.Equal("declined", problem.GetProperty("currentStatus").GetString());
        Assert.Equal(0, problem.GetProperty("allowedSteps").GetArrayLength());
        Assert.Equal("declined", (await Host.GetJson<JsonElement>($"/api/{kind}/{item.Id}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("proposed")]
    [InlineData("prioritised")]
    [InlineData("assigned")]
    [InlineData("realising")]
    public async Task An_open_item_can_be_cancelled(string from)
    {
        var item = await Host.Proposed();
        var v = item.Version;
        if (from != "proposed") v = await Host.Prioritised("measures", item.Id, v);
        if (from is "assigned" or "realising") v = await Host.Assigned("measures", item.Id, v);
        if (from == "realising") v = await Host.Realised(item.Id, v, 10);

        await Host.Step("measures", item.Id, "cancel", new { reason = "Inaktuell", expectedVersion = v });

        Assert.Equal("cancelled", (await Host.GetJson<JsonElement>($"/api/measures/{item.Id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_illegal_step_gives_409_naming_the_status_and_the_allowed_steps_and_writes_nothing()
    {
        var item = await Host.Proposed();
        var before = await EventCount();

        var problem = await Host.Problem($"/api/measures/{item.Id}/realise", new { amountTkr = 100, year = 2025, recurring = true, expectedVersion = 1 }, 409);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("föreslagen", detail);
        Assert.Contains("prioritera", detail);
        Assert.Equal("proposed", problem.GetProperty("currentStatus").GetString());
        Assert.Contains("prioritise", problem.GetProperty("allowedSteps").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(before, await EventCount());
    }

    public static TheoryData<string, string> Commands() => new()
    {
        { "measures", "prioritise" }, { "measures", "decline" }, { "measures", "assign" }, { "measures", "realise" },
        { "measures", "revise-estimate" }, { "measures", "follow-up" }, { "measures", "complete" }, { "measures", "cancel" },
        { "shifts", "measures" }, { "investigations", "conclude" }, { "investigations", "measures" },
    };

    static object ValidBody(string step) => step switch
    {
        "prioritise" or "decline" => new { decisionReference = "KS 2024-09-02 § 123", expectedVersion = 1 },
        "assign" => new { department = "Kommunledningskontoret", expectedVersion = 1 },
        "realise" => new { amountTkr = 10, year = 2025, recurring = false, expectedVersion = 1 },
        "revise-estimate" => new { estimatedSavingTkr = 10, expectedVersion = 1 },
        "follow-up" => new { note = "Anteckning", expectedVersion = 1 },
        "conclude" => new { findings = "Slutsatser", expectedVersion = 1 },
        "measures" => new { title = "Åtgärd", committee = "KS" },
        _ => new { reason = "Skäl", expectedVersion = 1 },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_on_an_unknown_id_gives_404(string kind, string step)
    {
        var problem = await Host.Problem($"/api/{kind}/{Guid.NewGuid()}/{step}", ValidBody(step), 404);
        Assert.Contains("Det finns ingen", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_id_of_another_kind_is_not_found()
    {
        var measure = await Host.Proposed("measures");
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/shifts/{measure.Id}");
            s.StatusCodeShouldBe(404);
        });
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/investigations/{measure.Id}/history");
            s.StatusCodeShouldBe(404);
        });
        await Host.Problem($"/api/shifts/{measure.Id}/prioritise", ValidBody("prioritise"), 404);
    }

    [Fact]
    public async Task An_unknown_kind_gives_404()
    {
        await Host.Problem("/api/ideas", new { title = "X", committee = "KS" }, 404);
        await Host.Scenario(s =>
        {
            s.Get.Url("/api/ideas");
            s.StatusCodeShouldBe(404);
        });
    }

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        { "prioritise", """{"reason":"x","expectedVersion":1}""", "decisionReference" },
        { "decline", """{"decisionReference":"  ","expectedVersion":1}""", "decisionReference" },
        { "assign", """{"department":"KLK","dueDate":"2026-13-45","expectedVersion":1}""", "dueDate" },
        { "assign", """{"department":"KLK","dueDate":"1900-01-01","expectedVersion":1}""", "dueDate" },
        { "assign", """{"department":"KLK","dueDate":"2021-01-01","expectedVersion":1}""", "dueDate" },
        { "assign", """{"dueDate":"2026-01-01","expectedVersion":1}""", "department" },
        { "realise", """{"amountTkr":10,"recurring":true,"expectedVersion":1}""", "year" },
        { "realise", """{"amountTkr":99999999999,"year":2025,"recurring":true,"expectedVersion":1}""", "amountTkr" },
        { "revise-estimate", """{"estimatedSavingTkr":-5,"expectedVersion":1}""", "estimatedSavingTkr" },
        { "follow-up", """{"note":"","expectedVersion":1}""", "note" },
        { "complete", """{"reason":"x","expectedVersion":0}""", "expectedVersion" },
        { "cancel", """{"reason":"x"}""", "expectedVersion" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gives_400_with_a_swedish_message_for_the_field_and_writes_nothing(string step, string body, string field)
    {
        var item = await Host.Proposed();
        var before = await EventCount();

        var result = await Host.Scenario(s =>
        {
            s.Post.Text(body).ToUrl($"/api/measures/{item.Id}/{step}");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });

        var errors = (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {errors}");
        Assert.Matches("[a-zåäö]", messages[0].GetString());
        Assert.Equal(before, await EventCount());
    }

    public static TheoryData<string, string> BadProposals() => new()
    {
        { """{"title":"","committee":"KS"}""", "title" },
        { $$"""{"title":"{{new string('x', 201)}}","committee":"KS"}""", "title" },
        { """{"title":"T","committee":"Kommunen"}""", "committee" },
        { """{"title":"T"}""", "committee" },
        { """{"title":"T","committee":"KS","category":"spara"}""", "category" },
        { """{"title":"T","committee":"KS","horizon":"snart"}""", "horizon" },
        { """{"title":"T","committee":"KS","estimatedSavingTkr":-1}""", "estimatedSavingTkr" },
        { """{"title":"T","committee":"KS","estimatedSavingTkr":1e12}""", "estimatedSavingTkr" },
    };

    [Theory]
    [MemberData(nameof(BadProposals))]
    public async Task A_bad_proposal_names_the_field(string body, string field)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Text(body).ToUrl("/api/shifts");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var errors = (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        Assert.Equal(0, await EventCount());
    }

    [Theory]
    [InlineData("{\"title\": ")]
    [InlineData("{\"title\": \"T\", \"committee\": \"KS\", \"estimatedSavingTkr\": \"mycket\"}")]
    [InlineData("[1,2]")]
    public async Task Malformed_json_gives_400_problem_json_in_swedish(string body)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Text(body).ToUrl("/api/measures");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var problem = await result.ReadAsJsonAsync<JsonElement>();
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await EventCount());
    }

    [Fact]
    public async Task A_shift_gives_rise_to_a_measure_and_the_link_shows_from_both_sides()
    {
        var shift = await Host.Proposed("shifts", committee: "VON", title: "Digital tillsyn nattetid");
        var v = await Host.Prioritised("shifts", shift.Id, shift.Version);

        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { title = "Införa digital tillsyn i hemtjänsten", committee = "VON", estimatedSavingTkr = 1500, expectedVersion = v }).ToUrl($"/api/shifts/{shift.Id}/measures");
            s.StatusCodeShouldBe(201);
        });
        var created = await result.ReadAsJsonAsync<JsonElement>();
        var measureId = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/measures/{measureId}", result.Context.Response.Headers.Location.ToString());
        Assert.Equal(v + 1, created.GetProperty("originVersion").GetInt64());

        var measure = await Host.GetJson<JsonElement>($"/api/measures/{measureId}");
        Assert.Equal("shift", measure.GetProperty("origin").GetProperty("kind").GetString());
        Assert.Equal(shift.Id, measure.GetProperty("origin").GetProperty("id").GetGuid());
        var read = await Host.GetJson<JsonElement>($"/api/shifts/{shift.Id}");
        Assert.Equal(measureId, read.GetProperty("measures")[0].GetProperty("id").GetGuid());
        Assert.Equal("Införa digital tillsyn i hemtjänsten", read.GetProperty("measures")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_measure_cannot_give_rise_to_measures()
    {
        var measure = await Host.Proposed("measures");
        var problem = await Host.Problem($"/api/measures/{measure.Id}/measures", new { title = "X", committee = "KS" }, 409);
        Assert.Contains("åtgärden", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_investigation_is_concluded_with_findings_once()
    {
        var investigation = await Host.AssignedItem("investigations", committee: "BUN", title: "Gemensam skolskjutsplanering");

        var v = await Host.Step("investigations", investigation.Id, "conclude", new { findings = "Samordning sparar 2 mnkr per år.", expectedVersion = investigation.Version });

        var read = await Host.GetJson<JsonElement>($"/api/investigations/{investigation.Id}");
        Assert.Equal("Samordning sparar 2 mnkr per år.", read.GetProperty("findings").GetString());
        await Host.Problem($"/api/investigations/{investigation.Id}/conclude", new { findings = "Igen", expectedVersion = v }, 409);
    }

    [Fact]
    public async Task A_proposed_investigation_cannot_be_concluded()
    {
        var investigation = await Host.Proposed("investigations");
        var problem = await Host.Problem($"/api/investigations/{investigation.Id}/conclude", new { findings = "F", expectedVersion = 1 }, 409);
        Assert.Contains("föreslagen", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Lists_filter_by_committee_status_and_title()
    {
        var a = await Host.Proposed("investigations", committee: "SN", title: "Gemensam juristfunktion");
        await Host.Proposed("investigations", committee: "SN", title: "Lokalöversyn");
        await Host.Proposed("investigations", committee: "KUN", title: "Juristresurser i skolan");
        await Host.Prioritised("investigations", a.Id, a.Version);

        string[] Titles(JsonElement[] list) => list.Select(i => i.GetProperty("title").GetString()!).Order().ToArray();
        Assert.Equal(["Gemensam juristfunktion", "Lokalöversyn"], Titles(await Host.GetJson<JsonElement[]>("/api/investigations?committee=SN")));
        Assert.Equal(["Gemensam juristfunktion"], Titles(await Host.GetJson<JsonElement[]>("/api/investigations?status=prioritised")));
        Assert.Equal(["Gemensam juristfunktion", "Juristresurser i skolan"], Titles(await Host.GetJson<JsonElement[]>("/api/investigations?q=jurist")));
        await Host.Scenario(s =>
        {
            s.Get.Url("/api/investigations?status=klar");
            s.StatusCodeShouldBe(400);
        });
    }

    [Fact]
    public async Task The_api_is_described_in_openapi_and_browsable()
    {
        var document = await Host.GetJson<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/{kind}/{id}/realise", out _));
        Assert.True(paths.TryGetProperty("/api/dashboard", out _));
        Assert.True(paths.TryGetProperty("/api/{kind}/{id}/conclude", out _));
        // Every step answers a typed body, so its answer is described.
        foreach (var step in Handlingsplan.Items.Steps.All)
        {
            var ok = paths.GetProperty("/api/{kind}/{id}/" + step.Route).GetProperty("post").GetProperty("responses")
                .EnumerateObject().First(r => r.Name.StartsWith('2')).Value;
            Assert.True(ok.GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _), step.Name);
        }
        await Host.Scenario(s =>
        {
            s.Get.Url("/api-docs/v1");
            s.StatusCodeShouldBeOk();
            s.ContentTypeShouldBe("text/html");
        });
    }
}
