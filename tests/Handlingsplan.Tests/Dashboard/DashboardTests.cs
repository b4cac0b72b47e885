using System.Text.Json;
using Alba;
using Handlingsplan.Dashboard;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Handlingsplan.Tests.Dashboard;

public sealed class DashboardTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task The_ambition_comes_from_the_plan_data()
    {
        await PlanImport.RunAsync(Store);
        await WaitForProjections();
        var dashboard = await Host.GetJson<JsonElement>("/api/dashboard");
        Assert.Equal(100000m, dashboard.GetProperty("ambitionTkr").GetDecimal());
        Assert.Equal(0m, dashboard.GetProperty("realisedTkr").GetDecimal());
    }

    [Fact]
    public async Task The_dashboard_adds_up_two_realisations()
    {
        var a = await Host.AssignedItem(committee: "SN", estimate: 1000);
        var b = await Host.AssignedItem(committee: "VON", estimate: 200);
        await Host.Realised(a.Id, a.Version, 300, year: 2025, recurring: true);
        await Host.Realised(b.Id, b.Version, 250, year: 2026, recurring: false, confirmed: true);

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
        await PlanImport.RunAsync(Store);
        await WaitForProjections();
        var received = new List<JsonElement>();
        var sawRealisation = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Host.Server.BaseAddress, DashboardHub.Path), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => Host.Server.CreateHandler();
                options.AccessTokenProvider = async () => await Fixture.TokenFor("ledning");
            })
            .Build();
        connection.On<JsonElement>(DashboardHub.DashboardUpdated, dashboard =>
        {
            lock (received) received.Add(dashboard);
            if (dashboard.GetProperty("realisedTkr").GetDecimal() == 420m) sawRealisation.TrySetResult(dashboard);
        });
        await connection.StartAsync();

        var measure = await Host.AssignedItem(estimate: 1000);
        await Host.Realised(measure.Id, measure.Version, 420);

        var dashboard = await sawRealisation.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(100000m, dashboard.GetProperty("ambitionTkr").GetDecimal());
        // The plan's own 3 800 tkr are decided on and not yet realised, beside this measure's remaining 580.
        Assert.Equal(3800m + 580m, dashboard.GetProperty("pipelineTkr").GetDecimal());
    }

    [Fact]
    public async Task The_buffer_view_sets_each_committees_one_percent_beside_what_it_budgeted()
    {
        await PlanImport.RunAsync(Store);
        await Host.Scenario(s =>
        {
            s.Post.Json(new { budgetedTkr = 2000, year = 2026 }).ToUrl("/api/buffers/SN");
            s.StatusCodeShouldBeOk();
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(new { budgetedTkr = -1, year = 2026 }).ToUrl("/api/buffers/SN");
            s.StatusCodeShouldBe(400);
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(new { budgetedTkr = 10, year = 2026 }).ToUrl("/api/buffers/AEAB");
            s.StatusCodeShouldBe(404);
        });

        await WaitForProjections();
        var buffers = (await Host.GetJson<JsonElement>("/api/dashboard")).GetProperty("buffers");

        Assert.Equal(2026, buffers.GetProperty("year").GetInt32());
        Assert.Equal(30709m, buffers.GetProperty("targetTkr").GetDecimal());
        Assert.Equal(2000m, buffers.GetProperty("budgetedTkr").GetDecimal());
        var sn = buffers.GetProperty("committees").EnumerateArray().Single(c => c.GetProperty("committee").GetString() == "SN");
        Assert.Equal(265836m, sn.GetProperty("allocationTkr").GetDecimal());
        Assert.Equal(2658.4m, sn.GetProperty("targetTkr").GetDecimal());
        Assert.Equal(2000m, sn.GetProperty("budgetedTkr").GetDecimal());
    }

    [Fact]
    public async Task A_buffer_budgeted_for_another_year_does_not_replace_this_years_and_a_stale_version_is_refused()
    {
        await PlanImport.RunAsync(Store);
        var first = await Host.Scenario(s =>
        {
            s.Post.Json(new { budgetedTkr = 2000, year = 2026 }).ToUrl("/api/buffers/SN");
            s.StatusCodeShouldBeOk();
        });
        var version = (await first.ReadAsJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        await Host.Scenario(s =>
        {
            s.Post.Json(new { budgetedTkr = 9999, year = 2027, expectedVersion = version }).ToUrl("/api/buffers/SN");
            s.StatusCodeShouldBeOk();
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(new { budgetedTkr = 1, year = 2026, expectedVersion = version }).ToUrl("/api/buffers/SN");
            s.StatusCodeShouldBe(409);
        });

        await WaitForProjections();
        var buffers = (await Host.GetJson<JsonElement>("/api/dashboard")).GetProperty("buffers");
        Assert.Equal(2026, buffers.GetProperty("year").GetInt32());
        var sn = buffers.GetProperty("committees").EnumerateArray().Single(c => c.GetProperty("committee").GetString() == "SN");
        Assert.Equal(2000m, sn.GetProperty("budgetedTkr").GetDecimal());
        Assert.Equal(2000m, buffers.GetProperty("budgetedTkr").GetDecimal());
    }

    [Fact]
    public async Task The_dashboard_breaks_down_by_kind_category_and_horizon()
    {
        await PlanImport.RunAsync(Store);
        await WaitForProjections();

        var dashboard = await Host.GetJson<JsonElement>("/api/dashboard");

        // 25 measures, 7 of which are counted once with the investigation that is the same work.
        Assert.Equal(18, dashboard.GetProperty("byKind").GetProperty("measure").GetProperty("count").GetInt32());
        Assert.Equal(14, dashboard.GetProperty("byKind").GetProperty("investigation").GetProperty("count").GetInt32());
        Assert.Equal(2450m, dashboard.GetProperty("byHorizon").GetProperty("shortTerm").GetProperty("estimatedTkr").GetDecimal());
        Assert.Equal(4, dashboard.GetProperty("byCategory").GetProperty("changedResponsibility").GetProperty("count").GetInt32());
        Assert.Equal(3800m, dashboard.GetProperty("estimatedTkr").GetDecimal());
    }

    HubConnection Connect() => new HubConnectionBuilder()
        .WithUrl(new Uri(Host.Server.BaseAddress, DashboardHub.Path), options =>
        {
            options.Transports = HttpTransportType.LongPolling;
            options.HttpMessageHandlerFactory = _ => Host.Server.CreateHandler();
            options.AccessTokenProvider = async () => await Fixture.TokenFor("ledning");
        })
        .Build();

    [Fact]
    public async Task A_client_watching_a_committee_receives_its_figures_and_not_others()
    {
        var sn = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        var others = new List<string>();
        await using var connection = Connect();
        connection.On<JsonElement>(DashboardHub.CommitteeUpdated, update =>
        {
            var committee = update.GetProperty("committee").GetString()!;
            if (committee != "SN") { lock (others) others.Add(committee); return; }
            if (update.GetProperty("figures").GetProperty("realisedTkr").GetDecimal() == 75m) sn.TrySetResult(update);
        });
        await connection.StartAsync();
        await connection.InvokeAsync("WatchCommittee", "SN");

        var von = await Host.AssignedItem(committee: "VON");
        await Host.Realised(von.Id, von.Version, 10);
        var item = await Host.AssignedItem(committee: "SN", estimate: 100);
        await Host.Realised(item.Id, item.Version, 75);

        var received = await sn.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(25m, received.GetProperty("figures").GetProperty("pipelineTkr").GetDecimal());
        Assert.Empty(others);
    }

    [Fact]
    public async Task A_client_watching_items_receives_each_change_with_its_version()
    {
        var changes = new List<JsonElement>();
        var sawVersion3 = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = Connect();
        connection.On<JsonElement>(DashboardHub.ItemChanged, change =>
        {
            lock (changes) changes.Add(change);
            if (change.GetProperty("version").GetInt64() == 3) sawVersion3.TrySetResult();
        });
        await connection.StartAsync();
        await connection.InvokeAsync("WatchItems");

        var item = await Host.AssignedItem(kind: "shifts");

        await sawVersion3.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var last = changes.Last();
        Assert.Equal("shifts", last.GetProperty("kind").GetString());
        Assert.Equal(item.Id, last.GetProperty("id").GetGuid());
        Assert.Equal("assigned", last.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_burst_of_commands_is_coalesced_into_far_fewer_dashboards()
    {
        const int commands = 400;
        var updates = 0;
        var sawAll = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = Connect();
        connection.On<JsonElement>(DashboardHub.DashboardUpdated, dashboard =>
        {
            Interlocked.Increment(ref updates);
            if (dashboard.GetProperty("byStatus").GetProperty("proposed").GetInt32() == commands) sawAll.TrySetResult();
        });
        await connection.StartAsync();

        var client = await AuthorisedClient();
        for (var batch = 0; batch < commands / 20; batch++)
        {
            await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.PostAsync("/api/measures",
                new StringContent($$"""{"title":"Åtgärd {{batch}}-{{i}}","committee":"KS","estimatedSavingTkr":10}""", System.Text.Encoding.UTF8, "application/json"))));
        }

        await sawAll.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.InRange(updates, 1, commands / 4);
    }
}
