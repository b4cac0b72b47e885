using Handlingsplan.Investigations;
using Handlingsplan.Investigations.Concluding;
using Handlingsplan.Items;
using Handlingsplan.Items.Assigning;
using Handlingsplan.Items.Closing;
using Handlingsplan.Items.Deciding;
using Handlingsplan.Items.FollowingUp;
using Handlingsplan.Items.Linking;
using Handlingsplan.Items.Proposing;
using Handlingsplan.Items.Realising;
using Handlingsplan.Items.Revising;
using Handlingsplan.Measures;
using Handlingsplan.Shifts;

namespace Handlingsplan.Tests.Lifecycle;

/// <summary>Given an item in a status, when a step is decided, then these events or this refusal: every kind, status and step.</summary>
public sealed class LifecycleDecisionTests
{
    static readonly DateTimeOffset Now = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The specification, written out independently of the implementation's table.</summary>
    static readonly Dictionary<ItemStatus, string[]> Legal = new()
    {
        [ItemStatus.Proposed] = ["prioritise", "decline", "revise", "follow-up", "cancel", "propose-measure"],
        [ItemStatus.Prioritised] = ["assign", "revise", "follow-up", "cancel", "propose-measure"],
        [ItemStatus.Assigned] = ["realise", "revise", "follow-up", "complete", "cancel", "conclude", "propose-measure"],
        [ItemStatus.Realising] = ["realise", "revise", "follow-up", "complete", "cancel", "conclude", "propose-measure"],
        [ItemStatus.Declined] = [],
        [ItemStatus.Completed] = [],
        [ItemStatus.Cancelled] = [],
    };

    static readonly Dictionary<string, ItemKind[]> OnlyFor = new()
    {
        ["conclude"] = [ItemKind.Investigation],
        ["propose-measure"] = [ItemKind.Shift, ItemKind.Investigation],
    };

    static readonly Dictionary<string, (Func<Item, Decision> Decide, Type Event)> Steps = new()
    {
        ["prioritise"] = (i => PrioritiseOrDeclineEndpoints.Prioritise(i, new DecideOnItem("KS 2024-09-02 § 123", "r", 1)), typeof(ItemPrioritised)),
        ["decline"] = (i => PrioritiseOrDeclineEndpoints.Decline(i, new DecideOnItem("KS 2024-09-02 § 124", "r", 1)), typeof(ItemDeclined)),
        ["assign"] = (i => AssignEndpoint.Decide(i, new Assign("Socialförvaltningen", "Förvaltningschef", "2026-01-31", 1)), typeof(ItemAssigned)),
        ["realise"] = (i => RealiseSavingEndpoint.Decide(i, new RealiseSaving(100, 2025, true, null, 1), Now), typeof(SavingRealised)),
        ["revise"] = (i => ReviseEstimateEndpoint.Decide(i, new ReviseEstimate(null, "för tidigt", 1)), typeof(EstimateRevised)),
        ["follow-up"] = (i => RecordFollowUpEndpoint.Decide(i, new RecordFollowUp("Följt upp", 1), Now), typeof(FollowUpRecorded)),
        ["complete"] = (i => CompleteOrCancelEndpoints.Complete(i, new CloseItem("klar", 1)), typeof(ItemCompleted)),
        ["cancel"] = (i => CompleteOrCancelEndpoints.Cancel(i, new CloseItem("inaktuell", 1)), typeof(ItemCancelled)),
        ["conclude"] = (i => ConcludeEndpoint.Decide(i, new Conclude("Slutsatser", 1), Now), typeof(InvestigationConcluded)),
        ["propose-measure"] = (i => ProposeLinkedMeasureEndpoint.Decide(i, Guid.NewGuid(), new ProposeItem("Ny åtgärd", null, "SN", null, null, 50, null)), typeof(MeasureLinked)),
    };

    static Item ItemOf(ItemKind kind, ItemStatus status)
    {
        var proposal = ProposeItemEndpoint.Decide(kind, new ProposeItem("T", null, "KS", null, null, 500, null));
        Item item = kind switch
        {
            ItemKind.Measure => Measure.Start(Guid.NewGuid(), proposal, Now)!,
            ItemKind.Shift => Shift.Start(Guid.NewGuid(), proposal, Now)!,
            _ => Investigation.Start(Guid.NewGuid(), proposal, Now)!,
        };
        return item with { Status = status };
    }

