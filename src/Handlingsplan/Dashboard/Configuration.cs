using JasperFx.Events.Projections;
using Marten;
using Wolverine;

namespace Handlingsplan.Dashboard;

public static class Configuration
{
    public static StoreOptions AddDashboard(this StoreOptions options)
    {
        options.Projections.Add(new DashboardProjection(), ProjectionLifecycle.Async);
        // The dashboard should follow a command within a second. The daemon looks for new events
        // once a second when quiet by default; a cheap look every 200 ms keeps updates well inside.
        options.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(200);
        options.Projections.FastPollingTime = TimeSpan.FromMilliseconds(100);
        return options;
    }

    /// <summary>
    /// Routes the dashboard projection's side effects to their handler in this process. They reach
    /// Wolverine only through Marten's <c>IntegrateWithWolverine()</c>, which makes Wolverine the
    /// projection daemon's message outbox; without it Marten drops them.
    /// </summary>
    public static WolverineOptions AddDashboardPush(this WolverineOptions options)
    {
        options.PublishMessage<DashboardCommitted>().ToLocalQueue(DashboardPushHandler.Queue)
            // A push is worth sending only while it is news: a page draws the stored dashboard when
            // it loads, so nothing is gained by keeping pushes in the database.
            .BufferedInMemory()
            .Sequential();
        return options;
    }
}
