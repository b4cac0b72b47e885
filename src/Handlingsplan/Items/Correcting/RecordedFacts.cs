namespace Handlingsplan.Items.Correcting;

/// <summary>
/// Events no step of a user records: the plan's import writes them when it puts an item right
/// against its source document. They are described here as the steps' events are, so the item,
/// the history, the decision log and the dashboard read them the same way.
/// </summary>
public static class RecordedFacts
{
    public static IReadOnlyList<StepEvent> All { get; } =
    [
        new StepEvent<DetailsCorrected>("Uppgifter rättade",
            (item, e) => item with
            {
                Title = e.Title ?? item.Title,
                Description = e.Description ?? item.Description,
                Handling = e.Handling ?? item.Handling,
                ResponsibleRole = e.ResponsibleRole ?? item.ResponsibleRole,
                Timeline = e.Timeline ?? item.Timeline,
                Source = e.Source ?? item.Source,
            },
            e => $"{string.Join(", ", Changed(e))} rättade efter underlaget. {e.Reason}")
        {
            Reason = e => e.Reason,
        },
        new StepEvent<DecisionCorrected>("Beslutsuppgift rättad",
            (item, e) => item with { DecisionReference = e.DecisionReference, DecidedOn = e.DecidedOn },
            e => $"Beslutet anges nu som {e.DecisionReference}{(e.DecidedOn is { } on ? $", beslutat {on:yyyy-MM-dd}" : "")}. {e.Reason}")
        {
            Reference = e => e.DecisionReference, Reason = e => e.Reason, DecidedOn = e => e.DecidedOn,
        },
        new StepEvent<SameWorkLinked>("Samma arbete som",
            (item, e) => item with { SameWorkAs = e.Other },
            e => $"Samma arbete som {Kinds.Of(e.Other.Kind).Singular.ToLowerInvariant()} \"{e.Other.Title}\"; paret räknas en gång. {e.Reason}")
        {
            Reason = e => e.Reason,
        },
    ];

    /// <summary>The facts that belong in the decision log.</summary>
    public static IReadOnlyList<Type> DecisionEvents { get; } = [typeof(DecisionCorrected)];

    static IEnumerable<string> Changed(DetailsCorrected e)
    {
        if (e.Title is not null) yield return "Titel";
        if (e.Description is not null) yield return "Beskrivning";
        if (e.Handling is not null) yield return "Hantering";
        if (e.ResponsibleRole is not null) yield return "Ansvar";
        if (e.Timeline is not null) yield return "Tidplan";
        if (e.Source is not null) yield return "Källa";
    }
}
