namespace Handlingsplan.Items;

/// <summary>A step a user can take on an item. Proposing is not a step: it starts the stream.</summary>
public enum LifecycleStep
{
    Prioritise,
    Decline,
    Assign,
    Realise,
    ReviseEstimate,
    FollowUp,
    Complete,
    Cancel,
    /// <summary>Investigations only: record the findings.</summary>
    Conclude,
    /// <summary>Shifts and investigations only: propose a measure that comes from this item.</summary>
    ProposeMeasure,
}

/// <summary>
/// The one place where the lifecycle's rules live, shared by every kind of item: which steps are
/// legal from which status, which status an event leads to, and how an item's state evolves.
/// Everything here is pure: no database, no clock.
/// </summary>
public static class Lifecycle
{
    const LifecycleStep Prioritise = LifecycleStep.Prioritise, Decline = LifecycleStep.Decline, Assign = LifecycleStep.Assign,
        Realise = LifecycleStep.Realise, Revise = LifecycleStep.ReviseEstimate, FollowUp = LifecycleStep.FollowUp,
        Complete = LifecycleStep.Complete, Cancel = LifecycleStep.Cancel, Conclude = LifecycleStep.Conclude,
        ProposeMeasure = LifecycleStep.ProposeMeasure;

    /// <summary>proposed → prioritised or declined → assigned → realising → completed; cancelled from any open state.</summary>
    static readonly IReadOnlyDictionary<ItemStatus, LifecycleStep[]> AllowedSteps = new Dictionary<ItemStatus, LifecycleStep[]>
    {
        [ItemStatus.Proposed] = [Prioritise, Decline, Revise, FollowUp, ProposeMeasure, Cancel],
        [ItemStatus.Prioritised] = [Assign, Revise, FollowUp, ProposeMeasure, Cancel],
        [ItemStatus.Assigned] = [Realise, Revise, FollowUp, Conclude, ProposeMeasure, Complete, Cancel],
        [ItemStatus.Realising] = [Realise, Revise, FollowUp, Conclude, ProposeMeasure, Complete, Cancel],
        [ItemStatus.Declined] = [],
        [ItemStatus.Completed] = [],
        [ItemStatus.Cancelled] = [],
    };

    /// <summary>Steps that only some kinds have.</summary>
    static readonly IReadOnlyDictionary<LifecycleStep, ItemKind[]> KindSpecific = new Dictionary<LifecycleStep, ItemKind[]>
    {
        [Conclude] = [ItemKind.Investigation],
        [ProposeMeasure] = [ItemKind.Shift, ItemKind.Investigation],
    };

    public static bool IsOpen(ItemStatus status) => AllowedSteps[status].Length > 0;

    public static bool KindHas(ItemKind kind, LifecycleStep step) =>
        !KindSpecific.TryGetValue(step, out var kinds) || kinds.Contains(kind);

    public static IReadOnlyList<LifecycleStep> StepsFrom(ItemKind kind, ItemStatus status) =>
        AllowedSteps[status].Where(step => KindHas(kind, step)).ToList();

    public static bool IsAllowed(ItemKind kind, ItemStatus status, LifecycleStep step) =>
        KindHas(kind, step) && AllowedSteps[status].Contains(step);

    /// <summary>The status an item has after an event; events that do not move it keep the current one.</summary>
    public static ItemStatus StatusAfter(ItemStatus current, object @event) => @event switch
    {
        ItemPrioritised => ItemStatus.Prioritised,
        ItemDeclined => ItemStatus.Declined,
        ItemAssigned => ItemStatus.Assigned,
        SavingRealised => ItemStatus.Realising,
        ItemCompleted => ItemStatus.Completed,
        ItemCancelled => ItemStatus.Cancelled,
        _ => current,
    };

