using FluentValidation;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Closing;

/// <summary>Closing an item: completed when its work is done, cancelled from any open state.</summary>
public sealed record CloseItem(string? Reason, long? ExpectedVersion, string? DecisionReference = null) : IStepCommand;

public sealed class CloseItemValidator : AbstractValidator<CloseItem>
{
    public CloseItemValidator()
    {
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
                LeadsTo = ItemStatus.Completed, Reference = e => e.DecisionReference, Reason = e => e.Reason,
            },
        ],
    };

    internal static IReadOnlyList<FormField> CloseFields =>
    [
        new("reason", "Motivering", FormFieldType.TextArea),
        new("decisionReference", "Beslutsreferens (valfri)", Hint: "T.ex. KS 2024-09-02 § 123"),
    ];

    internal static string Under(string? decisionReference) => decisionReference is null ? "" : $"Beslut {decisionReference}. ";

    public static object[] Decide(CloseItem command) => [new ItemCompleted(command.Reason, Rules.Trimmed(command.DecisionReference))];

    [WolverinePost("/api/{kind}/{id}/complete")]
    public static (ItemVersion, Events) Post(CloseItem command, [WriteAggregate(Required = false)] Item item) =>
        ItemVersion.After(item, Decide(command));
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
                LeadsTo = ItemStatus.Cancelled, Reference = e => e.DecisionReference, Reason = e => e.Reason,
            },
        ],
    };

    public static object[] Decide(CloseItem command) => [new ItemCancelled(command.Reason, Rules.Trimmed(command.DecisionReference))];

    [WolverinePost("/api/{kind}/{id}/cancel")]
    public static (ItemVersion, Events) Post(CloseItem command, [WriteAggregate(Required = false)] Item item) =>
        ItemVersion.After(item, Decide(command));
}
