using JasperFx.Events.Projections;
using Marten;

namespace Handlingsplan.Genomlysningar;

public static class Configuration
{
    /// <summary>Each genomlysning kept as a document inline with its events; its event types known by name.</summary>
    public static StoreOptions AddGenomlysningar(this StoreOptions options)
    {
        options.Projections.Snapshot<Genomlysning>(SnapshotLifecycle.Inline);
        options.Events.AddEventTypes([
            typeof(GenomlysningStarted), typeof(GenomlysningAnalysisWritten), typeof(GenomlysningItemsLinked),
            typeof(KeyFiguresFrozen), typeof(GenomlysningAdopted),
        ]);
        return options;
    }
}
