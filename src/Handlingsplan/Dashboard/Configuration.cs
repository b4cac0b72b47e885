using JasperFx.Events.Projections;
using Marten;
using Wolverine;

namespace Handlingsplan.Dashboard;

public static class Configuration
{
    public static StoreOptions AddDashboard(this StoreOptions options, IServiceProvider services)
    {
        var snapshotEvery = services.GetRequiredService<IConfiguration>().GetValue("Dashboard:SnapshotEvery", DashboardLedger.DefaultSnapshotEvery);
        options.Projections.Add(new DashboardProjection(snapshotEvery), ProjectionLifecycle.Async);
        options.Schema.For<DashboardTotals>();
        options.Schema.For<DashboardRow>();
        options.Schema.For<DashboardSnapshot>();
        options.Projections.AsyncListeners.Add(new DashboardCommitListener(services));
        // The daemon is woken when this process commits events, instead of waiting for its next look;
        // the looks remain, far apart, for events other processes append.
        var wakeup = new CommittedEventsWakeup();
        options.Listeners.Add(wakeup);
        options.Projections.Wakeup = wakeup;
        options.Projections.SlowPollingTime = TimeSpan.FromSeconds(2);
        options.Projections.FastPollingTime = TimeSpan.FromMilliseconds(250);
        return options;
    }

    /// <summary>
    /// Routes the dashboard's pushes to their handler in this process. A push is worth sending only
    /// while it is news: a page draws the stored dashboard when it loads, so nothing is gained by
    /// keeping pushes in the database.
    /// </summary>
    public static WolverineOptions AddDashboardPush(this WolverineOptions options)
    {
        options.Services.AddSingleton<DisplayConnections>();
        // A revoked display link's screens are closed by the node that holds their connections: the
        // revocation is told to every node (Cluster; alone, only this one), each handling it here.
        options.PublishMessage<Access.Display.CloseDisplayConnections>().ToLocalQueue("display-links").BufferedInMemory();
        options.PublishMessage<CloseScreensOfLink>().ToLocalQueue("display-links").BufferedInMemory();
        options.PublishMessage<DisconnectScreensOfLink>().ToLocalQueue("display-links").BufferedInMemory();
        options.PublishMessage<DashboardCommitted>().ToLocalQueue(DashboardPushHandler.Queue)
            .BufferedInMemory()
            .Sequential();
        return options;
    }
}
