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
    IReadOnlyDictionary<string, CommitteeFigures> ByCommittee,
    IReadOnlyList<YearFigures> ByYear,
    IReadOnlyDictionary<string, KindFigures> ByKind);

public sealed record CommitteeFigures(decimal RealisedTkr, decimal EstimatedTkr, decimal PipelineTkr, int Count);

public sealed record YearFigures(int Year, decimal RealisedTkr, decimal CumulativeTkr);

public sealed record KindFigures(decimal RealisedTkr, decimal EstimatedTkr, decimal PipelineTkr, int Count);

/// <summary>The savings rules of the brief, as pure functions over the dashboard view.</summary>
public static class DashboardCalculator
{
    static readonly ItemStatus[] Excluded = [ItemStatus.Declined, ItemStatus.Cancelled];
    static readonly ItemStatus[] InPipeline = [ItemStatus.Prioritised, ItemStatus.Assigned, ItemStatus.Realising];

    public static decimal Realised(DashboardEntry e) => e.Realisations.Sum(r => r.AmountTkr);

    /// <summary>The current estimate of every item that is not declined or cancelled.</summary>
    public static decimal Estimated(DashboardEntry e) => Excluded.Contains(e.Status) ? 0 : e.EstimatedSavingTkr ?? 0;

    /// <summary>Decided on but not yet seen: estimate minus realised, never below zero per item.</summary>
    public static decimal Pipeline(DashboardEntry e) =>
        InPipeline.Contains(e.Status) ? Math.Max(0, (e.EstimatedSavingTkr ?? 0) - Realised(e)) : 0;

    public static DashboardSummary Summarise(DashboardView view)
    {
        var items = view.Items.Values.ToList();
        var byYear = items.SelectMany(i => i.Realisations)
            .GroupBy(r => r.Year)
            .OrderBy(g => g.Key)
            .Select(g => (Year: g.Key, Realised: g.Sum(r => r.AmountTkr)))
            .ToList();
        var cumulative = 0m;

        return new DashboardSummary(
            view.AmbitionTkr,
            RealisedTkr: items.Sum(Realised),
            RecurringTkr: items.SelectMany(i => i.Realisations).Where(r => r.Recurring).Sum(r => r.AmountTkr),
            EstimatedTkr: items.Sum(Estimated),
            PipelineTkr: items.Sum(Pipeline),
            TooEarlyCount: items.Count(i => i.EstimatedSavingTkr is null && !Excluded.Contains(i.Status)),
            ByStatus: Enum.GetValues<ItemStatus>().ToDictionary(Json.Name, s => items.Count(i => i.Status == s)),
            ByCommittee: items.GroupBy(i => i.Committee).OrderBy(g => g.Key).ToDictionary(
                g => g.Key,
                g => new CommitteeFigures(g.Sum(Realised), g.Sum(Estimated), g.Sum(Pipeline), g.Count())),
            ByYear: byYear.Select(y => new YearFigures(y.Year, y.Realised, cumulative += y.Realised)).ToList(),
            ByKind: Enum.GetValues<ItemKind>().ToDictionary(Json.Name, k =>
            {
                var ofKind = items.Where(i => i.Kind == k).ToList();
                return new KindFigures(ofKind.Sum(Realised), ofKind.Sum(Estimated), ofKind.Sum(Pipeline), ofKind.Count);
            }));
    }
}