    public static TheoryData<ItemKind, ItemStatus, string> AllCombinations()
    {
        var data = new TheoryData<ItemKind, ItemStatus, string>();
        foreach (var kind in Enum.GetValues<ItemKind>())
        foreach (var status in Enum.GetValues<ItemStatus>())
        foreach (var step in Steps.Keys)
            data.Add(kind, status, step);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void A_step_is_accepted_exactly_when_the_lifecycle_allows_it(ItemKind kind, ItemStatus status, string step)
    {
        var legal = Legal[status].Contains(step) && (!OnlyFor.TryGetValue(step, out var kinds) || kinds.Contains(kind));
        var (decide, eventType) = Steps[step];

        var decision = decide(ItemOf(kind, status));

        if (legal)
        {
            Assert.Null(decision.Refusal);
            Assert.IsType(eventType, Assert.Single(decision.Events));
        }
        else
        {
            Assert.Empty(decision.Events);
            Assert.Empty(decision.Starts);
            Assert.NotNull(decision.Refusal);
            Assert.Equal(status, decision.Refusal!.CurrentStatus);
        }
    }

    [Fact]
    public void A_refusal_names_the_current_status_and_the_steps_allowed_from_it_in_swedish()
    {
        var decision = RealiseSavingEndpoint.Decide(ItemOf(ItemKind.Measure, ItemStatus.Proposed), new RealiseSaving(100, 2025, true, null, 1), Now);

        Assert.Equal("Det går inte att registrera en besparing när åtgärden är föreslagen. Möjliga steg nu: prioritera, avslå (inte prioritera), revidera bedömningen, anteckna en uppföljning, avbryta.",
            decision.Refusal!.Message);
    }

    [Fact]
    public void A_closed_item_says_no_further_steps_are_possible()
    {
        var decision = CompleteOrCancelEndpoints.Cancel(ItemOf(ItemKind.Shift, ItemStatus.Completed), new CloseItem(null, 1));
        Assert.Contains("förflyttningen är slutförd", decision.Refusal!.Message);
        Assert.Contains("Inga fler steg", decision.Refusal.Message);
    }

    [Fact]
    public void An_investigation_is_concluded_only_once()
    {
        var item = (Investigation)ItemOf(ItemKind.Investigation, ItemStatus.Assigned) with { Findings = "Redan klart" };
        var decision = ConcludeEndpoint.Decide(item, new Conclude("Igen", 1), Now);
        Assert.NotNull(decision.Refusal);
    }

    [Fact]
    public void Proposing_a_measure_from_a_shift_starts_the_measure_with_its_origin()
    {
        var shift = ItemOf(ItemKind.Shift, ItemStatus.Prioritised);
        var measureId = Guid.NewGuid();

        var decision = ProposeLinkedMeasureEndpoint.Decide(shift, measureId, new ProposeItem("Ny åtgärd", null, "SN", null, null, 50, null));

        Assert.Equal(new MeasureLinked(measureId, "Ny åtgärd"), Assert.Single(decision.Events));
        var start = Assert.Single(decision.Starts);
        Assert.Equal((typeof(Measure), measureId), (start.AggregateType, start.Id));
        Assert.Equal(new ItemLink(ItemKind.Shift, shift.Id, shift.Title), Assert.IsType<MeasureProposed>(start.Event).Origin);
    }

    [Fact]
    public void Each_event_moves_the_status_as_the_lifecycle_says_and_keeps_the_facts()
    {
        var item = ItemOf(ItemKind.Measure, ItemStatus.Proposed);
        object[] history =
        [
            new ItemPrioritised("KS 2024-09-02 § 123", null),
            new ItemAssigned("Socialförvaltningen", "Förvaltningschef", new DateOnly(2026, 1, 31)),
            new SavingRealised(100, 2025, true, null, Now),
            new EstimateRevised(null, "osäkert"),
            new SavingRealised(50, 2026, false, null, Now),
            new FollowUpRecorded("Följt upp", Now),
            new ItemCompleted("klar"),
        ];
        var statuses = new List<ItemStatus>();
        foreach (var e in history)
        {
            item = Handlingsplan.Items.Lifecycle.Evolve(item, e);
            statuses.Add(item.Status);
        }

        Assert.Equal([ItemStatus.Prioritised, ItemStatus.Assigned, ItemStatus.Realising, ItemStatus.Realising, ItemStatus.Realising, ItemStatus.Realising, ItemStatus.Completed], statuses);
        Assert.Equal(150m, item.RealisedTkr);
        Assert.Null(item.EstimatedSavingTkr);
        Assert.Equal("Socialförvaltningen", item.Department);
        Assert.Equal("KS 2024-09-02 § 123", item.DecisionReference);
        Assert.Single(item.FollowUps);
    }

    [Fact]
    public void Evolving_never_mutates_the_item_it_was_given()
    {
        var item = ItemOf(ItemKind.Measure, ItemStatus.Assigned);
        _ = Handlingsplan.Items.Lifecycle.Evolve(item, new SavingRealised(100, 2025, true, null, Now));
        Assert.Equal(0m, item.RealisedTkr);
        Assert.Equal(ItemStatus.Assigned, item.Status);
    }
}
