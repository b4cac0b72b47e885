using Handlingsplan.Investigations;
using Handlingsplan.Measures;
using Handlingsplan.Shifts;
using JasperFx.Events.Projections;
using Marten;

namespace Handlingsplan.Items;

public static class Configuration
{
    /// <summary>Each kind's current state, kept inline with its events.</summary>
    public static StoreOptions AddItems(this StoreOptions options)
    {
        options.Projections.Add(new ItemProjection<Measure>(), ProjectionLifecycle.Inline);
        options.Projections.Add(new ItemProjection<Shift>(), ProjectionLifecycle.Inline);
        options.Projections.Add(new ItemProjection<Investigation>(), ProjectionLifecycle.Inline);
        return options;
    }
}
