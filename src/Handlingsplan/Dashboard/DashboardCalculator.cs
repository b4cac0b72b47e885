using System.Collections.Immutable;
using Handlingsplan.Items;

namespace Handlingsplan.Dashboard;

public sealed record DashboardSummary(
    decimal AmbitionTkr,
    decimal RealisedTkr,
    decimal RecurringTkr,
    decimal EstimatedTkr,
    decimal PipelineTkr,
    int TooEarlyCount,
    /// <summary>Open items whose estimate is deliberately not put in figures ("ej beloppsatt").</summary>
    int NotQuantifiedCount,
    /// <summary>Open items with an estimate in tkr.</summary>
    int EstimatedCount,
    /// <summary>Pairs of a measure and an investigation that are the same work, each counted once.</summary>
    int CountedOnceCount,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, Figures> ByCommittee,
    IReadOnlyList<YearFigures> ByYear,
    IReadOnlyDictionary<string, Figures> ByKind,
    IReadOnlyDictionary<string, Figures> ByCategory,
    IReadOnlyDictionary<string, Figures> ByHorizon,
    BufferSummary Buffers);

/// <summary>Realised, estimated and pipeline tkr, and the number of items, for one slice of the plan.</summary>
public sealed record Figures(decimal RealisedTkr, decimal EstimatedTkr, decimal PipelineTkr, int Count)
{
    /// <summary>These figures with another piece's added (<paramref name="sign"/> 1) or taken away (−1).</summary>
    public Figures Plus(Figures other, int sign) => new(
        RealisedTkr + sign * other.RealisedTkr, EstimatedTkr + sign * other.EstimatedTkr, PipelineTkr + sign * other.PipelineTkr, Count + sign * other.Count);
}

public sealed record YearFigures(int Year, decimal RealisedTkr, decimal CumulativeTkr);

/// <summary>Each nämnd's buffer target (1 % of its kommunbidrag) beside what it has budgeted.</summary>
/// <param name="AllocationTkr">The sum of the nämnder's kommunbidrag.</param>
/// <param name="PrintedAllocationTkr">"Summa kommunbidrag" as the budget prints it, which may differ from the sum of its rounded parts.</param>
public sealed record BufferSummary(
    int? Year, decimal TargetTkr, decimal BudgetedTkr, IReadOnlyList<CommitteeBuffer> Committees,
    decimal AllocationTkr = 0, decimal? PrintedAllocationTkr = null, IReadOnlyList<Plan.BufferRule>? Rules = null, string? RulesNote = null);

public sealed record CommitteeBuffer(string Committee, string Name, decimal AllocationTkr, decimal TargetTkr, decimal? BudgetedTkr);

/// <summary>
/// The savings rules of the brief, as pure functions over one piece of work, and the summary they make.
/// The summary is made two ways: from the running tally the dashboard keeps (<see cref="Summarise(DashboardTotals)"/>),
/// and by the straightforward recomputation over every item (<see cref="Summarise(DashboardView)"/>), which
/// the tests hold the first to.
/// </summary>
public static class DashboardCalculator
{
    public const decimal BufferShare = 0.01m;
    /// <summary>Items without a category or horizon (the handlingsplan's own measures) are grouped under this key.</summary>
    public const string None = "none";

    static readonly ItemStatus[] Excluded = [ItemStatus.Declined, ItemStatus.Cancelled];
    static readonly ItemStatus[] InPipeline = [ItemStatus.Prioritised, ItemStatus.Assigned, ItemStatus.Realising];

    public static decimal Realised(DashboardEntry e) => e.Realisations.Sum(r => r.AmountTkr);

    public static decimal Recurring(DashboardEntry e) => e.Realisations.Where(r => r.Recurring).Sum(r => r.AmountTkr);

    /// <summary>The current estimate of every item that is not declined or cancelled.</summary>
    public static decimal Estimated(DashboardEntry e) => Excluded.Contains(e.Status) ? 0 : e.EstimatedSavingTkr ?? 0;

    /// <summary>Decided on but not yet seen: estimate minus realised, never below zero per item.</summary>
    public static decimal Pipeline(DashboardEntry e) =>
        InPipeline.Contains(e.Status) ? Math.Max(0, (e.EstimatedSavingTkr ?? 0) - Realised(e)) : 0;

    public static bool IsOpen(DashboardEntry e) => !Excluded.Contains(e.Status);

