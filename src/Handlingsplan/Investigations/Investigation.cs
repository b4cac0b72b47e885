using Handlingsplan.Items;

namespace Handlingsplan.Investigations;

/// <summary>
/// A municipality-wide investigation (kommunövergripande utredning): proposed by a nämnd,
/// prioritised or not by Kommunstyrelsen, coordinated by one department, concluded with findings,
/// and possibly giving rise to measures.
/// </summary>
public sealed record Investigation : Item, IItemKind<Investigation>
{
    public override ItemKind Kind => ItemKind.Investigation;

    /// <summary>How the budget handled the proposal, as the document states it.</summary>
    public string? Handling { get; init; }
    public string? Findings { get; init; }
    public DateTimeOffset? ConcludedAt { get; init; }

    public static Investigation? Start(Guid id, object @event, DateTimeOffset at) =>
        @event is InvestigationProposed e ? Started(new Investigation(), id, e, at) with { Handling = e.Handling } : null;

    public static Investigation EvolveOwn(Investigation item, object @event) => @event switch
    {
        InvestigationConcluded e => item with { Findings = e.Findings, ConcludedAt = e.ConcludedAt },
        _ => item,
    };
}

public sealed record InvestigationProposed : ItemProposed
{
    public string? Handling { get; init; }
}

/// <summary>The investigation's findings were recorded.</summary>
public sealed record InvestigationConcluded(string Findings, DateTimeOffset ConcludedAt);
