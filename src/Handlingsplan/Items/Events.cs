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
    /// <summary>True when the estimate is deliberately not put in figures ("ej beloppsatt"); added after the first release.</summary>
    public bool? NotQuantified { get; init; }
    /// <summary>The item's number in the municipality's diarium, e.g. "KS 2024/123"; added after the first release.</summary>
    public string? Diarienummer { get; init; }
}

// DecidedOn on a decision: the day the decision was taken, which may lie long before the event was
// recorded. Added after the first release: absent on older events, where only the recording time is known.
// Diarienummer on a decision: the decision's number in the diarium, when given; added later still.

/// <summary>Kommunledning prioritised the item, under a decision.</summary>
public sealed record ItemPrioritised(string DecisionReference, string? Reason, DateOnly? DecidedOn = null, string? Diarienummer = null);

/// <summary>Kommunledning judged the item not a priority ("bedöms inte som prioriterat").</summary>
public sealed record ItemDeclined(string DecisionReference, string? Reason, DateOnly? DecidedOn = null, string? Diarienummer = null);

/// <summary>The item was given to a department to carry out, optionally under a decision.</summary>
/// <param name="Together">Departments that carry the work together with <paramref name="Department"/> (added after the first release).</param>
/// <param name="Note">How the document words the assignment, e.g. "samordnas initialt av …" (added after the first release).</param>
public sealed record ItemAssigned(
    string Department, string? ResponsibleRole, DateOnly? DueDate, string? DecisionReference = null,
    DateOnly? DecidedOn = null, IReadOnlyList<string>? Together = null, string? Note = null);

/// <summary>The item was moved to another department, correcting or changing its assignment; the earlier assignment stays in the history.</summary>
public sealed record DepartmentReassigned(
    string Department, string Reason, IReadOnlyList<string>? Together = null, string? ResponsibleRole = null, string? Note = null,
    string? DecisionReference = null, DateOnly? DecidedOn = null);

/// <summary>The assignment was withdrawn: the item is prioritised again, with no department, e.g. because the decision named none.</summary>
public sealed record AssignmentWithdrawn(string Reason, string? DecisionReference = null, DateOnly? DecidedOn = null);

/// <summary>
/// The estimate was wrong as recorded and is put right: unlike a revision, which is a new judgement,
/// a correction says the earlier figure was a mistake. Null with <paramref name="NotQuantified"/> false or
/// absent is "too early to judge".
/// </summary>
public sealed record EstimateCorrected(decimal? EstimatedSavingTkr, bool? NotQuantified, string Reason);

/// <summary>Texts of the item put right where they departed from the source document; only the texts given change.</summary>
public sealed record DetailsCorrected(
    string Reason, string? Title = null, string? Description = null, string? Handling = null,
    string? ResponsibleRole = null, string? Timeline = null, string? Source = null);

/// <summary>The latest decision's reference or date put right, e.g. the date the decision was actually taken.</summary>
public sealed record DecisionCorrected(string DecisionReference, DateOnly? DecidedOn, string Reason);

/// <summary>This item is the same work as another (a genomlysning measure that is also a kommunövergripande utredning); recorded on both, the pair is counted once.</summary>
public sealed record SameWorkLinked(ItemLink Other, string Reason);

/// <summary>A saving was realised for a budget year: recurring (a lasting yearly effect) or one-off.</summary>
/// <param name="Confirmed">True when the one who realised confirmed an amount above the item's estimate (added after the first release; absent before).</param>
public sealed record SavingRealised(decimal AmountTkr, int Year, bool Recurring, string? Note, DateTimeOffset RealisedAt, bool? Confirmed = null);

/// <summary>The estimate changed; null means "too early to judge", or with <paramref name="NotQuantified"/> "ej beloppsatt" (added after the first release).</summary>
public sealed record EstimateRevised(decimal? EstimatedSavingTkr, string? Reason, bool? NotQuantified = null);

public sealed record FollowUpRecorded(string Note, DateTimeOffset RecordedAt);

public sealed record ItemCompleted(string? Reason, string? DecisionReference = null, DateOnly? DecidedOn = null);

public sealed record ItemCancelled(string? Reason, string? DecisionReference = null, DateOnly? DecidedOn = null);

/// <summary>A comment on the item, in its thread; who wrote it is the event's user stamp.</summary>
public sealed record CommentWritten(string Text, DateTimeOffset WrittenAt);

/// <summary>
/// A file attached to the item. Its bytes are kept beside the event (<c>AttachmentContent</c>, written in
/// the same transaction); the SHA-256 here, covered by the audit chain, is what a download is checked against.
/// </summary>
public sealed record AttachmentAdded(
    Guid AttachmentId, string FileName, string ContentType, long SizeBytes, string Sha256, string? Description, DateTimeOffset AddedAt);

/// <summary>The item's diarienummer registered, or changed; the earlier one stays in the history.</summary>
public sealed record DiarienummerRegistered(string Diarienummer, string? Reason);

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
