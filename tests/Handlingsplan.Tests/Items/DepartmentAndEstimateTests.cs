using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alba;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Items;

/// <summary>
/// The department comes from the register; a wrong one, or a wrong estimate, is put right by a new
/// event with both in the history; a decision carries the day it was taken.
/// </summary>
public sealed class DepartmentAndEstimateTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task The_register_lists_the_förvaltningar_and_avdelningar_and_a_slip_of_the_keyboard_is_refused()
    {
        var register = await Host.GetJson<JsonElement>("/api/departments");
        var names = register.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("Socialförvaltningen", names);
        Assert.Contains("Kansli- och HR-avdelningen", names);

        var item = await Host.Proposed();
        var version = await Host.Prioritised("measures", item.Id, item.Version);
        var before = await EventCount();
        var problem = await Host.Problem($"/api/measures/{item.Id}/assign", new { department = "Socialförvaltning", expectedVersion = version }, 400);
        Assert.StartsWith("Förvaltningen 'Socialförvaltning' finns inte i registret.", problem.GetProperty("errors").GetProperty("department")[0].GetString());
        Assert.Equal(before, await EventCount());

        // An abbreviation, in any case, is stored as the register names it.
        await Host.Step("measures", item.Id, "assign", new { department = "klk", expectedVersion = version });
        Assert.Equal("Kommunledningskontoret", (await Host.GetJson<JsonElement>($"/api/measures/{item.Id}")).GetProperty("department").GetString());
    }

    [Fact]
    public async Task A_wrong_department_is_reassigned_and_the_right_förvaltningschef_gains_the_item()
    {
        var item = await Host.Proposed(committee: "KS");
        var version = await Host.Prioritised("measures", item.Id, item.Version);
        version = await Host.Step("measures", item.Id, "assign", new { department = "Socialförvaltningen", expectedVersion = version });
        var sn = await AuthorisedClient("chef-sn");
        var von = await AuthorisedClient("chef-von");
        Assert.Equal(HttpStatusCode.Forbidden, (await von.PostAsJsonAsync($"/api/measures/{item.Id}/follow-up", new { note = "Före", expectedVersion = version })).StatusCode);

        var same = await Host.Problem($"/api/measures/{item.Id}/reassign", new { department = "Socialförvaltningen", reason = "Ingen ändring", expectedVersion = version }, 400);
        Assert.Contains("redan tilldelad", same.GetProperty("errors").GetProperty("department")[0].GetString());
        version = await Host.Step("measures", item.Id, "reassign",
            new { department = "Vård- och omsorgsförvaltningen", reason = "Fel förvaltning angavs", expectedVersion = version });

        Assert.Equal(HttpStatusCode.OK, (await von.PostAsJsonAsync($"/api/measures/{item.Id}/follow-up", new { note = "Efter", expectedVersion = version })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sn.PostAsJsonAsync($"/api/measures/{item.Id}/follow-up", new { note = "Efter", expectedVersion = version + 1 })).StatusCode);
        var history = await Host.GetJson<JsonElement[]>($"/api/measures/{item.Id}/history");
        Assert.Equal("Socialförvaltningen", history.Single(h => h.GetProperty("type").GetString() == "ItemAssigned").GetProperty("data").GetProperty("department").GetString());
        Assert.Equal("Vård- och omsorgsförvaltningen", history.Single(h => h.GetProperty("type").GetString() == "DepartmentReassigned").GetProperty("data").GetProperty("department").GetString());
        var log = await Host.GetJson<JsonElement[]>("/api/decisions");
        Assert.Contains(log, d => d.GetProperty("decision").GetString() == "reassign" && d.GetProperty("department").GetString() == "Vård- och omsorgsförvaltningen");
    }

    [Fact]
    public async Task An_assignment_made_in_error_is_withdrawn_and_the_item_is_prioritised_again()
    {
        var item = await Host.AssignedItem();
        var version = await Host.Step("measures", item.Id, "withdraw-assignment", new { reason = "Beslutet angav ingen förvaltning", expectedVersion = item.Version });
        var now = await Host.GetJson<JsonElement>($"/api/measures/{item.Id}");
        Assert.Equal("prioritised", now.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, now.GetProperty("department").ValueKind);
        Assert.Contains("assign", now.GetProperty("allowedSteps").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(version, now.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_wrong_estimate_is_corrected_to_any_of_the_three_states_and_the_dashboard_counts_each()
    {
        var item = await Host.AssignedItem(estimate: 3800);
        await WaitForProjections();
        var before = await Host.GetJson<JsonElement>("/api/dashboard");
        Assert.Equal(1, before.GetProperty("estimatedCount").GetInt32());

        var both = await Host.Problem($"/api/measures/{item.Id}/correct-estimate", new { estimatedSavingTkr = 10, notQuantified = true, reason = "x", expectedVersion = item.Version }, 400);
        Assert.Contains("inte båda", both.GetProperty("errors").GetProperty("notQuantified")[0].GetString());
        var version = await Host.Step("measures", item.Id, "correct-estimate", new { notQuantified = true, reason = "Åtgärden beloppsätts inte", expectedVersion = item.Version });
        var now = await Host.GetJson<JsonElement>($"/api/measures/{item.Id}");
        Assert.Equal("notQuantified", now.GetProperty("estimateState").GetString());
        await WaitForProjections();
        var after = await Host.GetJson<JsonElement>("/api/dashboard");
        Assert.Equal(1, after.GetProperty("notQuantifiedCount").GetInt32());
        Assert.Equal(0, after.GetProperty("estimatedCount").GetInt32());
        Assert.Equal(0m, after.GetProperty("estimatedTkr").GetDecimal());

        await Host.Step("measures", item.Id, "correct-estimate", new { reason = "För tidigt ändå", expectedVersion = version });
        await WaitForProjections();
        var last = await Host.GetJson<JsonElement>("/api/dashboard");
        Assert.Equal(1, last.GetProperty("tooEarlyCount").GetInt32());
        Assert.Equal(0, last.GetProperty("notQuantifiedCount").GetInt32());
        var history = await Host.GetJson<JsonElement[]>($"/api/measures/{item.Id}/history");
        Assert.Equal(2, history.Count(h => h.GetProperty("type").GetString() == "EstimateCorrected"));
        Assert.Equal(3800m, history[0].GetProperty("data").GetProperty("estimatedSavingTkr").GetDecimal());
    }

    [Fact]
    public async Task A_decision_carries_the_day_it_was_taken_and_never_a_day_to_come()
    {
        var item = await Host.Proposed();
        var before = await EventCount();
        var tomorrow = Handlingsplan.Infrastructure.SwedishTime.Today().AddDays(1).ToString("yyyy-MM-dd");
        var future = await Host.Problem($"/api/measures/{item.Id}/prioritise", new { decisionReference = "KS 2025-02-03 § 12", decidedOn = tomorrow, expectedVersion = item.Version }, 400);
        Assert.Contains("framtiden", future.GetProperty("errors").GetProperty("decidedOn")[0].GetString());
        Assert.Equal(before, await EventCount());

        await Host.Step("measures", item.Id, "prioritise", new { decisionReference = "KS 2025-02-03 § 12", decidedOn = "2025-02-03", expectedVersion = item.Version });
        Assert.Equal("2025-02-03", (await Host.GetJson<JsonElement>($"/api/measures/{item.Id}")).GetProperty("decidedOn").GetString());
        var entry = Assert.Single(await Host.GetJson<JsonElement[]>("/api/decisions"));
        Assert.Equal("2025-02-03", entry.GetProperty("decidedOn").GetString());

        var other = await Host.Proposed(title: "Utan datum");
        await Host.Prioritised("measures", other.Id, other.Version);
        Assert.Equal(Handlingsplan.Infrastructure.SwedishTime.Today().ToString("yyyy-MM-dd"),
            (await Host.GetJson<JsonElement>($"/api/measures/{other.Id}")).GetProperty("decidedOn").GetString());
    }
}
