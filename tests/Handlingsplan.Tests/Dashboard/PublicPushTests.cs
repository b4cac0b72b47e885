using System.Net.Http.Json;
using System.Text.Json;
using Alba;
using Handlingsplan.Dashboard;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.SignalR;

namespace Handlingsplan.Tests.Dashboard;

/// <summary>With the public overview turned on, anyone receives the live dashboard, and no group's messages.</summary>
public sealed class PublicPushTests(PublicOverviewHost fixture) : IClassFixture<PublicOverviewHost>
{
    IAlbaHost _host => fixture.Host;

    [Fact]
    public async Task An_anonymous_client_receives_the_dashboard_but_cannot_watch_items()
    {
        await _host.ResetAllDataAsync();
        await using var anonymous = await LiveClient.ConnectAsync(_host, token: null);
        await Assert.ThrowsAsync<HubException>(() => anonymous.InvokeAsync("WatchItems"));

        await PlanImport.RunAsync(_host.DocumentStore());
        await _host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var answered = await (await _host.Server.CreateClient().GetAsync("/api/dashboard")).Content.ReadFromJsonAsync<JsonElement>();

        var pushed = await anonymous.WaitFor(DashboardHub.DashboardUpdated, d => JsonElement.DeepEquals(d, answered));
        Assert.Equal(100000m, pushed.GetProperty("ambitionTkr").GetDecimal());
        Assert.Empty(anonymous.Received(DashboardHub.ItemChanged));
    }
}
