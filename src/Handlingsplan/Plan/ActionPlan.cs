namespace Handlingsplan.Plan;

/// <summary>
/// The action plan itself (ekonomisk handlingsplan): its decision, its ambition and the year's
/// kommunbidrag per nämnd. These are plan data, recorded as events, so they have a history and
/// are never constants in code.
/// </summary>
public sealed record ActionPlan(Guid Id, string Title, string DecisionReference, decimal AmbitionTkr);

public sealed record ActionPlanAdopted(string Title, string DecisionReference, decimal AmbitionTkr);

/// <summary>The kommunbidrag (budget frame, tkr) per nämnd for a year; 1 % of it is the nämnd's buffer.</summary>
public sealed record AllocationsRecorded(int Year, string Source, IReadOnlyList<CommitteeAllocation> Committees);

public sealed record CommitteeAllocation(string Committee, decimal AllocationTkr);
