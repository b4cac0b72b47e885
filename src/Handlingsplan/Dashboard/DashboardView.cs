using System.Collections.Immutable;
using Handlingsplan.Items;
using Handlingsplan.Plan;
using Handlingsplan.Plan.Buffers;

namespace Handlingsplan.Dashboard;

/// <summary>What the dashboard knows of the plan besides its items: the ambition, the kommunbidrag and the buffers.</summary>
public sealed record DashboardPlan
{
    public decimal AmbitionTkr { get; init; }
    /// <summary>The year's kommunbidrag per nämnd, the base of each nämnd's 1 % buffer.</summary>
    public AllocationsRecorded? Allocations { get; init; }
    /// <summary>What each nämnd has budgeted as buffer, per year, as kommunledning recorded it.</summary>
    public ImmutableDictionary<int, ImmutableDictionary<string, decimal>> BudgetedBuffersByYear { get; init; } =
        ImmutableDictionary<int, ImmutableDictionary<string, decimal>>.Empty;
    /// <summary>The total kommunbidrag as the budget prints it.</summary>
    public AllocationTotalRecorded? AllocationTotal { get; init; }
    /// <summary>The plan's rules for how large a buffer is to be.</summary>
    public BufferRulesRecorded? BufferRules { get; init; }

    /// <summary>Pure: the plan after one event, or null when the event is not about the plan.</summary>
    public static DashboardPlan? Next(DashboardPlan plan, object @event) => @event switch
    {
        ActionPlanAdopted e => plan with { AmbitionTkr = e.AmbitionTkr },
        AllocationsRecorded e => plan with { Allocations = e },
        AllocationTotalRecorded e => plan with { AllocationTotal = e },
        BufferRulesRecorded e => plan with { BufferRules = e },
        BufferBudgeted e => plan with
        {
            BudgetedBuffersByYear = plan.BudgetedBuffersByYear.SetItem(e.Year,
                plan.BudgetedBuffersByYear.GetValueOrDefault(e.Year, ImmutableDictionary<string, decimal>.Empty).SetItem(e.Committee, e.BudgetedTkr)),
        },
        _ => null,
    };
}

/// <summary>What the dashboard keeps of an item: the facts its figures are made of.</summary>
public sealed record DashboardEntry(
    ItemKind Kind,
    string Committee,
    string? Category,
    string? Horizon,
    ItemStatus Status,
    decimal? EstimatedSavingTkr,
    ImmutableList<RealisedAmount> Realisations,
    bool NotQuantified = false,
    /// <summary>The item that is the same work as this one; the pair is counted once.</summary>
    Guid? SameWorkAs = null)
{
    public static DashboardEntry Of(Item item) => new(
        item.Kind, item.Committee, item.Category, item.Horizon, item.Status, item.EstimatedSavingTkr,
        item.Realisations.Select(r => new RealisedAmount(r.AmountTkr, r.Year, r.Recurring)).ToImmutableList(),
        item.NotQuantified, item.SameWorkAs?.Id);

    /// <summary>The item as far as the dashboard knows it, so the items' own evolution can move it on.</summary>
    public Item AsItem(Guid id) => new()
    {
        Id = id,
        Kind = Kind,
        Committee = Committee,
        Category = Category,
        Horizon = Horizon,
        Status = Status,
        EstimatedSavingTkr = EstimatedSavingTkr,
        NotQuantified = NotQuantified,
        SameWorkAs = SameWorkAs is { } other ? new ItemLink(Kind == ItemKind.Measure ? ItemKind.Investigation : ItemKind.Measure, other, "") : null,
        RealisedTkr = Realisations.Sum(r => r.AmountTkr),
        Realisations = Realisations.Select(r => new Realisation(r.AmountTkr, r.Year, r.Recurring, null, default)).ToList(),
    };

    /// <summary>Pure: the entry after one event of its stream; null when the event starts or changes no item.</summary>
    public static DashboardEntry? Next(DashboardEntry? entry, Guid streamId, object @event) =>
        Item.Next(entry?.AsItem(streamId), streamId, @event, default) is { } item ? Of(item) : null;
}

public sealed record RealisedAmount(decimal AmountTkr, int Year, bool Recurring);

/// <summary>
/// The whole plan as the dashboard sees it, every item in one value: the straightforward
/// recomputation that the incremental <see cref="DashboardLedger"/> is checked against. It is never
/// stored; tests fold a history into it to say what the dashboard must show.
/// </summary>
public sealed record DashboardView
{
    public DashboardPlan Plan { get; init; } = new();
    public ImmutableDictionary<Guid, DashboardEntry> Items { get; init; } = ImmutableDictionary<Guid, DashboardEntry>.Empty;

    /// <summary>Pure: the view after one event.</summary>
    public static DashboardView Apply(DashboardView view, Guid streamId, object @event)
    {
        if (DashboardPlan.Next(view.Plan, @event) is { } plan) return view with { Plan = plan };
        return DashboardEntry.Next(view.Items.GetValueOrDefault(streamId), streamId, @event) is { } entry
            ? view with { Items = view.Items.SetItem(streamId, entry) }
            : view;
    }

    /// <summary>The view after every event, in order.</summary>
    public static DashboardView Of(IEnumerable<(Guid StreamId, object Data)> events) =>
        events.Aggregate(new DashboardView(), (view, e) => Apply(view, e.StreamId, e.Data));
}
