using FluentValidation;
using Handlingsplan.Infrastructure;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Realising;

public sealed record RealiseSaving(decimal? AmountTkr, int? Year, bool? Recurring, string? Note, long? ExpectedVersion) : IStepCommand;

public sealed class RealiseSavingValidator : AbstractValidator<RealiseSaving>
{
    public RealiseSavingValidator()
    {
        RuleFor(x => x.AmountTkr)
            .NotNull().WithMessage("Ange beloppet i tkr.")
            .GreaterThan(0).WithMessage("Beloppet måste vara större än 0 tkr.")
            .LessThanOrEqualTo(Limits.MaxAmountTkr).WithMessage($"Beloppet får vara högst {Limits.MaxAmountText} tkr.");
        RuleFor(x => x.Year)
            .NotNull().WithMessage("Ange budgetåret.")
            .InclusiveBetween(Limits.FirstYear, Limits.LastYear).WithMessage($"Budgetåret måste vara mellan {Limits.FirstYear} och {Limits.LastYear}.");
        RuleFor(x => x.Recurring).NotNull().WithMessage("Ange om besparingen är återkommande (true) eller engångs (false).");
        RuleFor(x => x.Note).ValidOptionalText("Anteckningen");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

/// <summary>A saving was realised for a budget year: recurring (a lasting yearly effect) or one-off.</summary>
public sealed class Realise : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "realise",
        Route = "realise",
        Verb = "registrera en besparing",
        Button = "Registrera besparing",
        Order = 4,
        From = [ItemStatus.Assigned, ItemStatus.Realising],
        Who = Taker.Owner,
        Fields = _ =>
        [
            new("amountTkr", "Belopp (tkr)", FormFieldType.Number),
            new("year", "Budgetår", FormFieldType.Number, Value: SwedishTime.Today().Year.ToString()),
            // Not preselected: whether a saving lasts is a fact to state, not a default to accept.
            new("recurring", "Typ av besparing", FormFieldType.YesNo, Options: [("", "Välj"), ("true", "Återkommande (varje år framöver)"), ("false", "Engångs")]),
            new("note", "Anteckning", FormFieldType.TextArea),
        ],
        Events =
        [
            new StepEvent<SavingRealised>("Besparing registrerad",
                (item, e) => item with
                {
                    RealisedTkr = item.RealisedTkr + e.AmountTkr,
                    Realisations = [.. item.Realisations, new Realisation(e.AmountTkr, e.Year, e.Recurring, e.Note, e.RealisedAt)],
                },
                e => $"{SwedishFormat.Tkr(e.AmountTkr)} för {e.Year}, {(e.Recurring ? "återkommande" : "engångs")}. {e.Note}")
            {
                LeadsTo = ItemStatus.Realising,
            },
        ],
    };

    public static object[] Decide(RealiseSaving command, DateTimeOffset now) =>
        [new SavingRealised(command.AmountTkr!.Value, command.Year!.Value, command.Recurring!.Value, command.Note, now)];

    [WolverinePost("/api/{kind}/{id}/realise")]
    public static (ItemVersion, Events) Post(RealiseSaving command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, clock.GetUtcNow()));
}
