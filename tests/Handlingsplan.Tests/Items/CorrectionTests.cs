using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alba;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Items;

/// <summary>A mistaken realisation is put right by a new event: the original stays in the history, and every figure counts the correction.</summary>
public sealed class CorrectionTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task A_typo_of_5_000_000_tkr_is_corrected_and_the_dashboard_returns_to_the_right_figure()
    {
        var item = await Host.AssignedItem(estimate: 350);
        var before = await EventCount();
        // First questioned: far above the estimate, so it must be confirmed, and nothing is written until it is.
        var question = await Host.Problem($"/api/measures/{item.Id}/realise",
            new { amountTkr = 5_000_000m, year = 2025, recurring = true, expectedVersion = item.Version }, 400);
        Assert.Equal("Beloppet 5 000 000 tkr är större än bedömningen 350 tkr. Kontrollera beloppet och bekräfta att det stämmer.",
            question.GetProperty("errors").GetProperty("confirmed")[0].GetString()!.Replace('\u00a0', ' '));
        Assert.Equal(before, await EventCount());

        var version = await Host.Realised(item.Id, item.Version, 5_000_000m, confirmed: true);
        await WaitForProjections();
        Assert.Equal(5_000_000m, (await Host.GetJson<JsonElement>("/api/dashboard")).GetProperty("realisedTkr").GetDecimal());
        var beforeCorrection = DateTimeOffset.UtcNow;

        version = await Host.Step("measures", item.Id, "correct-realisation",
            new { number = 1, amountTkr = 5000, year = 2025, recurring = true, reason = "Tre nollor för mycket", expectedVersion = version });

        var now = await Host.GetJson<JsonElement>($"/api/measures/{item.Id}");
        Assert.Equal(version, now.GetProperty("version").GetInt64());
        Assert.Equal(5000m, now.GetProperty("realisedTkr").GetDecimal());
        Assert.Contains("Tre nollor för mycket", now.GetProperty("realisations")[0].GetProperty("correction").GetString());

        var history = await Host.GetJson<JsonElement[]>($"/api/measures/{item.Id}/history");
        Assert.Equal(["SavingRealised", "RealisationCorrected"], history.TakeLast(2).Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(5_000_000m, history[^2].GetProperty("data").GetProperty("amountTkr").GetDecimal());
        Assert.True(history[^2].GetProperty("data").GetProperty("confirmed").GetBoolean());
        Assert.Equal("Tre nollor för mycket", history[^1].GetProperty("reason").GetString());

        await WaitForProjections();
        var dashboard = await Host.GetJson<JsonElement>("/api/dashboard");
        Assert.Equal(5000m, dashboard.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(5000m, dashboard.GetProperty("recurringTkr").GetDecimal());
        // What the system knew before the correction is still there to replay.
        var then = await Host.GetJson<JsonElement>($"/api/measures/{item.Id}?asOf={Uri.EscapeDataString(beforeCorrection.ToString("O"))}");
        Assert.Equal(5_000_000m, then.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(5000m, (await Host.GetJson<JsonElement>($"/api/dashboard?asOf={Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"))}")).GetProperty("realisedTkr").GetDecimal());
    }

    [Fact]
    public async Task A_realisation_on_a_cancelled_item_can_still_be_reversed()
    {
        var item = await Host.AssignedItem(estimate: 350);
        var version = await Host.Realised(item.Id, item.Version, 200);
        version = await Host.Step("measures", item.Id, "cancel", new { reason = "Inaktuell", expectedVersion = version });

        await Host.Step("measures", item.Id, "reverse-realisation", new { number = 1, reason = "Blev aldrig av", expectedVersion = version });

        var now = await Host.GetJson<JsonElement>($"/api/measures/{item.Id}");
        Assert.Equal(0m, now.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal("cancelled", now.GetProperty("status").GetString());
        await WaitForProjections();
        Assert.Equal(0m, (await Host.GetJson<JsonElement>("/api/dashboard")).GetProperty("realisedTkr").GetDecimal());
    }

    [Fact]
    public async Task A_realisation_that_does_not_exist_is_refused_beside_its_field_and_nothing_is_written()
    {
        var item = await Host.AssignedItem();
        var version = await Host.Realised(item.Id, item.Version, 100);
        var before = await EventCount();

        var problem = await Host.Problem($"/api/measures/{item.Id}/correct-realisation",
            new { number = 2, amountTkr = 50, year = 2025, recurring = true, reason = "Fel", expectedVersion = version }, 400);
        Assert.Contains("nummer 2", problem.GetProperty("errors").GetProperty("number")[0].GetString());

        var missing = await Host.Problem($"/api/measures/{item.Id}/correct-realisation",
            new { number = 1, amountTkr = 50, year = 2025, recurring = true, expectedVersion = version }, 400);
        Assert.True(missing.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task Nothing_to_correct_is_a_refusal_and_only_those_who_may_realise_may_correct()
    {
        var item = await Host.AssignedItem(committee: "SN");
        var refusal = await Host.Problem($"/api/measures/{item.Id}/reverse-realisation", new { number = 1, reason = "x", expectedVersion = item.Version }, 409);
        Assert.StartsWith("Det går inte att återföra en besparing när åtgärden är tilldelad.", refusal.GetProperty("detail").GetString());
        var completed = await Host.AssignedItem(committee: "SN");
        var closed = await Host.Step("measures", completed.Id, "complete", new { reason = "Klar", expectedVersion = completed.Version });
        refusal = await Host.Problem($"/api/measures/{completed.Id}/reverse-realisation", new { number = 1, reason = "x", expectedVersion = closed }, 409);
        Assert.Equal("Det finns ingen registrerad besparing att rätta.", refusal.GetProperty("detail").GetString());

        var version = await Host.Realised(item.Id, item.Version, 100);
        var body = new { number = 1, reason = "Dubbelregistrerad", expectedVersion = version };
        var other = await AuthorisedClient("chef-von");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/measures/{item.Id}/reverse-realisation", body)).StatusCode);
        var auditor = await AuthorisedClient("revisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync($"/api/measures/{item.Id}/reverse-realisation", body)).StatusCode);
        var owner = await AuthorisedClient("chef-sn");
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsJsonAsync($"/api/measures/{item.Id}/reverse-realisation", body)).StatusCode);
    }
}
