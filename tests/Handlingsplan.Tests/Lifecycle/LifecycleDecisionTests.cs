using Handlingsplan.Items;
using Handlingsplan.Items.Assigning;
using Handlingsplan.Items.Closing;
using Handlingsplan.Items.Concluding;
using Handlingsplan.Items.Deciding;
using Handlingsplan.Items.FollowingUp;
using Handlingsplan.Items.Linking;
using Handlingsplan.Items.Proposing;
using Handlingsplan.Items.Realising;
using Handlingsplan.Items.Reporting;
using Handlingsplan.Items.Revising;

namespace Handlingsplan.Tests.Lifecycle;

/// <summary>Given an item in a status, when a step is decided, then these events or this refusal: every kind, status and step.</summary>
public sealed class LifecycleDecisionTests
{
    static readonly DateTimeOffset Now = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);
    static readonly DateOnly Today = new(2025, 3, 1);

    /// <summary>The specification, written out independently of the implementation's table.</summary>
    static readonly Dictionary<ItemStatus, string[]> Legal = new()
    {
        [ItemStatus.Proposed] = ["prioritise", "decline", "revise", "follow-up", "cancel", "propose-measure", "report-status"],
        [ItemStatus.Prioritised] = ["assign", "revise", "follow-up", "cancel", "propose-measure", "report-status"],
        [ItemStatus.Assigned] = ["realise", "revise", "follow-up", "complete", "cancel", "conclude", "propose-measure", "report-status"],
        [ItemStatus.Realising] = ["realise", "revise", "follow-up", "complete", "cancel", "conclude", "propose-measure", "report-status"],
        [ItemStatus.Declined] = [],
        [ItemStatus.Completed] = [],
        [ItemStatus.Cancelled] = [],
    };

    static readonly Dictionary<string, ItemKind[]> OnlyFor = new()
    {
        ["conclude"] = [ItemKind.Investigation],
        ["propose-measure"] = [ItemKind.Shift, ItemKind.Investigation],
    };

    /// <summary>Each step's description and its pure decision; the guard (<see cref="Handlingsplan.Items.Lifecycle.Check"/>) runs before it.</summary>
    static readonly Dictionary<string, (Step Step, Func<Item, object[]> Decide, Type Event)> Steps = new()
    {
        ["prioritise"] = (Prioritise.Step, _ => Prioritise.Decide(new DecideOnItem("KS 2024-09-02 § 123", "r", 1), Today), typeof(ItemPrioritised)),
        ["decline"] = (Decline.Step, _ => Decline.Decide(new DecideOnItem("KS 2024-09-02 § 124", "r", 1), Today), typeof(ItemDeclined)),
        ["assign"] = (Assign.Step, _ => Assign.Decide(new AssignItem("Socialförvaltningen", "Förvaltningschef", "2026-01-31", 1), Today), typeof(ItemAssigned)),
        ["realise"] = (Realise.Step, _ => Realise.Decide(new RealiseSaving(100, 2025, true, null, 1), Now), typeof(SavingRealised)),
        ["revise"] = (Revise.Step, _ => Revise.Decide(new ReviseEstimate(null, "för tidigt", 1)), typeof(EstimateRevised)),
        ["follow-up"] = (FollowUpStep.Step, _ => FollowUpStep.Decide(new RecordFollowUp("Följt upp", 1), Now), typeof(FollowUpRecorded)),
        ["complete"] = (Complete.Step, _ => Complete.Decide(new CloseItem("klar", 1), Today), typeof(ItemCompleted)),
        ["cancel"] = (Cancel.Step, _ => Cancel.Decide(new CloseItem("inaktuell", 1), Today), typeof(ItemCancelled)),
        ["conclude"] = (Conclude.Step, _ => Conclude.Decide(new ConcludeInvestigation("Slutsatser", 1), Now), typeof(InvestigationConcluded)),
        ["report-status"] = (ReportStatus.Step, _ => ReportStatus.Decide(new ReportStatusCommand(Period.Id, "onTrack", "Enligt plan", null, 1), Period, Now), typeof(StatusReported)),
        ["propose-measure"] = (ProposeMeasure.Step, i => ProposeMeasure.Decide(i, Guid.NewGuid(), new ProposeItem("Ny åtgärd", null, "SN", null, null, 50, null)).OnOrigin, typeof(MeasureLinked)),
    };

    static readonly ReportingPeriod Period = ReportingPeriod.Create(new ReportingPeriodOpened("Tertial 1 2025", new DateOnly(2025, 5, 15), Now)) with { Id = Guid.NewGuid() };

    [Fact]
    public void A_status_report_after_the_deadline_s_swedish_day_is_marked_late()
    {
        var command = new ReportStatusCommand(Period.Id, "atRisk", "Försenad", 120, 1);
        // 23:30 UTC on the deadline is already the next day in Sweden.
        var onTheDay = new DateTimeOffset(2025, 5, 15, 21, 0, 0, TimeSpan.Zero);
        var nextDayInSweden = new DateTimeOffset(2025, 5, 15, 23, 30, 0, TimeSpan.Zero);

        Assert.False(((StatusReported)ReportStatus.Decide(command, Period, onTheDay).Single()).Late);
        var late = (StatusReported)ReportStatus.Decide(command, Period, nextDayInSweden).Single();
        Assert.True(late.Late);
        Assert.Equal((Period.Id, "Tertial 1 2025", ReportedStatus.AtRisk, 120m), (late.PeriodId, late.Period, late.Status, late.RealisedTkrSoFar!.Value));
        Assert.Equal("Statusrapport Tertial 1 2025: Risk för avvikelse – Försenad Realiserat hittills 120 tkr. (sen, sista dag var 2025-05-15)", ReportStatus.Line(late));
    }

    static Item ItemOf(ItemKind kind, ItemStatus status)
    {
        var proposal = ProposeItemEndpoint.Decide(Kinds.Of(kind), new ProposeItem("T", null, "KS", null, null, 500, null));
        return Item.Next(null, Guid.NewGuid(), proposal, Now)! with { Status = status };
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
        var (description, decide, eventType) = Steps[step];
        var item = ItemOf(kind, status);

        var refusal = Handlingsplan.Items.Lifecycle.Check(item, description);

        Assert.Equal(legal, Handlingsplan.Items.Lifecycle.StepsFrom(item).Contains(description));
        Assert.Equal(legal, item.AllowedSteps.Contains(description.Name));
        if (legal)
        {
            Assert.Null(refusal);
            Assert.IsType(eventType, Assert.Single(decide(item)));
        }
        else
        {
            Assert.NotNull(refusal);
            Assert.Equal(status, refusal!.CurrentStatus);
            Assert.DoesNotContain(description.Name, refusal.AllowedSteps);
        }
    }

    [Fact]
    public void A_refusal_names_the_current_status_and_the_steps_allowed_from_it_in_swedish()
    {
        var refusal = Handlingsplan.Items.Lifecycle.Check(ItemOf(ItemKind.Measure, ItemStatus.Proposed), Realise.Step);

        Assert.Equal("Det går inte att registrera en besparing när åtgärden är föreslagen. Möjliga steg nu: prioritera, avslå (inte prioritera), revidera bedömningen, anteckna en uppföljning, avbryta, rätta bedömningen, rapportera status.",
            refusal!.Message);
    }

    [Fact]
    public void A_closed_item_says_no_further_steps_are_possible()
    {
        var refusal = Handlingsplan.Items.Lifecycle.Check(ItemOf(ItemKind.Shift, ItemStatus.Completed), Cancel.Step);
        Assert.Contains("förflyttningen är slutförd", refusal!.Message);
        Assert.Contains("Inga fler steg", refusal.Message);
    }

    [Fact]
    public void An_investigation_is_concluded_only_once()
    {
        var item = ItemOf(ItemKind.Investigation, ItemStatus.Assigned) with { Findings = "Redan klart" };

        var refusal = Handlingsplan.Items.Lifecycle.Check(item, Conclude.Step);

        Assert.Equal("Utredningen är redan avslutad med slutsatser. Anteckna en uppföljning om något har tillkommit.", refusal!.Message);
        // The item page and the API offer only what the server accepts.
        Assert.DoesNotContain("conclude", item.AllowedSteps);
        Assert.Contains("followUp", item.AllowedSteps);
    }

    [Fact]
    public void Proposing_a_measure_from_a_shift_starts_the_measure_with_its_origin()
    {
        var shift = ItemOf(ItemKind.Shift, ItemStatus.Prioritised);
        var measureId = Guid.NewGuid();

        var (measure, onOrigin) = ProposeMeasure.Decide(shift, measureId, new ProposeItem("Ny åtgärd", null, "SN", null, null, 50, null));

        Assert.Equal(new MeasureLinked(measureId, "Ny åtgärd"), Assert.Single(onOrigin));
        Assert.Equal(new ItemLink(ItemKind.Shift, shift.Id, shift.Title), Assert.IsType<MeasureProposed>(measure).Origin);
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
            item = Item.Next(item, item.Id, e, Now)!;
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
        _ = Item.Next(item, item.Id, new SavingRealised(100, 2025, true, null, Now), Now);
        Assert.Equal(0m, item.RealisedTkr);
        Assert.Equal(ItemStatus.Assigned, item.Status);
    }
}

