namespace Handlingsplan.Items;

// Lifecycle events shared by every kind of item. Never change their meaning once shipped:
// add a new event instead.

/// <summary>What every proposal carries. Each kind has its own concrete event (see <see cref="Kinds"/>), so a stream's first event says its kind.</summary>
public abstract record ItemProposed
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string Committee { get; init; }
    public string? Category { get; init; }
    public string? Horizon { get; init; }
    public decimal? EstimatedSavingTkr { get; init; }
    public string? Source { get; init; }
    public string? ResponsibleRole { get; init; }
    public string? Timeline { get; init; }
}

/// <summary>Kommunledning prioritised the item, under a decision.</summary>
public sealed record ItemPrioritised(string DecisionReference, string? Reason);

/// <summary>Kommunledning judged the item not a priority ("bedöms inte som prioriterat").</summary>
public sealed record ItemDeclined(string DecisionReference, string? Reason);

/// <summary>The item was given to a department to carry out, optionally under a decision.</summary>
public sealed record ItemAssigned(string Department, string? ResponsibleRole, DateOnly? DueDate, string? DecisionReference = null);

/// <summary>A saving was realised for a budget year: recurring (a lasting yearly effect) or one-off.</summary>
/// <param name="Confirmed">True when the one who realised confirmed an amount above the item's estimate (added after the first release; absent before).</param>
public sealed record SavingRealised(decimal AmountTkr, int Year, bool Recurring, string? Note, DateTimeOffset RealisedAt, bool? Confirmed = null);

/// <summary>The estimate changed; null means "too early to judge".</summary>
public sealed record EstimateRevised(decimal? EstimatedSavingTkr, string? Reason);

public sealed record FollowUpRecorded(string Note, DateTimeOffset RecordedAt);

public sealed record ItemCompleted(string? Reason, string? DecisionReference = null);

public sealed record ItemCancelled(string? Reason, string? DecisionReference = null);

/// <summary>A measure was proposed from this shift or investigation.</summary>
public sealed record MeasureLinked(Guid MeasureId, string Title);

/// <summary>The investigation's findings were recorded.</summary>
public sealed record InvestigationConcluded(string Findings, DateTimeOffset ConcludedAt);

public sealed record MeasureProposed : ItemProposed
{
    /// <summary>The shift or investigation this measure came from, if any.</summary>
    public ItemLink? Origin { get; init; }
}

public sealed record ShiftProposed : ItemProposed;

public sealed record InvestigationProposed : ItemProposed
{
    public string? Handling { get; init; }
}
