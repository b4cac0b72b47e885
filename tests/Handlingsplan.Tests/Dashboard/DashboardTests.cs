using System.Text.Json;
using Handlingsplan.Dashboard;
using Handlingsplan.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Handlingsplan.Tests.Dashboard;

public sealed class DashboardTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task The_ambition_comes_from_the_plan_data()
    {
        await WaitForProjections();
        var dashboard = await Host.GetJson<JsonElement>("/api/dashboard");
        Assert.Equal(100000m, dashboard.GetProperty("ambitionTkr").GetDecimal());
        Assert.Equal(0m, dashboard.GetProperty("realisedTkr").GetDecimal());
    }

    [Fact]
    public async Task The_dashboard_adds_up_two_realisations()
    {
        var a = await Host.ProposedMeasure(committee: "SN", estimate: 1000);
        var b = await Host.ProposedMeasure(committee: "VON", estimate: 200);
        await Host.Realised(a.Id, a.Version, 300, year: 2025, recurring: true);
        await Host.Realised(b.Id, b.Version, 250, year: 2026, recurring: false);

        await WaitForProjections();
        var dashboard = await Host.GetJson<JsonElement>("/api/dashboard");

        Assert.Equal(550m, dashboard.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(300m, dashboard.GetProperty("recurringTkr").GetDecimal());
        Assert.Equal(1200m, dashboard.GetProperty("estimatedTkr").GetDecimal());
        // Pipeline never goes below zero per item: 1000-300 + max(0, 200-250).
        Assert.Equal(700m, dashboard.GetProperty("pipelineTkr").GetDecimal());
        Assert.Equal(2, dashboard.GetProperty("byStatus").GetProperty("realising").GetInt32());
        Assert.Equal(300m, dashboard.GetProperty("byCommittee").GetProperty("SN").GetProperty("realisedTkr").GetDecimal());
        var years = dashboard.GetProperty("byYear").EnumerateArray().ToList();
        Assert.Equal([2025, 2026], years.Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal(550m, years[1].GetProperty("cumulativeTkr").GetDecimal());
        Assert.Equal(2, dashboard.GetProperty("byKind").GetProperty("measure").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_signalr_client_receives_the_new_figure_after_a_realise()
    {
        await WaitForProjections();
        var received = new List<JsonElement>();
        var sawRealisation = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Host.Server.BaseAddress, DashboardHub.Path), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => Host.Server.CreateHandler();
            })
            .Build();
        connection.On<JsonElement>(DashboardHub.DashboardUpdated, dashboard =>
        {
            lock (received) received.Add(dashboard);
            if (dashboard.GetProperty("realisedTkr").GetDecimal() == 420m) sawRealisation.TrySetResult(dashboard);
        });
        await connection.StartAsync();

        var measure = await Host.ProposedMeasure(estimate: 1000);
        await Host.Realised(measure.Id, measure.Version, 420);

        var dashboard = await sawRealisation.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(100000m, dashboard.GetProperty("ambitionTkr").GetDecimal());
        Assert.Equal(580m, dashboard.GetProperty("pipelineTkr").GetDecimal());
    }
}
