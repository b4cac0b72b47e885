namespace Handlingsplan.Items;

/// <summary>A step a user can take on an item. Proposing is not a step: it starts the stream.</summary>
public enum LifecycleStep { Realise }

/// <summary>
/// The one place where the lifecycle's rules live, shared by every kind of item: which steps are
/// legal from which status, which status an event leads to, and how an item's state evolves.
/// Everything here is pure: no database, no clock.
/// </summary>
public static class Lifecycle
{
    // Realising straight from "proposed" stands in for the decision steps (prioritise, assign)
    // until they exist; it is narrowed when they do.
    static readonly IReadOnlyDictionary<ItemStatus, LifecycleStep[]> AllowedSteps = new Dictionary<ItemStatus, LifecycleStep[]>
    {
        [ItemStatus.Proposed] = [LifecycleStep.Realise],
        [ItemStatus.Prioritised] = [],
        [ItemStatus.Declined] = [],
        [ItemStatus.Assigned] = [LifecycleStep.Realise],
        [ItemStatus.Realising] = [LifecycleStep.Realise],
        [ItemStatus.Completed] = [],
        [ItemStatus.Cancelled] = [],
    };

    public static IReadOnlyList<LifecycleStep> StepsFrom(ItemStatus status) => AllowedSteps[status];

    public static bool IsAllowed(ItemStatus status, LifecycleStep step) => AllowedSteps[status].Contains(step);

    /// <summary>The status an item has after an event; events that do not move it keep the current one.</summary>
    public static ItemStatus StatusAfter(ItemStatus current, object @event) => @event switch
    {
        SavingRealised => ItemStatus.Realising,
        _ => current,
    };

    /// <summary>Applies a shared lifecycle event to any kind of item.</summary>
    public static TItem Evolve<TItem>(TItem item, object @event) where TItem : Item
    {
        var next = @event switch
        {
            SavingRealised e => item with
            {
                RealisedTkr = item.RealisedTkr + e.AmountTkr,
                Realisations = [.. item.Realisations, new Realisation(e.AmountTkr, e.Year, e.Recurring, e.Note, e.RealisedAt)],
            },
            _ => item,
        };
        return (TItem)(next with { Status = StatusAfter(item.Status, @event) });
    }

    /// <summary>Refuses a step that is not legal from the item's status, with a message for the user.</summary>
    public static Refusal? Check(Item item, LifecycleStep step) =>
        IsAllowed(item.Status, step)
            ? null
            : new Refusal(
                $"Det går inte att {Swedish.Step(step)} när posten är {Swedish.Status(item.Status)}. " +
                (StepsFrom(item.Status).Count == 0
                    ? "Inga fler steg är möjliga från den statusen."
                    : "Möjliga steg: " + string.Join(", ", StepsFrom(item.Status).Select(Swedish.Step)) + "."),
                item.Status,
                StepsFrom(item.Status));
}

/// <summary>Why a command was refused; nothing is written.</summary>
public sealed record Refusal(string Message, ItemStatus CurrentStatus, IReadOnlyList<LifecycleStep> AllowedSteps);

/// <summary>The Swedish words the users see for statuses and steps.</summary>
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
        LifecycleStep.Realise => "realisera en besparing",
        _ => step.ToString(),
    };
}
