using System.Text.Json;
using System.Text.Json.Serialization;
using Handlingsplan.Genomlysningar;
using Marten;

namespace Handlingsplan.Plan;

/// <summary>A genomlysning as its document gives it, shipped beside the plan (<c>Plan/genomlysning-*.json</c>).</summary>
/// <param name="MeasureKeys">The plan data's keys of the measures it decided, followed up in its section 3.</param>
public sealed record ShippedGenomlysning(
    string Key, string Committee, int Year, string Title, string Source, string Analysis,
    string KeyFiguresSource, IReadOnlyList<KeyFigure> KeyFigures, IReadOnlyList<string> MeasureKeys, PlanDecision Decision);

/// <summary>
/// The genomlysningar the documents hold, started as streams of their own the first time a store
/// lacks them: on a fresh store, and on a store an earlier release wrote, which gains them as new
/// events after its own history. A genomlysning already there is left as it is.
/// </summary>
public static class ShippedGenomlysningar
{
    static readonly string[] Resources = ["Handlingsplan.Plan.genomlysning-ks-2024.json"];

    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static IReadOnlyList<ShippedGenomlysning> Read() => Resources.Select(name =>
    {
        using var stream = typeof(ShippedGenomlysningar).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The shipped genomlysning {name} is missing from the build.");
        return JsonSerializer.Deserialize<ShippedGenomlysning>(stream, Options)
            ?? throw new InvalidOperationException($"The shipped genomlysning {name} is empty.");
    }).ToList();

    /// <summary>Starts, in the session, each shipped genomlysning the store lacks; answers how many, and with how many events.</summary>
    public static async Task<(int Started, int Events)> StartMissingAsync(IDocumentSession session, IReadOnlyDictionary<string, PlanMeasure> measures, CancellationToken ct)
    {
        var (started, events) = (0, 0);
        foreach (var shipped in Read())
        {
            var id = PlanImport.StableId(shipped.Key);
            if (await session.Events.FetchStreamStateAsync(id, ct) is not null) continue;
            var recorded = Events(shipped, measures);
            session.Events.StartStream<Genomlysning>(id, [.. recorded]);
            started++;
            events += recorded.Count;
        }
        return (started, events);
    }

    /// <summary>Pure: the events that record a shipped genomlysning, adopted as its document says.</summary>
    public static IReadOnlyList<object> Events(ShippedGenomlysning shipped, IReadOnlyDictionary<string, PlanMeasure> measures) =>
    [
        new GenomlysningStarted(shipped.Committee, shipped.Year, shipped.Title, shipped.Source),
        new KeyFiguresFrozen(shipped.KeyFigures, shipped.KeyFiguresSource),
        new GenomlysningAnalysisWritten(shipped.Analysis),
        new GenomlysningItemsLinked(shipped.MeasureKeys
            .Select(key => new GenomlysningLink(PlanImport.StableId(key), SectionOf(measures[key])))
            .ToList()),
        new GenomlysningAdopted(shipped.Decision.Reference, shipped.Decision.DecidedOn),
    ];

    /// <summary>The 2024 document's four groups in the template's sections: both kinds of investigation are followed up under 3.3.</summary>
    static GenomlysningSection SectionOf(PlanMeasure measure) => measure.Horizon switch
    {
        "shortTerm" => GenomlysningSection.ShortTerm,
        "longTerm" => GenomlysningSection.LongTerm,
        "departmentInvestigation" or "municipalInvestigation" => GenomlysningSection.Investigated,
        _ => throw new InvalidOperationException($"The measure {measure.Key} has no horizon that places it in a genomlysning's section 3."),
    };
}
