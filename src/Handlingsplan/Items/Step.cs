namespace Handlingsplan.Items;

/// <summary>Who may take a step, besides kommunledning, who may take every step.</summary>
public enum Taker
{
    /// <summary>Kommunledning only: the political decisions.</summary>
    Management,
    /// <summary>Also a förvaltningschef, on an item of their nämnd or assigned to their department.</summary>
    Owner,
}

/// <summary>
/// One step a user can take on an item, described once, beside its command: the lifecycle, the
/// access rules, the item page, the history and the decision log all read it. Proposing is not a
/// step: it starts the stream.
/// </summary>
public sealed record Step
{
    /// <summary>The step's name in the API (<c>allowedSteps</c>, refusals), e.g. <c>reviseEstimate</c>.</summary>
    public required string Name { get; init; }
    /// <summary>The last segment of its route: <c>/api/{kind}/{id}/{route}</c>.</summary>
    public required string Route { get; init; }
    /// <summary>The Swedish verb phrase used in sentences: "Det går inte att {verb} …".</summary>
    public required string Verb { get; init; }
    /// <summary>The Swedish text of its button on the item page.</summary>
    public required string Button { get; init; }
    /// <summary>Where it sits among the steps offered; the page and the refusals list steps in this order.</summary>
    public required int Order { get; init; }
    /// <summary>The statuses it may be taken from.</summary>
    public required IReadOnlyList<ItemStatus> From { get; init; }
    /// <summary>The kinds that have it.</summary>
    public IReadOnlyList<ItemKind> Kinds { get; init; } = Enum.GetValues<ItemKind>();
    public Taker Who { get; init; } = Taker.Management;
    /// <summary>A decision that carries a reference (e.g. "KS 2024-09-02 § 123") and belongs in the decision log.</summary>
    public bool IsDecision { get; init; }
    /// <summary>A rule beyond kind and status: the Swedish reason it cannot be taken now, or null when it can.</summary>
    public Func<Item, string?>? Guard { get; init; }
    /// <summary>A rule on the command against the item (e.g. a realisation that exists): the field and its Swedish message, or null.</summary>
    public Func<Item, IStepCommand, (string Field, string Message)?>? CheckCommand { get; init; }
    /// <summary>
    /// Beside the lifecycle rather than a move in it (a comment, an attachment, a diarienummer): it may be
    /// taken in every status, closed ones too, and is not among the next steps (<c>allowedSteps</c>) the
    /// lifecycle offers; the item page shows it in a section of its own.
    /// </summary>
    public bool Aside { get; init; }
    /// <summary>True when success opens a new item (the page follows the answer's Location) rather than reloading.</summary>
    public bool StartsNewItem { get; init; }
    /// <summary>Its form on the item page, in the order shown.</summary>
    public required Func<Item, IReadOnlyList<FormField>> Fields { get; init; }
    /// <summary>The events it records, and how each reads and changes the item.</summary>
    public required IReadOnlyList<StepEvent> Events { get; init; }
}

/// <summary>
/// One event a step records: how it changes the item, which status it leads to, and how it reads in
/// the history and the decision log.
/// </summary>
public abstract record StepEvent(Type EventType, string Title)
{
    /// <summary>The status the item has after it; null keeps the current one.</summary>
    public ItemStatus? LeadsTo { get; init; }
    public abstract Item Apply(Item item, object @event);
    /// <summary>A Swedish line about what the event says, for the timeline.</summary>
    public abstract string Describe(object @event);
    public abstract string? ReferenceOf(object @event);
    public abstract string? ReasonOf(object @event);
    public abstract string? DepartmentOf(object @event);
    /// <summary>The day the decision was taken, when the event says it.</summary>
    public abstract DateOnly? DecidedOnOf(object @event);
    /// <summary>The diarienummer the event records, when it records one.</summary>
    public abstract string? DiarienummerOf(object @event);
}

public sealed record StepEvent<TEvent>(string Title, Func<Item, TEvent, Item> Change, Func<TEvent, string> Line)
    : StepEvent(typeof(TEvent), Title)
{
    public Func<TEvent, string?>? Reference { get; init; }
    public Func<TEvent, string?>? Reason { get; init; }
    public Func<TEvent, string?>? Department { get; init; }
    public Func<TEvent, DateOnly?>? DecidedOn { get; init; }
    public Func<TEvent, string?>? Diarienummer { get; init; }

    public override Item Apply(Item item, object @event) => Change(item, (TEvent)@event);
    public override string Describe(object @event) => Line((TEvent)@event);
    public override string? ReferenceOf(object @event) => Reference?.Invoke((TEvent)@event);
    public override string? ReasonOf(object @event) => Reason?.Invoke((TEvent)@event);
    public override string? DepartmentOf(object @event) => Department?.Invoke((TEvent)@event);
    public override DateOnly? DecidedOnOf(object @event) => DecidedOn?.Invoke((TEvent)@event);
    public override string? DiarienummerOf(object @event) => Diarienummer?.Invoke((TEvent)@event);
}

/// <summary>
/// How a field is entered. <see cref="OpenPeriod"/> is a choice among the reporting periods open now:
/// the page that draws the form supplies them, since they are not the item's to know.
/// </summary>
public enum FormFieldType { Text, TextArea, Number, Date, Select, YesNo, NumberSelect, Checkbox, OpenPeriod }

/// <summary>One field of a step's form: its JSON name in the command, its Swedish label, and how it is entered.</summary>
public sealed record FormField(
    string Name,
    string Label,
    FormFieldType Type = FormFieldType.Text,
    string? Hint = null,
    string? Value = null,
    IReadOnlyList<(string Value, string Text)>? Options = null);

/// <summary>The endpoint class of a step: it carries the step's description.</summary>
public interface IStep
{
    static abstract Step Step { get; }
}

/// <summary>A command that acts on an existing item, from the version the caller read.</summary>
public interface IStepCommand
{
    long? ExpectedVersion { get; }
}

/// <summary>The answer to a step: the item's id and its new version.</summary>
public sealed record ItemVersion(Guid Id, long Version)
{
    /// <summary>The answer and the events to append, as Wolverine expects them from an endpoint.</summary>
    public static (ItemVersion, Wolverine.Marten.Events) After(Item item, IReadOnlyList<object> events) =>
        (new ItemVersion(item.Id, item.Version + events.Count), new Wolverine.Marten.Events(events));
}