/// <summary>Each step is described once, and every reader of the descriptions finds what it needs.</summary>
public sealed class StepDescriptionTests
{
    [Fact]
    public void Every_step_has_a_unique_name_route_and_order_and_records_events_no_other_step_records()
    {
        var steps = Handlingsplan.Items.Steps.All;
        Assert.Equal(steps.Count, steps.Select(s => s.Name).Distinct().Count());
        Assert.Equal(steps.Count, steps.Select(s => s.Route).Distinct().Count());
        Assert.Equal(steps.Count, steps.Select(s => s.Order).Distinct().Count());
        var events = steps.SelectMany(s => s.Events).Select(e => e.EventType).ToList();
        Assert.Equal(events.Count, events.Distinct().Count());
    }

    [Fact]
    public void The_decisions_are_exactly_the_steps_that_carry_a_decision_reference_and_are_kommunledning_s()
    {
        Assert.Equal(["prioritise", "decline", "assign", "complete", "cancel", "reassign", "withdrawAssignment"], Handlingsplan.Items.Steps.All.Where(s => s.IsDecision).Select(s => s.Name));
        // Sharing a measure with other municipalities is kommunledning's too, though not a decision with a reference.
        Assert.Equal(["prioritise", "decline", "assign", "cancel", "reassign", "withdrawAssignment", "share", "withdrawSharing"], Handlingsplan.Items.Steps.All.Where(s => s.Who == Taker.Management).Select(s => s.Name));
    }

    [Fact]
    public void Every_step_has_an_endpoint_at_its_route()
    {
        foreach (var step in Handlingsplan.Items.Steps.All)
        {
            var endpoint = typeof(Item).Assembly.GetTypes()
                .Where(t => t.IsAssignableTo(typeof(IStep)) && t is { IsInterface: false })
                .Single(t => ReferenceEquals(t.GetProperty(nameof(IStep.Step))!.GetValue(null), step));
            var routes = endpoint.GetMethods().SelectMany(m => m.GetCustomAttributes(typeof(Wolverine.Http.WolverinePostAttribute), false))
                .Cast<Wolverine.Http.WolverinePostAttribute>().Select(a => a.Template).ToList();
            Assert.Equal(["/api/{kind}/{id}/" + step.Route], routes);
        }
    }
}
