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
public sealed record Figures(decimal RealisedTkr, decimal EstimatedTkr, decimal PipelineTkr, int Count);

public sealed record YearFigures(int Year, decimal RealisedTkr, decimal CumulativeTkr);

/// <summary>Each nämnd's buffer target (1 % of its kommunbidrag) beside what it has budgeted.</summary>
/// <param name="AllocationTkr">The sum of the nämnder's kommunbidrag.</param>
/// <param name="PrintedAllocationTkr">"Summa kommunbidrag" as the budget prints it, which may differ from the sum of its rounded parts.</param>
public sealed record BufferSummary(
    int? Year, decimal TargetTkr, decimal BudgetedTkr, IReadOnlyList<CommitteeBuffer> Committees,
    decimal AllocationTkr = 0, decimal? PrintedAllocationTkr = null, IReadOnlyList<Plan.BufferRule>? Rules = null, string? RulesNote = null);

public sealed record CommitteeBuffer(string Committee, string Name, decimal AllocationTkr, decimal TargetTkr, decimal? BudgetedTkr);

/// <summary>The savings rules of the brief, as pure functions over the dashboard view.</summary>
public static class DashboardCalculator
{
    public const decimal BufferShare = 0.01m;
    /// <summary>Items without a category or horizon (the handlingsplan's own measures) are grouped under this key.</summary>
    public const string None = "none";

    static readonly ItemStatus[] Excluded = [ItemStatus.Declined, ItemStatus.Cancelled];
    static readonly ItemStatus[] InPipeline = [ItemStatus.Prioritised, ItemStatus.Assigned, ItemStatus.Realising];

    public static decimal Realised(DashboardEntry e) => e.Realisations.Sum(r => r.AmountTkr);

    /// <summary>The current estimate of every item that is not declined or cancelled.</summary>
    public static decimal Estimated(DashboardEntry e) => Excluded.Contains(e.Status) ? 0 : e.EstimatedSavingTkr ?? 0;

    /// <summary>Decided on but not yet seen: estimate minus realised, never below zero per item.</summary>
    public static decimal Pipeline(DashboardEntry e) =>
        InPipeline.Contains(e.Status) ? Math.Max(0, (e.EstimatedSavingTkr ?? 0) - Realised(e)) : 0;

    public static Figures FiguresOf(IEnumerable<DashboardEntry> entries)
    {
        var list = entries as IReadOnlyCollection<DashboardEntry> ?? entries.ToList();
        return new Figures(list.Sum(Realised), list.Sum(Estimated), list.Sum(Pipeline), list.Count);
    }

