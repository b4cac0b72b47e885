using FluentValidation;
using Handlingsplan.Infrastructure;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Realising;

/// <param name="Confirmed">Needed, as true, when the amount is above the item's estimate, or above <see cref="Realise.UnestimatedLimitTkr"/> tkr when it has none.</param>
public sealed record RealiseSaving(decimal? AmountTkr, int? Year, bool? Recurring, string? Note, long? ExpectedVersion, bool? Confirmed = null) : IStepCommand;

public sealed class RealiseSavingValidator : AbstractValidator<RealiseSaving>
{
    public RealiseSavingValidator()
    {
        RuleFor(x => x.AmountTkr).ValidRealisedAmount("Ange beloppet i tkr.", "Beloppet måste vara större än 0 tkr.");
        RuleFor(x => x.Year).ValidBudgetYear();
        RuleFor(x => x.Recurring).ValidRecurring();
        RuleFor(x => x.Note).ValidOptionalText("Anteckningen");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

/// <summary>A saving was realised for a budget year: recurring (a lasting yearly effect) or one-off.</summary>
public sealed class Realise : IStep
{
    /// <summary>Where an item has no estimate, a realisation above this is questioned too.</summary>
    public const decimal UnestimatedLimitTkr = 1000m;

    /// <summary>An amount far above what was expected is more often a typo than a windfall: ask before it counts.</summary>
    public static string? Unexpected(Item item, decimal amount) => item.EstimatedSavingTkr switch
    {
        { } estimate when amount > estimate =>
            $"Beloppet {SwedishFormat.Tkr(amount)} är större än bedömningen {SwedishFormat.Tkr(estimate)}. Kontrollera beloppet och bekräfta att det stämmer.",
        null when amount > UnestimatedLimitTkr =>
            $"Beloppet {SwedishFormat.Tkr(amount)} är över {SwedishFormat.Tkr(UnestimatedLimitTkr)} och posten saknar bedömning. Kontrollera beloppet och bekräfta att det stämmer.",
        _ => null,
    };

    public static Step Step { get; } = new()
    {
        Name = "realise",
        Route = "realise",
        Verb = "registrera en besparing",
        Button = "Registrera besparing",
        Order = 4,
        From = [ItemStatus.Assigned, ItemStatus.Realising],
        Who = Taker.Owner,
        CheckCommand = (item, command) => command is RealiseSaving { AmountTkr: { } amount, Confirmed: not true } && Unexpected(item, amount) is { } why
            ? ("confirmed", why)
            : null,
        Fields = _ =>
        [
            new("amountTkr", "Belopp (tkr)", FormFieldType.Number),
            new("year", "Budgetår", FormFieldType.Number, Value: SwedishTime.Today().Year.ToString()),
            // Not preselected: whether a saving lasts is a fact to state, not a default to accept.
            new("recurring", "Typ av besparing", FormFieldType.YesNo, Options: [("", "Välj"), ("true", "Återkommande (varje år framöver)"), ("false", "Engångs")]),
            new("note", "Anteckning", FormFieldType.TextArea),
            new("confirmed", "Beloppet stämmer", FormFieldType.Checkbox, Hint: "Kryssa i om beloppet är större än bedömningen och ändå rätt."),
        ],
        Events =
        [
            new StepEvent<SavingRealised>("Besparing registrerad",
                (item, e) => item with
                {
                    RealisedTkr = item.RealisedTkr + e.AmountTkr,
                    Realisations = [.. item.Realisations, new Realisation(e.AmountTkr, e.Year, e.Recurring, e.Note, e.RealisedAt)],
                },
                e => $"{SwedishFormat.Tkr(e.AmountTkr)} för {e.Year}, {(e.Recurring ? "återkommande" : "engångs")}.{(e.Confirmed == true ? " Beloppet bekräftades över bedömningen." : "")} {e.Note}")
            {
                LeadsTo = ItemStatus.Realising,
            },
        ],
    };

    public static object[] Decide(RealiseSaving command, DateTimeOffset now) =>
        [new SavingRealised(command.AmountTkr!.Value, command.Year!.Value, command.Recurring!.Value, command.Note, now, command.Confirmed == true ? true : null)];

    [WolverinePost("/api/{kind}/{id}/realise")]
    public static (ItemVersion, Events) Post(RealiseSaving command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, clock.GetUtcNow()));
}