    /// <summary>The estimate's state, counted for open pieces of work only.</summary>
    public static EstimateState? OpenEstimate(DashboardEntry e) =>
        IsOpen(e) ? Item.EstimateOf(e.EstimatedSavingTkr, e.NotQuantified) : null;

    public static Figures FiguresOf(DashboardEntry e) => new(Realised(e), Estimated(e), Pipeline(e), 1);

    /// <summary>Whether a measure is counted with the investigation that is the same work.</summary>
    public static bool CountedWith(DashboardEntry measure, DashboardEntry? other) =>
        measure.Kind == ItemKind.Measure && measure.SameWorkAs is not null && other?.Kind == ItemKind.Investigation;

    /// <summary>
    /// A measure that is the same work as an investigation is counted once, with it: the pair takes the
    /// investigation's status (its latest decision), the measure's estimate where the investigation has
    /// none, and both their realisations. Measures are merged in the order of their ids.
    /// </summary>
    public static DashboardEntry Merge(DashboardEntry piece, DashboardEntry measure) => piece with
    {
        EstimatedSavingTkr = piece.EstimatedSavingTkr ?? measure.EstimatedSavingTkr,
        NotQuantified = piece.EstimatedSavingTkr is null && measure.EstimatedSavingTkr is null && (piece.NotQuantified || measure.NotQuantified),
        Category = piece.Category ?? measure.Category,
        Horizon = piece.Horizon ?? measure.Horizon,
        Realisations = piece.Realisations.AddRange(measure.Realisations),
    };

    /// <summary>The pieces of work the figures count: every item, with each measure that is the same work as an investigation merged into it.</summary>
    public static IReadOnlyList<DashboardEntry> Pieces(DashboardView view)
    {
        bool CountedWithOther(DashboardEntry e) => CountedWith(e, e.SameWorkAs is { } other ? view.Items.GetValueOrDefault(other) : null);
        var measures = view.Items.Where(i => CountedWithOther(i.Value)).OrderBy(i => i.Key).ToLookup(i => i.Value.SameWorkAs!.Value, i => i.Value);
        var pieces = new List<DashboardEntry>(view.Items.Count);
        foreach (var (id, e) in view.Items)
        {
            if (CountedWithOther(e)) continue;
            pieces.Add(measures[id].Aggregate(e, Merge));
        }
        return pieces;
    }

    /// <summary>The straightforward recomputation: every figure summed again over every piece of work.</summary>
    public static DashboardSummary Summarise(DashboardView view)
    {
        var items = Pieces(view);
        IReadOnlyDictionary<string, Figures> By(Func<DashboardEntry, string> key) =>
            items.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Sum(g));
        static Figures Sum(IEnumerable<DashboardEntry> entries) =>
            entries.Select(FiguresOf).Aggregate(new Figures(0, 0, 0, 0), (a, b) => a.Plus(b, 1));

