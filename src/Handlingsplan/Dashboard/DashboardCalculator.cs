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
public sealed record BufferSummary(int? Year, decimal TargetTkr, decimal BudgetedTkr, IReadOnlyList<CommitteeBuffer> Committees);

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

    public static DashboardSummary Summarise(DashboardView view)
    {
        var items = view.Items.Values.ToList();
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
            TooEarlyCount: items.Count(i => i.EstimatedSavingTkr is null && !Excluded.Contains(i.Status)),
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
            committees);
    }
}
