namespace Handlingsplan.Items;

public enum ItemKind { Measure, Shift, Investigation }

public enum ItemStatus { Proposed, Prioritised, Declined, Assigned, Realising, Completed, Cancelled }

/// <summary>The three states of an estimate: an amount in tkr, "för tidigt att bedöma", and "ej beloppsatt".</summary>
public enum EstimateState { Amount, TooEarly, NotQuantified }

/// <summary>
/// One item of the plan: a measure, a shift or an investigation. The kind is data; what only an
/// investigation has (its handling and findings) is simply empty on the other kinds. The item changes
/// only through <see cref="Next"/>, which reads how each event changes it from the event's own
/// description beside its step, so the same pure function keeps the document, answers "as of" and
/// feeds the dashboard.
/// </summary>
public sealed record Item
{
    public Guid Id { get; init; }
    /// <summary>The stream's version; set by the projection after each event.</summary>
    public long Version { get; set; }
    public ItemKind Kind { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string Committee { get; init; } = "";
    public string? Category { get; init; }
    public string? Horizon { get; init; }
    public string? Source { get; init; }
    public string? ResponsibleRole { get; init; }
    public string? Timeline { get; init; }
    /// <summary>The current estimate in tkr; null means "too early to judge" or, with <see cref="NotQuantified"/>, "ej beloppsatt".</summary>
    public decimal? EstimatedSavingTkr { get; init; }
    /// <summary>The estimate is deliberately not put in figures ("ej beloppsatt"), as the handlingsplan's own measures are.</summary>
    public bool NotQuantified { get; init; }
    public EstimateState EstimateState => EstimateOf(EstimatedSavingTkr, NotQuantified);
    public ItemStatus Status { get; init; } = ItemStatus.Proposed;
    /// <summary>The decision reference of the latest prioritisation or decline, e.g. "KS 2024-09-02 § 123".</summary>
    public string? DecisionReference { get; init; }
    /// <summary>The day the latest decision was taken, when it is known.</summary>
    public DateOnly? DecidedOn { get; init; }
    public string? Department { get; init; }
    /// <summary>Departments that carry the work together with <see cref="Department"/>.</summary>
    public IReadOnlyList<string> Together { get; init; } = [];
    /// <summary>How the decision words the assignment, e.g. "samordnas initialt av …".</summary>
    public string? AssignmentNote { get; init; }
    public DateOnly? DueDate { get; init; }
    public decimal RealisedTkr { get; init; }
    public IReadOnlyList<Realisation> Realisations { get; init; } = [];
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
    /// <summary>The status reports for the reporting periods, in the order they were made.</summary>
    public IReadOnlyList<Reporting.StatusReport> StatusReports { get; init; } = [];
    /// <summary>The latest status report, of whichever period; null before the first.</summary>
    public Reporting.StatusReport? LatestStatusReport => StatusReports.Count == 0 ? null : StatusReports[^1];
    /// <summary>For a measure: the shift or investigation it came from.</summary>
    public ItemLink? Origin { get; init; }
    /// <summary>For a shift or investigation: the measures it gave rise to.</summary>
    public IReadOnlyList<ItemLink> Measures { get; init; } = [];
    /// <summary>Another item that is the same work (a genomlysning measure and its kommunövergripande utredning): the pair is counted once.</summary>
    public ItemLink? SameWorkAs { get; init; }
    /// <summary>For an investigation: how the budget handled the proposal, as the document states it.</summary>
    public string? Handling { get; init; }
    /// <summary>For an investigation: its findings, once concluded.</summary>
    public string? Findings { get; init; }
    public DateTimeOffset? ConcludedAt { get; init; }
    public DateTimeOffset ProposedAt { get; init; }
    /// <summary>The item's number in the municipality's diarium, e.g. "KS 2024/123": the latest given, on the proposal, a decision or registered.</summary>
    public string? Diarienummer { get; init; }
    /// <summary>The comments, oldest first; who wrote each is in the history.</summary>
    public IReadOnlyList<Comment> Comments { get; init; } = [];
    /// <summary>The attached files, oldest first; the bytes are downloaded at <c>/api/{kind}/{id}/attachments/{attachmentId}</c>.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];
    /// <summary>For a measure: what the municipality shares with the others now, as it approved it; null when it shares nothing.</summary>
    public Sharing.SharedWithPeers? Shared { get; init; }

    /// <summary>The latest report for one period, or null when the item has not reported for it.</summary>
    public Reporting.StatusReport? ReportFor(Guid periodId) => StatusReports.LastOrDefault(r => r.PeriodId == periodId);

    /// <summary>What can be done next, by the step names of the API: the UI offers these and no others.</summary>
    public IReadOnlyList<string> AllowedSteps => Lifecycle.StepsFrom(this).Select(s => s.Name).ToList();

    /// <summary>
    /// Pure: the item after one event; null before its stream has started (or for an event that
    /// starts no item). <paramref name="at"/> is the event's timestamp, the proposal's date.
    /// </summary>
    public static EstimateState EstimateOf(decimal? amount, bool notQuantified) =>
        amount is not null ? EstimateState.Amount : notQuantified ? EstimateState.NotQuantified : EstimateState.TooEarly;

    /// <summary>Whether <paramref name="department"/> carries the item, alone or together with others.</summary>
    public bool IsCarriedBy(string department) =>
        string.Equals(Department, department, StringComparison.OrdinalIgnoreCase) ||
        Together.Any(d => string.Equals(d, department, StringComparison.OrdinalIgnoreCase));

    public static Item? Next(Item? item, Guid id, object @event, DateTimeOffset at)
    {
        if (item is null)
            return Kinds.OfProposal(@event) is { } kind ? kind.Start(id, (ItemProposed)@event, at) : null;
        return Steps.EventOf(@event) is { } described
            ? described.Apply(item, @event) with { Status = described.LeadsTo ?? item.Status }
            : item;
    }
}

/// <summary>A realised saving as it stands now; <paramref name="Correction"/> says how it was corrected or reversed, if it was.</summary>
public sealed record Realisation(decimal AmountTkr, int Year, bool Recurring, string? Note, DateTimeOffset RealisedAt, string? Correction = null);

public sealed record FollowUp(string Note, DateTimeOffset RecordedAt);

public sealed record Comment(string Text, DateTimeOffset WrittenAt);

/// <summary>An attached file as its event records it; <paramref name="Sha256"/> is what its bytes must hash to.</summary>
public sealed record Attachment(Guid Id, string FileName, string ContentType, long SizeBytes, string Sha256, string? Description, DateTimeOffset AddedAt);

public sealed record ItemLink(ItemKind Kind, Guid Id, string Title);
