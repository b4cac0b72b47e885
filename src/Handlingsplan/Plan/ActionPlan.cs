using Handlingsplan.Plan.Buffers;

namespace Handlingsplan.Plan;

/// <summary>
/// The action plan itself (ekonomisk handlingsplan): its decision, its ambition, each year's
/// kommunbidrag per nämnd and what each nämnd has budgeted as buffer. These are plan data, recorded
/// as events on one stream, so they have a history and are never constants in code. Aggregated live
/// from its few events when a command writes to it.
/// </summary>
public sealed record ActionPlan
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Title { get; init; } = "";
    public string DecisionReference { get; init; } = "";
    public decimal AmbitionTkr { get; init; }
    /// <summary>The kommunbidrag per year, the base of each nämnd's 1 % buffer.</summary>
    public IReadOnlyDictionary<int, AllocationsRecorded> Allocations { get; init; } = new Dictionary<int, AllocationsRecorded>();
    /// <summary>The revision of the shipped plan data this store has been brought to (1 before revisions were recorded).</summary>
    public int Revision { get; init; } = 1;

    public static ActionPlan Create(ActionPlanAdopted e) => new() { Title = e.Title, DecisionReference = e.DecisionReference, AmbitionTkr = e.AmbitionTkr };

    public ActionPlan Apply(AllocationsRecorded e) => this with { Allocations = new Dictionary<int, AllocationsRecorded>(Allocations) { [e.Year] = e } };

    public ActionPlan Apply(BufferBudgeted _) => this;

    public ActionPlan Apply(AllocationTotalRecorded _) => this;

    public ActionPlan Apply(BufferRulesRecorded _) => this;

    public ActionPlan Apply(PlanRevisionApplied e) => this with { Revision = Math.Max(Revision, e.Revision) };
}

public sealed record ActionPlanAdopted(string Title, string DecisionReference, decimal AmbitionTkr);

/// <summary>The kommunbidrag (budget frame, tkr) per nämnd for a year; 1 % of it is the nämnd's buffer.</summary>
public sealed record AllocationsRecorded(int Year, string Source, IReadOnlyList<CommitteeAllocation> Committees);

public sealed record CommitteeAllocation(string Committee, decimal AllocationTkr);

/// <summary>The total kommunbidrag as the budget prints it ("Summa kommunbidrag"), which may differ from the sum of its rounded parts.</summary>
public sealed record AllocationTotalRecorded(int Year, decimal TotalTkr, string Source);

/// <summary>How large a nämnd's buffer is to be, as the plan words it.</summary>
/// <param name="AppliesTo">Whom the rule is for, e.g. "Verksamheter som till största del finansieras genom avgifter".</param>
/// <param name="Basis">What the percentage is of, e.g. "kommunbidraget" or "den totala kostnaden".</param>
public sealed record BufferRule(string AppliesTo, string Basis, decimal Percent, bool CarriedBetweenYears, string Text);

public sealed record BufferRulesRecorded(IReadOnlyList<BufferRule> Rules, string? Note, string Source);

/// <summary>The store was brought to a revision of the shipped plan data; what it corrected was recorded as events before this one.</summary>
public sealed record PlanRevisionApplied(int Revision, string Summary);