    /// <summary>Applies a shared lifecycle event to any kind of item.</summary>
    public static TItem Evolve<TItem>(TItem item, object @event) where TItem : Item
    {
        Item next = @event switch
        {
            ItemPrioritised e => item with { DecisionReference = e.DecisionReference },
            ItemDeclined e => item with { DecisionReference = e.DecisionReference },
            ItemAssigned e => item with { Department = e.Department, ResponsibleRole = e.ResponsibleRole ?? item.ResponsibleRole, DueDate = e.DueDate },
            SavingRealised e => item with
            {
                RealisedTkr = item.RealisedTkr + e.AmountTkr,
                Realisations = [.. item.Realisations, new Realisation(e.AmountTkr, e.Year, e.Recurring, e.Note, e.RealisedAt)],
            },
            EstimateRevised e => item with { EstimatedSavingTkr = e.EstimatedSavingTkr },
            FollowUpRecorded e => item with { FollowUps = [.. item.FollowUps, new FollowUp(e.Note, e.RecordedAt)] },
            MeasureLinked e => item with { Measures = [.. item.Measures, new ItemLink(ItemKind.Measure, e.MeasureId, e.Title)] },
            _ => item,
        };
        return (TItem)(next with { Status = StatusAfter(item.Status, @event) });
    }

    /// <summary>Refuses a step that is not legal for the item, with a message that names its status and the steps allowed.</summary>
    public static Refusal? Check(Item item, LifecycleStep step)
    {
        if (IsAllowed(item.Kind, item.Status, step)) return null;

        var allowed = StepsFrom(item.Kind, item.Status);
        var message = !KindHas(item.Kind, step)
            ? $"Det går inte att {Swedish.Step(step)} för {Swedish.KindDefinite(item.Kind)}."
            : $"Det går inte att {Swedish.Step(step)} när {Swedish.KindDefinite(item.Kind)} är {Swedish.Status(item.Status)}.";
        message += allowed.Count == 0
            ? " Inga fler steg är möjliga från den statusen."
            : " Möjliga steg nu: " + string.Join(", ", allowed.Select(Swedish.Step)) + ".";
        return new Refusal(message, item.Status, allowed);
    }

    /// <summary>Checks the step, then decides: the common shape of every lifecycle command.</summary>
    public static Decision Decide(Item item, LifecycleStep step, Func<object[]> events) =>
        Check(item, step) is { } refusal ? Decision.Refuse(refusal) : Decision.Accept(events());
}

/// <summary>Why a command was refused; nothing is written.</summary>
public sealed record Refusal(string Message, ItemStatus CurrentStatus, IReadOnlyList<LifecycleStep> AllowedSteps);

/// <summary>
/// The outcome of a pure decision: the events to append to the item, and any new streams to start
/// with it (a measure proposed from a shift); or why the command was refused.
/// </summary>
public sealed record Decision(IReadOnlyList<object> Events, Refusal? Refusal = null)
{
    public IReadOnlyList<NewStream> Starts { get; init; } = [];

    public static Decision Accept(params object[] events) => new(events);
    public static Decision Refuse(Refusal refusal) => new([], refusal);
}

public sealed record NewStream(Type AggregateType, Guid Id, object Event);

/// <summary>The Swedish words the users see for statuses, steps and kinds.</summary>
public static class Swedish
{
    public static string Status(ItemStatus status) => status switch
    {
        ItemStatus.Proposed => "föreslagen",
        ItemStatus.Prioritised => "prioriterad",
        ItemStatus.Declined => "inte prioriterad",
        ItemStatus.Assigned => "tilldelad",
        ItemStatus.Realising => "under genomförande",
        ItemStatus.Completed => "slutförd",
        ItemStatus.Cancelled => "avbruten",
        _ => status.ToString(),
    };

    public static string Step(LifecycleStep step) => step switch
    {
        LifecycleStep.Prioritise => "prioritera",
        LifecycleStep.Decline => "avslå (inte prioritera)",
        LifecycleStep.Assign => "tilldela",
        LifecycleStep.Realise => "registrera en besparing",
        LifecycleStep.ReviseEstimate => "revidera bedömningen",
        LifecycleStep.FollowUp => "anteckna en uppföljning",
        LifecycleStep.Complete => "slutföra",
        LifecycleStep.Cancel => "avbryta",
        LifecycleStep.Conclude => "avsluta med slutsatser",
        LifecycleStep.ProposeMeasure => "föreslå en åtgärd härifrån",
        _ => step.ToString(),
    };

    public static string KindDefinite(ItemKind kind) => kind switch
    {
        ItemKind.Measure => "åtgärden",
        ItemKind.Shift => "förflyttningen",
        ItemKind.Investigation => "utredningen",
        _ => kind.ToString(),
    };

    public static string KindIndefinite(ItemKind kind) => kind switch
    {
        ItemKind.Measure => "åtgärd",
        ItemKind.Shift => "förflyttning",
        ItemKind.Investigation => "utredning",
        _ => kind.ToString(),
    };
}
