using System.Diagnostics;
using System.Text.Json;
using Alba;
using Handlingsplan.Dashboard;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Configuration;
using Wolverine.Runtime;

namespace Handlingsplan.Tests.Dashboard;

/// <summary>
/// The live push follows the dashboard projection's own commits: what a client receives is what
/// <c>GET /api/dashboard</c> answers, each group receives its own messages, and a rebuild of the
/// projection neither holds the push up nor sends figures the store does not hold.
/// </summary>
public sealed class LivePushTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task A_command_pushes_exactly_the_dashboard_that_GET_then_answers()
    {
        await PlanImport.RunAsync(Store);
        var item = await Host.AssignedItem(committee: "SN", estimate: 1000);
        await WaitForProjections();
        await using var client = await LiveClient.ConnectAsync(Host, SignedIn);

        await Host.Realised(item.Id, item.Version, 420);

        var pushed = await client.WaitFor(DashboardHub.DashboardUpdated, d => Realised(d) == 420m);
        await WaitForProjections();
        var answered = await Host.GetJson<JsonElement>("/api/dashboard");
        LiveClient.AssertSameJson(answered, pushed);
    }

    [Fact]
    public async Task Committee_and_item_messages_reach_their_groups_only()
    {
        var sn = await Host.AssignedItem(committee: "SN", estimate: 100);
        var von = await Host.AssignedItem(committee: "VON", estimate: 100);
        await WaitForProjections();
        await using var watcher = await LiveClient.ConnectAsync(Host, SignedIn, ("WatchCommittee", "SN"), ("WatchItems", null));
        await using var bystander = await LiveClient.ConnectAsync(Host, SignedIn);

        var realisedVersion = await Host.Realised(sn.Id, sn.Version, 30);
        // A follow-up changes no figure; its item still changes version.
        var followedUpVersion = await Host.Step("measures", sn.Id, "follow-up", new { note = "Enligt plan", expectedVersion = realisedVersion });

        var committee = await watcher.WaitFor(DashboardHub.CommitteeUpdated, u => RealisedIn(u) == 30m);
        var change = await watcher.WaitFor(DashboardHub.ItemChanged, c => c.GetProperty("id").GetGuid() == sn.Id && c.GetProperty("version").GetInt64() == followedUpVersion);
        var answered = await Host.GetJson<JsonElement>("/api/dashboard");
        LiveClient.AssertSameJson(answered.GetProperty("byCommittee").GetProperty("SN"), committee.GetProperty("figures"));
        Assert.Equal("SN", committee.GetProperty("committee").GetString());
        Assert.Equal("measures", change.GetProperty("kind").GetString());
        Assert.Equal(sn.Id, change.GetProperty("id").GetGuid());
        Assert.Equal("realising", change.GetProperty("status").GetString());

        // Pushes go out one page at a time, in order, so once both clients hold the dashboard of a
        // later change, every message meant for them about the earlier ones has arrived.
        await Host.Realised(von.Id, von.Version, 20);
        await watcher.WaitFor(DashboardHub.DashboardUpdated, d => Realised(d) == 50m);
        await bystander.WaitFor(DashboardHub.DashboardUpdated, d => Realised(d) == 50m);
        await watcher.WaitFor(DashboardHub.ItemChanged, c => c.GetProperty("id").GetGuid() == von.Id && c.GetProperty("status").GetString() == "realising");

        Assert.All(watcher.Received(DashboardHub.CommitteeUpdated), u => Assert.Equal("SN", u.GetProperty("committee").GetString()));
        Assert.Empty(bystander.Received(DashboardHub.CommitteeUpdated));
        Assert.Empty(bystander.Received(DashboardHub.ItemChanged));
    }

    [Fact]
    public async Task A_rebuild_pushes_nothing_and_the_push_resumes_after_it()
    {
        var (itemId, version, watching) = await ItemWithAClientWatching(realised: 300);
        await using var client = watching;
        var before = await Host.GetJson<JsonElement>("/api/dashboard");

        var rebuild = Stopwatch.StartNew();
        await RebuildDashboard();
        rebuild.Stop();
        await WaitForProjections();
        var rebuilt = await Host.GetJson<JsonElement>("/api/dashboard");
        var sent = Stopwatch.StartNew();
        await Host.Realised(itemId, version, 120);
        var pushed = await client.WaitFor(DashboardHub.DashboardUpdated, d => Realised(d) == 420m);
        sent.Stop();
        await WaitForProjections();
        var final = await Host.GetJson<JsonElement>("/api/dashboard");

        Assert.InRange(rebuild.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.InRange(sent.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        LiveClient.AssertSameJson(before, rebuilt);
        LiveClient.AssertSameJson(final, pushed);
        // Replaying the history raised no side effect: the only dashboard pushed is the command's.
        Assert.Single(client.Received(DashboardHub.DashboardUpdated));
    }

    [Fact]
    public async Task A_command_during_a_rebuild_is_pushed_with_the_figures_the_store_holds_or_not_at_all()
    {
        var (itemId, version, watching) = await ItemWithAClientWatching(realised: 300);
        await using var client = watching;

        var rebuild = Stopwatch.StartNew();
        var rebuilding = RebuildDashboard();
        await Host.Realised(itemId, version, 50);
        await rebuilding;
        rebuild.Stop();
        await WaitForProjections();
        var rebuilt = await Host.GetJson<JsonElement>("/api/dashboard");
        // A later command's push marks the end of anything pushed for the one above.
        await Host.Proposed(kind: "shifts", estimate: 10);
        await client.WaitFor(DashboardHub.DashboardUpdated, d => Shifts(d) == 1);

        Assert.InRange(rebuild.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Equal(350m, Realised(rebuilt));
        // Pushed only if it landed after the rebuilt range, and then as the store holds it.
        var untilLater = client.Received(DashboardHub.DashboardUpdated).TakeWhile(d => Shifts(d) == 0).ToList();
        Assert.All(untilLater, d => LiveClient.AssertSameJson(rebuilt, d));
    }

    [Fact]
    public void The_push_is_routed_to_one_local_queue_in_this_process()
    {
        var runtime = Host.Services.GetRequiredService<IWolverineRuntime>();

        var route = Assert.Single(runtime.RoutingFor(typeof(DashboardCommitted)).Routes).Describe();
        var queue = runtime.Endpoints.EndpointFor(route.Endpoint);
        Assert.Equal("local", route.Endpoint.Scheme);
        Assert.Equal(DashboardPushHandler.Queue, queue!.EndpointName);
        Assert.Equal(EndpointMode.BufferedInMemory, queue.Mode);
        Assert.Equal(1, queue.MaxDegreeOfParallelism);
    }

    /// <summary>
    /// An assigned SN item with a realisation, and a client watching items that has received every
    /// push of that setup: a follow-up's own push comes after them all.
    /// </summary>
    async Task<(Guid ItemId, long Version, LiveClient Client)> ItemWithAClientWatching(decimal realised)
    {
        await PlanImport.RunAsync(Store);
        var item = await Host.AssignedItem(committee: "SN", estimate: 1000);
        var version = await Host.Realised(item.Id, item.Version, realised);
        await WaitForProjections();
        var client = await LiveClient.ConnectAsync(Host, SignedIn, ("WatchItems", null));
        version = await Host.Step("measures", item.Id, "follow-up", new { note = "Före omräkning", expectedVersion = version });
        await client.WaitFor(DashboardHub.ItemChanged, c => c.GetProperty("version").GetInt64() == version);
        client.Forget();
        return (item.Id, version, client);
    }

    /// <summary>
    /// Rebuilds the dashboard on the app's own daemon, so that the running shard gives way to it,
    /// then starts the shard again: Marten leaves a rebuilt shard stopped, and the app's coordinator
    /// starts only shards that are missing or paused.
    /// </summary>
    async Task RebuildDashboard()
    {
        var daemon = Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RebuildProjectionAsync(DashboardProjection.ProjectionName, CancellationToken.None);
        var shard = daemon.CurrentAgents().Single(a => a.Name.Name == DashboardProjection.ProjectionName).Name.Identity;
        await daemon.StartAgentAsync(shard, CancellationToken.None);
    }

    Func<Task<string?>> SignedIn => async () => await Fixture.TokenFor("ledning");

    static decimal Realised(JsonElement dashboard) => dashboard.GetProperty("realisedTkr").GetDecimal();

    static int Shifts(JsonElement dashboard) => dashboard.GetProperty("byKind").GetProperty("shift").GetProperty("count").GetInt32();

    static decimal RealisedIn(JsonElement committeeUpdate) => committeeUpdate.GetProperty("figures").GetProperty("realisedTkr").GetDecimal();

}