        return Canonical(new DashboardSummary(
            view.Plan.AmbitionTkr,
            RealisedTkr: items.Sum(Realised),
            RecurringTkr: items.Sum(Recurring),
            EstimatedTkr: items.Sum(Estimated),
            PipelineTkr: items.Sum(Pipeline),
            TooEarlyCount: items.Count(i => OpenEstimate(i) == EstimateState.TooEarly),
            NotQuantifiedCount: items.Count(i => OpenEstimate(i) == EstimateState.NotQuantified),
            EstimatedCount: items.Count(i => OpenEstimate(i) == EstimateState.Amount),
            CountedOnceCount: view.Items.Count - items.Count,
            ByStatus: Enum.GetValues<ItemStatus>().ToDictionary(Json.Name, s => items.Count(i => i.Status == s)),
            ByCommittee: By(i => i.Committee),
            ByYear: Years(items.SelectMany(i => i.Realisations).GroupBy(r => r.Year).Select(g => (g.Key, g.Sum(r => r.AmountTkr)))),
            ByKind: Enum.GetValues<ItemKind>().ToDictionary(Json.Name, k => Sum(items.Where(i => i.Kind == k))),
            ByCategory: By(i => i.Category ?? None),
            ByHorizon: By(i => i.Horizon ?? None),
            Buffers: Buffers(view.Plan)));
    }

    /// <summary>The summary from the tally the dashboard keeps: as many steps as there are groups, however many items.</summary>
    public static DashboardSummary Summarise(DashboardTotals totals)
    {
        var t = totals.Tally;
        IReadOnlyDictionary<string, Figures> Sorted(ImmutableDictionary<string, Figures> groups) =>
            groups.OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Value);
        return Canonical(new DashboardSummary(
            totals.Plan.AmbitionTkr,
            t.RealisedTkr,
            t.RecurringTkr,
            t.EstimatedTkr,
            t.PipelineTkr,
            t.TooEarlyCount,
            t.NotQuantifiedCount,
            t.EstimatedCount,
            t.Items - t.Pieces,
            Enum.GetValues<ItemStatus>().ToDictionary(Json.Name, s => t.ByStatus.GetValueOrDefault(Json.Name(s))),
            Sorted(t.ByCommittee),
            Years(t.ByYear.Select(y => (y.Key, y.Value.RealisedTkr))),
            Enum.GetValues<ItemKind>().ToDictionary(Json.Name, k => t.ByKind.GetValueOrDefault(Json.Name(k)) ?? new Figures(0, 0, 0, 0)),
            Sorted(t.ByCategory),
            Sorted(t.ByHorizon),
            Buffers(totals.Plan)));
    }

    static List<YearFigures> Years(IEnumerable<(int Year, decimal RealisedTkr)> years)
    {
        var byYear = new List<YearFigures>();
        foreach (var (year, realised) in years.OrderBy(y => y.Year))
            byYear.Add(new YearFigures(year, realised, (byYear.LastOrDefault()?.CumulativeTkr ?? 0) + realised));
        return byYear;
    }

    /// <summary>
    /// Every amount without trailing zeros: a sum kept by adding and taking away (1.50 − 0.50 = 1.00)
    /// and the same sum made afresh (1) are one figure, and print as one.
    /// </summary>
    static DashboardSummary Canonical(DashboardSummary s)
    {
        static Figures F(Figures f) => new(N(f.RealisedTkr), N(f.EstimatedTkr), N(f.PipelineTkr), f.Count);
        static IReadOnlyDictionary<string, Figures> D(IReadOnlyDictionary<string, Figures> d) => d.ToDictionary(x => x.Key, x => F(x.Value));
        return s with
        {
            AmbitionTkr = N(s.AmbitionTkr),
            RealisedTkr = N(s.RealisedTkr),
            RecurringTkr = N(s.RecurringTkr),
            EstimatedTkr = N(s.EstimatedTkr),
            PipelineTkr = N(s.PipelineTkr),
            ByCommittee = D(s.ByCommittee),
            ByYear = s.ByYear.Select(y => new YearFigures(y.Year, N(y.RealisedTkr), N(y.CumulativeTkr))).ToList(),
            ByKind = D(s.ByKind),
            ByCategory = D(s.ByCategory),
            ByHorizon = D(s.ByHorizon),
        };
    }

    /// <summary>The same value at its smallest scale (1.500 → 1.5, 2.0 → 2).</summary>
    public static decimal N(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Each nämnd's buffer for the year of the kommunbidrag shown, beside what it budgeted for that same year.</summary>
    public static BufferSummary Buffers(DashboardPlan plan)
    {
        var budgets = plan.Allocations is { } allocations
            ? plan.BudgetedBuffersByYear.GetValueOrDefault(allocations.Year, ImmutableDictionary<string, decimal>.Empty)
            : ImmutableDictionary<string, decimal>.Empty;
        var committees = (plan.Allocations?.Committees ?? [])
            .Select(a => new CommitteeBuffer(
                a.Committee,
                Committees.All.FirstOrDefault(c => c.Code == a.Committee)?.Name ?? a.Committee,
                a.AllocationTkr,
                Math.Round(a.AllocationTkr * BufferShare, 1),
                budgets.TryGetValue(a.Committee, out var budgeted) ? budgeted : null))
            .ToList();
        return new BufferSummary(
            plan.Allocations?.Year,
            // The plan speaks of the total in whole tkr (30 709 tkr for 2026); each nämnd's share keeps one decimal.
            Math.Round(committees.Sum(c => c.AllocationTkr) * BufferShare, MidpointRounding.AwayFromZero),
            committees.Sum(c => c.BudgetedTkr ?? 0),
            committees,
            committees.Sum(c => c.AllocationTkr),
            plan.AllocationTotal is { } total && total.Year == plan.Allocations?.Year ? total.TotalTkr : null,
            plan.BufferRules?.Rules,
            plan.BufferRules?.Note);
    }
}
