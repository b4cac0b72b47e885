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

    public static ActionPlan Create(ActionPlanAdopted e) => new() { Title = e.Title, DecisionReference = e.DecisionReference, AmbitionTkr = e.AmbitionTkr };

    public ActionPlan Apply(AllocationsRecorded e) => this with { Allocations = new Dictionary<int, AllocationsRecorded>(Allocations) { [e.Year] = e } };

    public ActionPlan Apply(BufferBudgeted _) => this;
}

public sealed record ActionPlanAdopted(string Title, string DecisionReference, decimal AmbitionTkr);

/// <summary>The kommunbidrag (budget frame, tkr) per nämnd for a year; 1 % of it is the nämnd's buffer.</summary>
public sealed record AllocationsRecorded(int Year, string Source, IReadOnlyList<CommitteeAllocation> Committees);

public sealed record CommitteeAllocation(string Committee, decimal AllocationTkr);
