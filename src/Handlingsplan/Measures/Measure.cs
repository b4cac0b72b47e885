using Handlingsplan.Items;

namespace Handlingsplan.Measures;

/// <summary>
/// An efficiency measure (åtgärd): a concrete change with an estimated saving, followed from
/// proposal to realised savings. It may come from a shift or an investigation (its origin).
/// </summary>
public sealed record Measure : Item, IItemKind<Measure>
{
    public override ItemKind Kind => ItemKind.Measure;

    public static Measure? Start(Guid id, object @event, DateTimeOffset at) =>
        @event is MeasureProposed e
            ? Started(new Measure(), id, e, at) with { Origin = e.Origin }
            : null;
}

public sealed record MeasureProposed : ItemProposed
{
    /// <summary>The shift or investigation this measure came from, if any.</summary>
    public ItemLink? Origin { get; init; }
}
