namespace Handlingsplan.Items;

public enum ItemKind { Measure, Shift, Investigation }

public enum ItemStatus { Proposed, Prioritised, Declined, Assigned, Realising, Completed, Cancelled }

/// <summary>
/// What every kind of item (measure, shift, investigation) has in common: the shared lifecycle
/// state. Each kind is its own aggregate and stream type, derived from this record, and changes
/// only through <see cref="Lifecycle.Evolve{TItem}"/> and its own events.
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
    /// <summary>The decision reference of the latest prioritisation or decline, e.g. "KS 2024-09-02 § 123".</summary>
    public string? DecisionReference { get; init; }
    public string? Department { get; init; }
    public DateOnly? DueDate { get; init; }
    public decimal RealisedTkr { get; init; }
    public IReadOnlyList<Realisation> Realisations { get; init; } = [];
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
    /// <summary>For a measure: the shift or investigation it came from.</summary>
    public ItemLink? Origin { get; init; }
    /// <summary>For a shift or investigation: the measures it gave rise to.</summary>
    public IReadOnlyList<ItemLink> Measures { get; init; } = [];
    public DateTimeOffset ProposedAt { get; init; }
    /// <summary>What can be done next: the UI offers these steps and no others.</summary>
    public IReadOnlyList<LifecycleStep> AllowedSteps => Lifecycle.StepsFrom(Kind, Status);

    /// <summary>A new item of a kind, from its proposal.</summary>
    protected static TItem Started<TItem>(TItem blank, Guid id, ItemProposed proposal, DateTimeOffset at) where TItem : Item =>
        blank with
        {
            Id = id,
            Title = proposal.Title,
            Description = proposal.Description,
            Committee = proposal.Committee,
            Category = proposal.Category,
            Horizon = proposal.Horizon,
            EstimatedSavingTkr = proposal.EstimatedSavingTkr,
            Source = proposal.Source,
            ResponsibleRole = proposal.ResponsibleRole,
            Timeline = proposal.Timeline,
            Status = ItemStatus.Proposed,
            ProposedAt = at,
        };
}

public sealed record Realisation(decimal AmountTkr, int Year, bool Recurring, string? Note, DateTimeOffset RealisedAt);

public sealed record FollowUp(string Note, DateTimeOffset RecordedAt);

public sealed record ItemLink(ItemKind Kind, Guid Id, string Title);
