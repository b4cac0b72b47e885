using JasperFx.Events.Projections;
using Marten;

namespace Handlingsplan.Dashboard;

public static class Configuration
{
    public static StoreOptions AddDashboard(this StoreOptions options)
    {
        options.Projections.Add(new DashboardProjection(), ProjectionLifecycle.Async);
        return options;
    }

    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddDashboardBroadcast(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten) =>
        marten.AddSubscriptionWithServices<DashboardBroadcaster>(ServiceLifetime.Singleton);
}
