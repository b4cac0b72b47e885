using Handlingsplan.Items;
using Handlingsplan.Items.Proposing;
using Handlingsplan.Items.Sharing;
using Handlingsplan.Tenancy;

namespace Handlingsplan.Tests.Tenancy;

/// <summary>The rules of sharing a measure, as pure functions: when it may be shared, what is shared, and how the item records it.</summary>
public sealed class SharingDecisionTests
{
    static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    static Item Measure(ItemStatus status, decimal realised, string? category = "changedResponsibility", ItemKind kind = ItemKind.Measure)
    {
        var proposal = ProposeItemEndpoint.Decide(Kinds.Of(kind), new ProposeItem("T", "Intern text", "KS", category, "shortTerm", 500, null));
        return Item.Next(null, Guid.NewGuid(), proposal, Now)! with { Status = status, RealisedTkr = realised };
    }

    public static TheoryData<ItemStatus, bool> Statuses() => new()
    {
        { ItemStatus.Proposed, false }, { ItemStatus.Prioritised, false }, { ItemStatus.Declined, false }, { ItemStatus.Assigned, false },
        { ItemStatus.Realising, true }, { ItemStatus.Completed, true }, { ItemStatus.Cancelled, false },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void A_measure_with_a_realised_saving_may_be_shared_under_way_or_completed_only(ItemStatus status, bool allowed)
    {
        var step = ShareMeasureStep.Step;
        Assert.Equal(allowed, Handlingsplan.Items.Lifecycle.IsAllowed(Measure(status, 120), step));
        Assert.False(Handlingsplan.Items.Lifecycle.IsAllowed(Measure(status, 0), step));
        Assert.False(Handlingsplan.Items.Lifecycle.IsAllowed(Measure(status, 120, category: null), step));
        Assert.False(Handlingsplan.Items.Lifecycle.IsAllowed(Measure(status, 120, kind: ItemKind.Shift), step));
        // Beside the lifecycle: never among the next steps.
        Assert.DoesNotContain("share", Measure(status, 120).AllowedSteps);
    }

    [Fact]
    public void Each_refusal_says_why_in_swedish()
    {
        Assert.Contains("under genomförande eller slutförd", Handlingsplan.Items.Lifecycle.Check(Measure(ItemStatus.Assigned, 0), ShareMeasureStep.Step)!.Message);
        Assert.Contains("ingen realiserad besparing", Handlingsplan.Items.Lifecycle.Check(Measure(ItemStatus.Realising, 0), ShareMeasureStep.Step)!.Message);
        Assert.Contains("saknar kategori", Handlingsplan.Items.Lifecycle.Check(Measure(ItemStatus.Completed, 10, category: " "), ShareMeasureStep.Step)!.Message);
        Assert.Contains("förflyttningen", Handlingsplan.Items.Lifecycle.Check(Measure(ItemStatus.Realising, 10, kind: ItemKind.Shift), ShareMeasureStep.Step)!.Message);
        Assert.Contains("delas inte", Handlingsplan.Items.Lifecycle.Check(Measure(ItemStatus.Completed, 10), WithdrawSharingStep.Step)!.Message);
    }

    [Fact]
    public void What_is_shared_is_the_approved_text_and_the_figures_as_they_stand_and_a_withdrawal_clears_it()
    {
        var item = Measure(ItemStatus.Realising, 834) with { EstimatedSavingTkr = 900 };
        var shared = ShareMeasureStep.Decide(new ShareMeasure("  Skolskjutsar samordnas.  ", true, 3), item, Now);
        Assert.Equal(new MeasureShared("Skolskjutsar samordnas.", "changedResponsibility", "shortTerm", 834, 900, Now), shared);

        var after = Item.Next(item, item.Id, shared, Now)!;
        Assert.Equal(new SharedWithPeers("Skolskjutsar samordnas.", "changedResponsibility", "shortTerm", 834, 900, Now), after.Shared);
        Assert.Equal(ItemStatus.Realising, after.Status);
        Assert.Null(ShareMeasureStep.ChangedSinceShared(after));
        Assert.Contains("Dela igen", ShareMeasureStep.ChangedSinceShared(after with { RealisedTkr = 900 }));
        Assert.True(Handlingsplan.Items.Lifecycle.IsAllowed(after, WithdrawSharingStep.Step));

        var withdrawn = Item.Next(after, item.Id, WithdrawSharingStep.Decide(new WithdrawSharing("  ", 4), Now), Now)!;
        Assert.Null(withdrawn.Shared);
        Assert.False(Handlingsplan.Items.Lifecycle.IsAllowed(withdrawn, WithdrawSharingStep.Step));
    }

    [Fact]
    public void The_shared_copy_holds_the_municipality_and_the_event_s_figures_and_an_id_that_is_not_the_item_s()
    {
        var itemId = Guid.NewGuid();
        var lerum = new Municipality { Id = "lerum", Name = "Lerums kommun" };
        var shared = new MeasureShared("Text", "Effektivisering", "2026", 834, null, Now);
        var copy = SharedMeasure.Of(lerum, itemId, shared);

        Assert.Equal(("lerum", "Lerums kommun", "Effektivisering", "2026", 834m, (decimal?)null, "Text", Now),
            (copy.MunicipalityCode, copy.MunicipalityName, copy.Category, copy.Horizon, copy.RealisedTkr, copy.EstimatedSavingTkr, copy.Text, copy.SharedAt));
        Assert.NotEqual(itemId, copy.Id);
        Assert.Equal(copy.Id, SharedMeasure.IdFor(lerum, itemId));
        Assert.NotEqual(copy.Id, SharedMeasure.IdFor(Municipalities.Default, itemId));
    }

    [Theory]
    [InlineData("Effektivisering", "EFFEKTIVISERING", true)]
    [InlineData("förändrat ansvar", " FÖRÄNDRAT ANSVAR ", true)]
    [InlineData("changedResponsibility", "changedresponsibility", true)]
    [InlineData("operationalChange", "changedResponsibility", false)]
    [InlineData("Effektivisering", null, false)]
    [InlineData(" ", " ", false)]
    public void Categories_match_ignoring_case_as_swedish_has_it(string? a, string? b, bool same) =>
        Assert.Equal(same, PeerMeasures.SameCategory(a, b));
}
