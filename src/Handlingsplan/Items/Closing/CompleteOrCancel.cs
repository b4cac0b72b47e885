using FluentValidation;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Closing;

/// <summary>Closing an item: completed when its work is done, cancelled from any open state.</summary>
/// <param name="DecidedOn">The day the decision was taken (yyyy-MM-dd), optional: today when left out; never in the future.</param>
public sealed record CloseItem(string? Reason, long? ExpectedVersion, string? DecisionReference = null, string? DecidedOn = null) : IStepCommand;

public sealed class CloseItemValidator : AbstractValidator<CloseItem>
{
    public CloseItemValidator(TimeProvider clock)
    {
        RuleFor(x => x.DecidedOn).ValidDecisionDate(clock);
        RuleFor(x => x.Reason).ValidOptionalText("Motiveringen");
        RuleFor(x => x.DecisionReference).ValidOptionalText("Beslutsreferensen", Limits.MaxShortTextLength);
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

public sealed class Complete : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "complete",
        Route = "complete",
        Verb = "slutföra",
        Button = "Slutför",
        Order = 9,
        From = [ItemStatus.Assigned, ItemStatus.Realising],
        Who = Taker.Owner,
        IsDecision = true,
        Fields = _ => CloseFields,
        Events =
        [
            new StepEvent<ItemCompleted>("Slutförd", (item, _) => item, e => Under(e.DecisionReference) + e.Reason)
            {
                LeadsTo = ItemStatus.Completed, Reference = e => e.DecisionReference, Reason = e => e.Reason, DecidedOn = e => e.DecidedOn,
            },
        ],
    };

    internal static IReadOnlyList<FormField> CloseFields =>
    [
        new("reason", "Motivering", FormFieldType.TextArea),
        new("decisionReference", "Beslutsreferens (valfri)", Hint: "T.ex. KS 2024-09-02 § 123"),
        new("decidedOn", "Beslutsdatum", FormFieldType.Date, Hint: "Dagen beslutet togs; lämna tomt för i dag."),
    ];

    internal static string Under(string? decisionReference) => decisionReference is null ? "" : $"Beslut {decisionReference}. ";

    public static object[] Decide(CloseItem command, DateOnly decidedOn) =>
        [new ItemCompleted(Rules.Trimmed(command.Reason), Rules.Trimmed(command.DecisionReference), decidedOn)];

    [WolverinePost("/api/{kind}/{id}/complete")]
    public static (ItemVersion, Events) Post(CloseItem command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, Rules.DecidedOn(command.DecidedOn, clock)));
}

public sealed class Cancel : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "cancel",
        Route = "cancel",
        Verb = "avbryta",
        Button = "Avbryt posten",
        Order = 10,
        From = Lifecycle.Open,
        IsDecision = true,
        Fields = _ => Complete.CloseFields,
        Events =
        [
            new StepEvent<ItemCancelled>("Avbruten", (item, _) => item, e => Complete.Under(e.DecisionReference) + e.Reason)
            {
                LeadsTo = ItemStatus.Cancelled, Reference = e => e.DecisionReference, Reason = e => e.Reason, DecidedOn = e => e.DecidedOn,
            },
        ],
    };

    public static object[] Decide(CloseItem command, DateOnly decidedOn) =>
        [new ItemCancelled(Rules.Trimmed(command.Reason), Rules.Trimmed(command.DecisionReference), decidedOn)];

    [WolverinePost("/api/{kind}/{id}/cancel")]
    public static (ItemVersion, Events) Post(CloseItem command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, Rules.DecidedOn(command.DecidedOn, clock)));
}
