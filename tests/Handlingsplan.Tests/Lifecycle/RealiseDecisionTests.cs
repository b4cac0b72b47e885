using Handlingsplan.Items;
using Handlingsplan.Items.Realising;
using Handlingsplan.Measures;

namespace Handlingsplan.Tests.Lifecycle;

public sealed class RealiseDecisionTests
{
    static readonly DateTimeOffset Now = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);

    static Measure Proposed(decimal? estimate = 500) =>
        Measure.Start(Guid.NewGuid(), new MeasureProposed(Guid.NewGuid(), "T", null, "KS", null, null, estimate, null, null, null), Now)!;

    [Fact]
    public void Realising_a_proposed_measure_gives_a_saving_realised_event()
    {
        var decision = RealiseSavingEndpoint.Decide(Proposed(), new RealiseSaving(120, 2025, true, "n", 1), Now);

        Assert.Null(decision.Refusal);
        var realised = Assert.IsType<SavingRealised>(Assert.Single(decision.Events));
        Assert.Equal(new SavingRealised(120, 2025, true, "n", Now), realised);
    }

    [Theory]
    [InlineData(ItemStatus.Completed)]
    [InlineData(ItemStatus.Cancelled)]
    [InlineData(ItemStatus.Declined)]
    public void Realising_a_closed_item_is_refused_with_a_swedish_message_naming_the_status(ItemStatus status)
    {
        var item = Proposed() with { Status = status };

        var decision = RealiseSavingEndpoint.Decide(item, new RealiseSaving(120, 2025, true, null, 1), Now);

        Assert.Empty(decision.Events);
        Assert.NotNull(decision.Refusal);
        Assert.Contains(Swedish.Status(status), decision.Refusal!.Message);
        Assert.Equal(status, decision.Refusal.CurrentStatus);
    }

    [Fact]
    public void Evolving_with_realisations_sums_them_and_marks_the_item_realising()
    {
        var item = Proposed();
        item = Items.Lifecycle.Evolve(item, new SavingRealised(100, 2025, true, null, Now));
        item = Items.Lifecycle.Evolve(item, new SavingRealised(50, 2026, false, null, Now));

        Assert.Equal(150m, item.RealisedTkr);
        Assert.Equal(ItemStatus.Realising, item.Status);
        Assert.Equal(2, item.Realisations.Count);
    }

    [Fact]
    public void Evolving_never_mutates_the_item_it_was_given()
    {
        var item = Proposed();
        _ = Items.Lifecycle.Evolve(item, new SavingRealised(100, 2025, true, null, Now));
        Assert.Equal(0m, item.RealisedTkr);
        Assert.Equal(ItemStatus.Proposed, item.Status);
    }
}
