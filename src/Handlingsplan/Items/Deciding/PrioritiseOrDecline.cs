using FluentValidation;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Deciding;

/// <summary>Kommunledning's decision on a proposal: prioritise it, or judge it not a priority. Both cite the decision.</summary>
/// <param name="DecidedOn">The day the decision was taken (yyyy-MM-dd), optional: today when left out; never in the future.</param>
/// <param name="Diarienummer">The decision's number in the diarium, e.g. "KS 2024/123", optional; it becomes the item's diarienummer.</param>
public sealed record DecideOnItem(string? DecisionReference, string? Reason, long? ExpectedVersion, string? DecidedOn = null, string? Diarienummer = null) : IStepCommand;

public sealed class DecideOnItemValidator : AbstractValidator<DecideOnItem>
{
    public DecideOnItemValidator(TimeProvider clock)
    {
        RuleFor(x => x.DecidedOn).ValidDecisionDate(clock);
        RuleFor(x => x.DecisionReference).ValidRequiredText("Ange beslutsreferensen, t.ex. \"KS 2024-09-02 § 123\".", "Beslutsreferensen", Limits.MaxShortTextLength);
        RuleFor(x => x.Reason).ValidOptionalText("Motiveringen");
        RuleFor(x => x.Diarienummer).ValidDiarienummer();
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

public sealed class Prioritise : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "prioritise",
        Route = "prioritise",
        Verb = "prioritera",
        Button = "Prioritera",
        Order = 1,
        From = [ItemStatus.Proposed],
        IsDecision = true,
        Fields = _ => DecisionFields,
        Events =
        [
            new StepEvent<ItemPrioritised>("Prioriterad",
                (item, e) => item with { DecisionReference = e.DecisionReference, DecidedOn = e.DecidedOn, Diarienummer = e.Diarienummer ?? item.Diarienummer },
                e => $"Beslut {e.DecisionReference}{DiarienummerLine(e.Diarienummer)}. {e.Reason}")
            {
                LeadsTo = ItemStatus.Prioritised, Reference = e => e.DecisionReference, Reason = e => e.Reason, DecidedOn = e => e.DecidedOn, Diarienummer = e => e.Diarienummer,
            },
        ],
    };

    internal static IReadOnlyList<FormField> DecisionFields =>
    [
        new("decisionReference", "Beslutsreferens", Hint: "T.ex. KS 2024-09-02 § 123"),
        new("decidedOn", "Beslutsdatum", FormFieldType.Date, Hint: "Dagen beslutet togs; lämna tomt för i dag."),
        new("reason", "Motivering", FormFieldType.TextArea),
        new("diarienummer", "Diarienummer", Hint: $"Valfritt, t.ex. KS 2024/123 (högst {Limits.MaxDiarienummerLength} tecken)."),
    ];

    internal static string DiarienummerLine(string? diarienummer) => diarienummer is null ? "" : $" (dnr {diarienummer})";

    public static object[] Decide(DecideOnItem command, DateOnly decidedOn) =>
        [new ItemPrioritised(command.DecisionReference!.Trim(), Rules.Trimmed(command.Reason), decidedOn, Rules.Trimmed(command.Diarienummer))];

    [WolverinePost("/api/{kind}/{id}/prioritise")]
    public static (ItemVersion, Events) Post(DecideOnItem command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, Rules.DecidedOn(command.DecidedOn, clock)));
}

public sealed class Decline : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "decline",
        Route = "decline",
        Verb = "avslå (inte prioritera)",
        Button = "Prioritera inte",
        Order = 2,
        From = [ItemStatus.Proposed],
        IsDecision = true,
        Fields = _ => Prioritise.DecisionFields,
        Events =
        [
            new StepEvent<ItemDeclined>("Inte prioriterad",
                (item, e) => item with { DecisionReference = e.DecisionReference, DecidedOn = e.DecidedOn, Diarienummer = e.Diarienummer ?? item.Diarienummer },
                e => $"Beslut {e.DecisionReference}{Prioritise.DiarienummerLine(e.Diarienummer)}. {e.Reason}")
            {
                LeadsTo = ItemStatus.Declined, Reference = e => e.DecisionReference, Reason = e => e.Reason, DecidedOn = e => e.DecidedOn, Diarienummer = e => e.Diarienummer,
            },
        ],
    };

    public static object[] Decide(DecideOnItem command, DateOnly decidedOn) =>
        [new ItemDeclined(command.DecisionReference!.Trim(), Rules.Trimmed(command.Reason), decidedOn, Rules.Trimmed(command.Diarienummer))];

    [WolverinePost("/api/{kind}/{id}/decline")]
    public static (ItemVersion, Events) Post(DecideOnItem command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, Rules.DecidedOn(command.DecidedOn, clock)));
}
