using Handlingsplan.Items;
using JasperFx.Events.Projections;
using Marten;

namespace Handlingsplan.Measures;

public static class Configuration
{
    public static StoreOptions AddMeasures(this StoreOptions options)
    {
        options.Projections.Add(new ItemProjection<Measure>(), ProjectionLifecycle.Inline);
        return options;
    }
}
