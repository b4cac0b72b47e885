using Handlingsplan.Items;

namespace Handlingsplan.Measures;

/// <summary>
/// An efficiency measure (åtgärd): a concrete change with an estimated saving, followed from
/// proposal to realised savings.
/// </summary>
public sealed record Measure : Item, IItemKind<Measure>
{
    public override ItemKind Kind => ItemKind.Measure;

    public static Measure? Start(Guid id, object @event, DateTimeOffset timestamp) => @event switch
    {
        MeasureProposed e => new Measure
        {
            Id = id,
            Title = e.Title,
            Description = e.Description,
            Committee = e.Committee,
            Category = e.Category,
            Horizon = e.Horizon,
            EstimatedSavingTkr = e.EstimatedSavingTkr,
            Source = e.Source,
            ResponsibleRole = e.ResponsibleRole,
            Timeline = e.Timeline,
            Status = ItemStatus.Proposed,
            ProposedAt = timestamp,
        },
        _ => null,
    };
}

public sealed record MeasureProposed(
    Guid MeasureId,
    string Title,
    string? Description,
    string Committee,
    string? Category,
    string? Horizon,
    decimal? EstimatedSavingTkr,
    string? Source,
    string? ResponsibleRole,
    string? Timeline);
