using System.Text.Json;
using Handlingsplan.Dashboard;
using Handlingsplan.Tests.Dashboard;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Reporting;

/// <summary>The overview's reporting figures follow the same push as the dashboard: after a report, a watching client holds what the period's report then says.</summary>
public sealed class ReportingLiveTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task A_watching_client_receives_the_new_figures_after_a_report_and_a_bystander_none()
    {
        var sn = await Host.AssignedItem(committee: "SN", estimate: 100);
        var von = await Host.AssignedItem(committee: "VON", estimate: 100);
        var period = await Host.OpenedPeriod("Tertial 1 2026", "2040-05-15");
        await WaitForProjections();
        await using var watcher = await LiveClient.ConnectAsync(Host, SignedIn, ("WatchReporting", null));
        await using var bystander = await LiveClient.ConnectAsync(Host, SignedIn);

        await Host.ReportedStatus(sn.Id, sn.Version, period.Id, "atRisk", "Försenad upphandling.");

        var pushed = await watcher.WaitFor(DashboardHub.ReportingUpdated, u => Current(u) is { } c && c.GetProperty("missing").GetInt32() == 1);
        var current = Current(pushed)!.Value;
        Assert.Equal(period.Id, current.GetProperty("id").GetGuid());
        Assert.Equal(2, current.GetProperty("expected").GetInt32());
        var snFigures = current.GetProperty("byCommittee").EnumerateArray().Single(c => c.GetProperty("committee").GetString() == "SN");
        Assert.Equal(1, snFigures.GetProperty("atRisk").GetInt32());
        Assert.Equal(0, snFigures.GetProperty("missing").GetInt32());
        // What is pushed is the period's report without its lists.
        var answered = await Host.GetJson<JsonElement>($"/api/reporting-periods/{period.Id}");
        LiveClient.AssertSameJson(answered.GetProperty("byCommittee"), current.GetProperty("byCommittee"));
        Assert.Equal(answered.GetProperty("missing").GetInt32(), current.GetProperty("missing").GetInt32());

        // Closing the period is pushed too: nothing is open any more.
        await Host.ReportedStatus(von.Id, von.Version, period.Id, "onTrack", "Enligt plan.");
        await watcher.WaitFor(DashboardHub.ReportingUpdated, u => Current(u) is { } c && c.GetProperty("missing").GetInt32() == 0);
        await Host.ClosedPeriod(period.Id);
        await watcher.WaitFor(DashboardHub.ReportingUpdated, u => Current(u) is null);
        await bystander.WaitFor(DashboardHub.DashboardUpdated, _ => true);
        Assert.Empty(bystander.Received(DashboardHub.ReportingUpdated));
    }

    static JsonElement? Current(JsonElement update) =>
        update.GetProperty("current") is { ValueKind: JsonValueKind.Object } current ? current : null;

    Func<Task<string?>> SignedIn => async () => await Fixture.TokenFor("ledning");
}
