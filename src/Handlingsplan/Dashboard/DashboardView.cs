using System.Collections.Immutable;
using Handlingsplan.Items;
using Handlingsplan.Plan;
using Handlingsplan.Plan.Buffers;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using Marten;
using Marten.Events.Projections;

namespace Handlingsplan.Dashboard;

/// <summary>
/// Everything the dashboard needs, one small entry per item, kept in a single document by the
/// async daemon. The figures themselves are derived by <see cref="DashboardCalculator"/>.
/// </summary>
public sealed record DashboardView
{
    public const string TheId = "dashboard";
    public string Id { get; init; } = TheId;
    public decimal AmbitionTkr { get; init; }
    public ImmutableDictionary<Guid, DashboardEntry> Items { get; init; } = ImmutableDictionary<Guid, DashboardEntry>.Empty;
    /// <summary>The year's kommunbidrag per nämnd, the base of each nämnd's 1 % buffer.</summary>
    public AllocationsRecorded? Allocations { get; init; }
    /// <summary>What each nämnd has budgeted as buffer, per year, as kommunledning recorded it.</summary>
    public ImmutableDictionary<int, ImmutableDictionary<string, decimal>> BudgetedBuffersByYear { get; init; } =
        ImmutableDictionary<int, ImmutableDictionary<string, decimal>>.Empty;
    /// <summary>The total kommunbidrag as the budget prints it.</summary>
    public AllocationTotalRecorded? AllocationTotal { get; init; }
    /// <summary>The plan's rules for how large a buffer is to be.</summary>
    public BufferRulesRecorded? BufferRules { get; init; }
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
}

public sealed record RealisedAmount(decimal AmountTkr, int Year, bool Recurring);

/// <summary>
/// Folds every event of the store into the one <see cref="DashboardView"/>. Async: the dashboard
/// summarises across all streams and may trail the commands by a moment.
/// </summary>
public partial class DashboardProjection : MultiStreamProjection<DashboardView, string>
{
    public const string ProjectionName = "Dashboard";

    public DashboardProjection()
    {
        Name = ProjectionName;
        // Version 2 keeps the budgeted buffers per year; version 3 the estimate's three states, the pairs
        // that are the same work, the printed kommunbidrag total and the buffer rules. A store written
        // by an earlier version rebuilds the view once.
        Version = 3;
        // A new version first replays what the previous one already pushed; it does so without
        // side effects, so clients are not shown the dashboard's history page by page.
        GateSideEffectsBehindPriorVersion = true;
        Identity<object>(_ => DashboardView.TheId);
    }

    public override DashboardView Evolve(DashboardView? snapshot, string id, IEvent e) =>
        Apply(snapshot ?? new DashboardView(), e.StreamId, e.Data);

    /// <summary>
    /// Hands the view each page of events leaves to <see cref="DashboardPushHandler"/>. Marten gives
    /// the message to Wolverine only after the page's transaction has committed, so no push shows
    /// figures the store does not hold. Side effects are raised only while the daemon follows new
    /// events: JasperFx.Events' <c>AggregationRunner</c> calls this in
    /// <c>ShardExecutionMode.Continuous</c> alone, never in <c>Rebuild</c> or <c>CatchUp</c> (Marten's
    /// documentation on side effects says the same). A rebuild therefore pushes neither the history
    /// again nor a half-rebuilt view; events it folds in are shown by the next push, which carries
    /// the whole dashboard.
    /// </summary>
    public override ValueTask RaiseSideEffects(IDocumentOperations operations, IEventSlice<DashboardView> slice)
    {
        if (slice.Snapshot is { } view) slice.PublishMessage(DashboardCommitted.Of(view, slice.Events()));
        return ValueTask.CompletedTask;
    }

    /// <summary>Pure: the view after one event. Also used to replay the view as of an earlier instant.</summary>
    public static DashboardView Apply(DashboardView view, Guid streamId, object @event) => @event switch
    {
        ActionPlanAdopted e => view with { AmbitionTkr = e.AmbitionTkr },
        AllocationsRecorded e => view with { Allocations = e },
        AllocationTotalRecorded e => view with { AllocationTotal = e },
        BufferRulesRecorded e => view with { BufferRules = e },
        BufferBudgeted e => view with
        {
            BudgetedBuffersByYear = view.BudgetedBuffersByYear.SetItem(e.Year,
                view.BudgetedBuffersByYear.GetValueOrDefault(e.Year, ImmutableDictionary<string, decimal>.Empty).SetItem(e.Committee, e.BudgetedTkr)),
        },
        // Every item event moves the entry on through the items' own evolution, so a new step needs nothing here.
        _ when Item.Next(view.Items.GetValueOrDefault(streamId)?.AsItem(streamId), streamId, @event, default) is { } item => view with
        {
            Items = view.Items.SetItem(streamId, DashboardEntry.Of(item)),
        },
        _ => view,
    };
}
