using FluentValidation;
using Handlingsplan.Infrastructure;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Revising;

/// <param name="EstimatedSavingTkr">The new estimate in tkr; null means "too early to judge".</param>
/// <param name="NotQuantified">True for "ej beloppsatt": deliberately not put in figures; then estimatedSavingTkr is null.</param>
public sealed record ReviseEstimate(decimal? EstimatedSavingTkr, string? Reason, long? ExpectedVersion, bool? NotQuantified = null) : IStepCommand;

public sealed class ReviseEstimateValidator : AbstractValidator<ReviseEstimate>
{
    public ReviseEstimateValidator()
    {
        RuleFor(x => x.EstimatedSavingTkr).ValidEstimate();
        RuleFor(x => x.NotQuantified).NotQuantifiedWithoutAmount(x => x.EstimatedSavingTkr);
        RuleFor(x => x.Reason).ValidOptionalText("Motiveringen");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

public sealed class Revise : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "reviseEstimate",
        Route = "revise-estimate",
        Verb = "revidera bedömningen",
        Button = "Revidera bedömningen",
        Order = 5,
        From = Lifecycle.Open,
        Who = Taker.Owner,
        Fields = _ =>
        [
            new("estimatedSavingTkr", "Ny bedömning (tkr)", FormFieldType.Number, Hint: "Lämna tomt om det är för tidigt att bedöma."),
            new("notQuantified", "Ej beloppsatt (beloppsätts inte medvetet)", FormFieldType.Checkbox),
            new("reason", "Motivering", FormFieldType.TextArea),
        ],
        Events =
        [
            new StepEvent<EstimateRevised>("Bedömning reviderad", (item, e) => item with { EstimatedSavingTkr = e.EstimatedSavingTkr, NotQuantified = e.EstimatedSavingTkr is null && e.NotQuantified == true },
                e => $"Ny bedömning: {SwedishFormat.Estimate(e.EstimatedSavingTkr, e.NotQuantified == true)}. {e.Reason}")
            {
                Reason = e => e.Reason,
            },
        ],
    };

    public static object[] Decide(ReviseEstimate command) => [new EstimateRevised(command.EstimatedSavingTkr, command.Reason, command.NotQuantified == true ? true : null)];

    [WolverinePost("/api/{kind}/{id}/revise-estimate")]
    public static (ItemVersion, Events) Post(ReviseEstimate command, [WriteAggregate(Required = false)] Item item) =>
        ItemVersion.After(item, Decide(command));
}
