using JasperFx.Events.Projections;
using Marten;

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

    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddDashboardBroadcast(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten) =>
        marten.AddSubscriptionWithServices<DashboardBroadcaster>(ServiceLifetime.Singleton);
}
