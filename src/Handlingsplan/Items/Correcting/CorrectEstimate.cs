using FluentValidation;
using Handlingsplan.Infrastructure;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Correcting;

/// <param name="EstimatedSavingTkr">The right estimate in tkr; null with notQuantified absent or false is "too early to judge".</param>
/// <param name="NotQuantified">True for "ej beloppsatt": deliberately not put in figures.</param>
public sealed record CorrectEstimateCommand(decimal? EstimatedSavingTkr, string? Reason, long? ExpectedVersion, bool? NotQuantified = null) : IStepCommand;

public sealed class CorrectEstimateCommandValidator : AbstractValidator<CorrectEstimateCommand>
{
    public CorrectEstimateCommandValidator()
    {
        RuleFor(x => x.EstimatedSavingTkr).ValidEstimate();
        RuleFor(x => x.NotQuantified).NotQuantifiedWithoutAmount(x => x.EstimatedSavingTkr);
        RuleFor(x => x.Reason).ValidRequiredText("Skriv vad som var fel i bedömningen.", "Motiveringen");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

/// <summary>
/// An estimate recorded wrongly (a typo, the wrong state) is put right. A revision is a new
/// judgement; a correction says the earlier figure was a mistake. Both stay in the history.
/// </summary>
public sealed class CorrectEstimate : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "correctEstimate",
        Route = "correct-estimate",
        Verb = "rätta bedömningen",
        Button = "Rätta bedömningen",
        Order = 15,
        From = Lifecycle.Open,
        Who = Taker.Owner,
        CheckCommand = (item, command) =>
        {
            var c = (CorrectEstimateCommand)command;
            return c.EstimatedSavingTkr == item.EstimatedSavingTkr && (c.NotQuantified == true) == item.NotQuantified
                ? ("estimatedSavingTkr", $"Bedömningen är redan {SwedishFormat.Estimate(item.EstimatedSavingTkr, item.NotQuantified)}.")
                : null;
        },
        Fields = item =>
        [
            new("estimatedSavingTkr", "Rätt bedömning (tkr)", FormFieldType.Number, Hint: "Lämna tomt om det är för tidigt att bedöma.",
                Value: item.EstimatedSavingTkr?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("notQuantified", "Ej beloppsatt (beloppsätts inte medvetet)", FormFieldType.Checkbox),
            new("reason", "Vad var fel", FormFieldType.TextArea),
        ],
        Events =
        [
            new StepEvent<EstimateCorrected>("Bedömning rättad",
                (item, e) => item with { EstimatedSavingTkr = e.EstimatedSavingTkr, NotQuantified = e.EstimatedSavingTkr is null && e.NotQuantified == true },
                e => $"Rätt bedömning: {SwedishFormat.Estimate(e.EstimatedSavingTkr, e.NotQuantified == true)}. {e.Reason}")
            {
                Reason = e => e.Reason,
            },
        ],
    };

    public static object[] Decide(CorrectEstimateCommand command) =>
        [new EstimateCorrected(command.EstimatedSavingTkr, command.NotQuantified == true ? true : null, command.Reason!.Trim())];

    [WolverinePost("/api/{kind}/{id}/correct-estimate")]
    public static (ItemVersion, Events) Post(CorrectEstimateCommand command, [WriteAggregate(Required = false)] Item item) =>
        ItemVersion.After(item, Decide(command));
}