    static IReadOnlyDictionary<string, Figures> By(IEnumerable<DashboardEntry> items, Func<DashboardEntry, string> key) =>
        items.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, FiguresOf);

    static bool IsOpen(DashboardEntry e) => !Excluded.Contains(e.Status);

    /// <summary>
    /// The pieces of work the figures count: every item, except that a measure which is the same work
    /// as an investigation is counted once, with it. The pair takes the investigation's status (its
    /// latest decision), the measure's estimate where the investigation has none, and both their realisations.
    /// </summary>
    public static IReadOnlyList<DashboardEntry> Pieces(DashboardView view)
    {
        bool CountedWithOther(DashboardEntry e) =>
            e.Kind == ItemKind.Measure && e.SameWorkAs is { } other && view.Items.TryGetValue(other, out var o) && o.Kind == ItemKind.Investigation;
        var measures = view.Items.Values.Where(CountedWithOther).ToLookup(e => e.SameWorkAs!.Value);
        var pieces = new List<DashboardEntry>(view.Items.Count);
        foreach (var (id, e) in view.Items)
        {
            if (CountedWithOther(e)) continue;
            var piece = e;
            foreach (var m in measures[id])
            {
                piece = piece with
                {
                    EstimatedSavingTkr = piece.EstimatedSavingTkr ?? m.EstimatedSavingTkr,
                    NotQuantified = piece.EstimatedSavingTkr is null && m.EstimatedSavingTkr is null && (piece.NotQuantified || m.NotQuantified),
                    Category = piece.Category ?? m.Category,
                    Horizon = piece.Horizon ?? m.Horizon,
                    Realisations = piece.Realisations.AddRange(m.Realisations),
                };
            }
            pieces.Add(piece);
        }
        return pieces;
    }

    public static DashboardSummary Summarise(DashboardView view)
    {
        var items = Pieces(view);
        var byYear = new List<YearFigures>();
        foreach (var year in items.SelectMany(i => i.Realisations).GroupBy(r => r.Year).OrderBy(g => g.Key))
        {
            var realised = year.Sum(r => r.AmountTkr);
            byYear.Add(new YearFigures(year.Key, realised, (byYear.LastOrDefault()?.CumulativeTkr ?? 0) + realised));
        }

        return new DashboardSummary(
            view.AmbitionTkr,
            RealisedTkr: items.Sum(Realised),
            RecurringTkr: items.SelectMany(i => i.Realisations).Where(r => r.Recurring).Sum(r => r.AmountTkr),
            EstimatedTkr: items.Sum(Estimated),
            PipelineTkr: items.Sum(Pipeline),
            TooEarlyCount: items.Count(i => IsOpen(i) && Item.EstimateOf(i.EstimatedSavingTkr, i.NotQuantified) == EstimateState.TooEarly),
            NotQuantifiedCount: items.Count(i => IsOpen(i) && Item.EstimateOf(i.EstimatedSavingTkr, i.NotQuantified) == EstimateState.NotQuantified),
            EstimatedCount: items.Count(i => IsOpen(i) && i.EstimatedSavingTkr is not null),
            CountedOnceCount: view.Items.Count - items.Count,
            ByStatus: Enum.GetValues<ItemStatus>().ToDictionary(Json.Name, s => items.Count(i => i.Status == s)),
            ByCommittee: By(items, i => i.Committee),
            ByYear: byYear,
            ByKind: Enum.GetValues<ItemKind>().ToDictionary(Json.Name, k => FiguresOf(items.Where(i => i.Kind == k))),
            ByCategory: By(items, i => i.Category ?? None),
            ByHorizon: By(items, i => i.Horizon ?? None),
            Buffers: Buffers(view));
    }

    /// <summary>Each nämnd's buffer for the year of the kommunbidrag shown, beside what it budgeted for that same year.</summary>
    public static BufferSummary Buffers(DashboardView view)
    {
        var budgets = view.Allocations is { } allocations
            ? view.BudgetedBuffersByYear.GetValueOrDefault(allocations.Year, ImmutableDictionary<string, decimal>.Empty)
            : ImmutableDictionary<string, decimal>.Empty;
        var committees = (view.Allocations?.Committees ?? [])
            .Select(a => new CommitteeBuffer(
                a.Committee,
                Committees.All.FirstOrDefault(c => c.Code == a.Committee)?.Name ?? a.Committee,
                a.AllocationTkr,
                Math.Round(a.AllocationTkr * BufferShare, 1),
                budgets.TryGetValue(a.Committee, out var budgeted) ? budgeted : null))
            .ToList();
        return new BufferSummary(
            view.Allocations?.Year,
            // The plan speaks of the total in whole tkr (30 709 tkr for 2026); each nämnd's share keeps one decimal.
            Math.Round(committees.Sum(c => c.AllocationTkr) * BufferShare, MidpointRounding.AwayFromZero),
            committees.Sum(c => c.BudgetedTkr ?? 0),
            committees,
            committees.Sum(c => c.AllocationTkr),
            view.AllocationTotal is { } total && total.Year == view.Allocations?.Year ? total.TotalTkr : null,
            view.BufferRules?.Rules,
            view.BufferRules?.Note);
    }
}
