using System.Reflection;

namespace Handlingsplan.Items;

/// <summary>Every step, as the steps describe themselves (each <see cref="IStep"/> in this assembly), in their order.</summary>
public static class Steps
{
    public static IReadOnlyList<Step> All { get; } = typeof(Steps).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && t.IsAssignableTo(typeof(IStep)))
        .Select(t => (Step)t.GetProperty(nameof(IStep.Step), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
        .OrderBy(s => s.Order)
        .ToList();

    static readonly IReadOnlyDictionary<Type, StepEvent> ByEventType =
        All.SelectMany(s => s.Events).Concat(Correcting.RecordedFacts.All).ToDictionary(e => e.EventType);

    /// <summary>Every event type an item's stream holds after its proposal: the steps' and the recorded facts'.</summary>
    public static IEnumerable<Type> EventTypes => ByEventType.Keys;

    static readonly IReadOnlyDictionary<Type, Step> ByEvent = All.SelectMany(s => s.Events.Select(e => (e.EventType, Step: s)))
        .ToDictionary(p => p.EventType, p => p.Step);

    public static Step Named(string name) => All.First(s => s.Name == name);

    /// <summary>How an event of a step reads and changes an item; null for an event no step records.</summary>
    public static StepEvent? EventOf(object @event) => ByEventType.GetValueOrDefault(@event.GetType());

    /// <summary>The step that records this event, or null.</summary>
    public static Step? StepOf(object @event) => ByEvent.GetValueOrDefault(@event.GetType());

    /// <summary>The event types of the steps that are decisions: what the decision log reads.</summary>
    public static IReadOnlyList<Type> DecisionEvents { get; } =
        [.. All.Where(s => s.IsDecision).SelectMany(s => s.Events).Select(e => e.EventType), .. Correcting.RecordedFacts.DecisionEvents];
}

/// <summary>
/// The lifecycle's rules, shared by every kind: proposed → prioritised or declined → assigned →
/// realising → completed; cancelled from any open state. Each step says where it may be taken from
/// (<see cref="Step.From"/>); this class only reads those descriptions. Everything here is pure.
/// </summary>
public static class Lifecycle
{
    /// <summary>The statuses from which an item can still move; cancelling is possible from each.</summary>
    public static readonly IReadOnlyList<ItemStatus> Open = [ItemStatus.Proposed, ItemStatus.Prioritised, ItemStatus.Assigned, ItemStatus.Realising];

    /// <summary>Every status, closed ones too: where the steps beside the lifecycle (<see cref="Step.Aside"/>) may be taken.</summary>
    public static readonly IReadOnlyList<ItemStatus> Any = Enum.GetValues<ItemStatus>();

    public static bool IsAllowed(Item item, Step step) =>
        step.Kinds.Contains(item.Kind) && step.From.Contains(item.Status) && step.Guard?.Invoke(item) is null;

    /// <summary>What can be done to the item now, in the steps' order; the steps beside the lifecycle are not among them.</summary>
    public static IReadOnlyList<Step> StepsFrom(Item item) => Steps.All.Where(s => !s.Aside && IsAllowed(item, s)).ToList();

    /// <summary>The steps beside the lifecycle that the item allows now (a comment, an attachment, a diarienummer).</summary>
    public static IReadOnlyList<Step> AsidesFrom(Item item) => Steps.All.Where(s => s.Aside && IsAllowed(item, s)).ToList();

    /// <summary>Refuses a step that is not legal for the item, with a message that names its status and the steps allowed.</summary>
    public static Refusal? Check(Item item, Step step)
    {
        if (IsAllowed(item, step)) return null;

        var kind = Kinds.Of(item.Kind);
        var allowed = StepsFrom(item);
        var names = allowed.Select(s => s.Name).ToList();
        if (step.Kinds.Contains(item.Kind) && step.From.Contains(item.Status) && step.Guard?.Invoke(item) is { } reason)
            return new Refusal(reason, item.Status, names);

        var message = !step.Kinds.Contains(item.Kind)
            ? $"Det går inte att {step.Verb} för {kind.Definite}."
            : $"Det går inte att {step.Verb} när {kind.Definite} är {Swedish.Status(item.Status)}.";
        message += allowed.Count == 0
            ? " Inga fler steg är möjliga från den statusen."
            : " Möjliga steg nu: " + string.Join(", ", allowed.Select(s => s.Verb)) + ".";
        return new Refusal(message, item.Status, names);
    }
}

/// <summary>Why a command was refused; nothing is written.</summary>
public sealed record Refusal(string Message, ItemStatus CurrentStatus, IReadOnlyList<string> AllowedSteps);

/// <summary>The Swedish words the users see for statuses.</summary>
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
}
