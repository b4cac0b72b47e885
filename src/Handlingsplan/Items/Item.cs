namespace Handlingsplan.Items;

public enum ItemKind { Measure, Shift, Investigation }

public enum ItemStatus { Proposed, Prioritised, Declined, Assigned, Realising, Completed, Cancelled }

/// <summary>
/// What every kind of item (measure, shift, investigation) has in common: the shared lifecycle state.
/// Each kind is its own aggregate and stream type, derived from this record, and changes only
/// through <see cref="Lifecycle.Evolve{TItem}"/>.
/// </summary>
public abstract record Item
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public abstract ItemKind Kind { get; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string Committee { get; init; } = "";
    public string? Category { get; init; }
    public string? Horizon { get; init; }
    public string? Source { get; init; }
    public string? ResponsibleRole { get; init; }
    public string? Timeline { get; init; }
    /// <summary>The current estimate in tkr; null means "too early to judge".</summary>
    public decimal? EstimatedSavingTkr { get; init; }
    public ItemStatus Status { get; init; } = ItemStatus.Proposed;
    public decimal RealisedTkr { get; init; }
    public IReadOnlyList<Realisation> Realisations { get; init; } = [];
    public DateTimeOffset ProposedAt { get; init; }
}

public sealed record Realisation(decimal AmountTkr, int Year, bool Recurring, string? Note, DateTimeOffset RealisedAt);
