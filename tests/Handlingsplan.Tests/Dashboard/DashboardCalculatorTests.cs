using Handlingsplan.Dashboard;
using Handlingsplan.Items;
using Handlingsplan.Plan;

namespace Handlingsplan.Tests.Dashboard;

public sealed class DashboardCalculatorTests
{
    static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    static DashboardView Given(params (Guid Stream, object Event)[] events) =>
        events.Aggregate(new DashboardView(), (view, e) => DashboardView.Apply(view, e.Stream, e.Event));

    static MeasureProposed Proposed(string committee, decimal? estimate) =>
        new() { Title = "T", Committee = committee, EstimatedSavingTkr = estimate };

    [Fact]
    public void The_ambition_is_what_the_plan_adopted()
    {
        var view = Given((Guid.NewGuid(), new ActionPlanAdopted("Plan", "KS 2023-12-11 § 217", 100000)));
        Assert.Equal(100000m, DashboardCalculator.Summarise(view).AmbitionTkr);
    }

    [Fact]
    public void Pipeline_is_never_negative_per_item()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var view = Given(
            (a, Proposed("SN", 100)),
            (a, new SavingRealised(250, 2025, true, null, Now)),
            (b, Proposed("SN", 400)),
            (b, new SavingRealised(100, 2025, true, null, Now)));

        var summary = DashboardCalculator.Summarise(view);

        Assert.Equal(300m, summary.PipelineTkr);
        Assert.Equal(350m, summary.RealisedTkr);
    }

    [Fact]
    public void Items_too_early_to_judge_are_counted_and_add_nothing_to_the_estimate()
    {
        var view = Given((Guid.NewGuid(), Proposed("KS", null)), (Guid.NewGuid(), Proposed("KS", 300)));

        var summary = DashboardCalculator.Summarise(view);

        Assert.Equal(1, summary.TooEarlyCount);
        Assert.Equal(300m, summary.EstimatedTkr);
        // Proposed items are not decided on yet, so they are not in the pipeline.
        Assert.Equal(0m, summary.PipelineTkr);
        Assert.Equal(2, summary.ByStatus["proposed"]);
    }

    [Fact]
    public void By_year_is_cumulative_and_recurring_counts_only_recurring_realisations()
    {
        var a = Guid.NewGuid();
        var view = Given(
            (a, Proposed("TN", 1000)),
            (a, new SavingRealised(100, 2026, false, null, Now)),
            (a, new SavingRealised(200, 2025, true, null, Now)));

        var summary = DashboardCalculator.Summarise(view);

        Assert.Equal([new YearFigures(2025, 200, 200), new YearFigures(2026, 100, 300)], summary.ByYear);
        Assert.Equal(200m, summary.RecurringTkr);
    }

    [Fact]
    public void Events_of_unknown_streams_leave_the_view_unchanged()
    {
        var view = Given((Guid.NewGuid(), new SavingRealised(100, 2025, true, null, Now)));
        Assert.Equal(0m, DashboardCalculator.Summarise(view).RealisedTkr);
    }
}
