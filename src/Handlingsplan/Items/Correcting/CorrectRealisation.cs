using FluentValidation;
using Handlingsplan.Infrastructure;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Correcting;

/// <summary>A realisation put right: number <see cref="Number"/> (1 for the first) now reads this amount, year and recurrence.</summary>
public sealed record RealisationCorrected(int Number, decimal AmountTkr, int Year, bool Recurring, string Reason, DateTimeOffset CorrectedAt);

/// <summary>A realisation taken back: it was never realised.</summary>
public sealed record RealisationReversed(int Number, string Reason, DateTimeOffset ReversedAt);

public sealed record CorrectRealisationCommand(int? Number, decimal? AmountTkr, int? Year, bool? Recurring, string? Reason, long? ExpectedVersion) : IStepCommand;

public sealed record ReverseRealisationCommand(int? Number, string? Reason, long? ExpectedVersion) : IStepCommand;

public sealed class CorrectRealisationCommandValidator : AbstractValidator<CorrectRealisationCommand>
{
    public CorrectRealisationCommandValidator()
    {
        RuleFor(x => x.Number).NotNull().WithMessage("Välj vilken besparing som ska rättas.");
        RuleFor(x => x.AmountTkr).ValidRealisedAmount("Ange det rätta beloppet i tkr.", "Beloppet måste vara större än 0 tkr. Återför besparingen om den aldrig blev av.");
        RuleFor(x => x.Year).ValidBudgetYear();
        RuleFor(x => x.Recurring).ValidRecurring();
        RuleFor(x => x.Reason).ValidRequiredText("Skriv varför besparingen rättas.", "Motiveringen");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

public sealed class ReverseRealisationCommandValidator : AbstractValidator<ReverseRealisationCommand>
{
    public ReverseRealisationCommandValidator()
    {
        RuleFor(x => x.Number).NotNull().WithMessage("Välj vilken besparing som ska återföras.");
        RuleFor(x => x.Reason).ValidRequiredText("Skriv varför besparingen återförs.", "Motiveringen");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

/// <summary>
/// A mistaken realisation is put right by a new event, never by editing the old one: the history
/// keeps both, and the item, the dashboard and the replays count the corrected figure.
/// </summary>
public sealed class CorrectRealisation : IStep
{
    internal static readonly IReadOnlyList<ItemStatus> WithRealisations = [ItemStatus.Realising, ItemStatus.Completed, ItemStatus.Cancelled];

    internal static string? NothingToCorrect(Item item) =>
        item.Realisations.Any(r => r.AmountTkr > 0) ? null : "Det finns ingen registrerad besparing att rätta.";

    internal static (string, string)? Unknown(Item item, int? number) =>
        number is { } n && n >= 1 && n <= item.Realisations.Count && item.Realisations[n - 1].AmountTkr > 0
            ? null
            : ("number", $"Det finns ingen besparing nummer {number} att ändra. Besparingarna är numrerade 1–{item.Realisations.Count}.");

    internal static FormField Choice(Item item) => new("number", "Vilken besparing", FormFieldType.NumberSelect,
        Options: item.Realisations.Select((r, i) => (r, i)).Where(p => p.r.AmountTkr > 0)
            .Select(p => ((p.i + 1).ToString(), $"{p.i + 1}: {SwedishFormat.Tkr(p.r.AmountTkr)} för {p.r.Year}")).ToList());

    internal static Item Replace(Item item, int number, Realisation now)
    {
        var list = item.Realisations.ToList();
        list[number - 1] = now;
        return item with { Realisations = list, RealisedTkr = list.Sum(r => r.AmountTkr) };
    }

    public static Step Step { get; } = new()
    {
        Name = "correctRealisation",
        Route = "correct-realisation",
        Verb = "rätta en besparing",
        Button = "Rätta besparing",
        Order = 11,
        From = WithRealisations,
        Who = Taker.Owner,
        Guard = NothingToCorrect,
        CheckCommand = (item, command) => Unknown(item, ((CorrectRealisationCommand)command).Number),
        Fields = item =>
        [
            Choice(item),
            new("amountTkr", "Rätt belopp (tkr)", FormFieldType.Number),
            new("year", "Budgetår", FormFieldType.Number),
            new("recurring", "Typ av besparing", FormFieldType.YesNo, Options: [("", "Välj"), ("true", "Återkommande (varje år framöver)"), ("false", "Engångs")]),
            new("reason", "Varför rättas den?", FormFieldType.TextArea),
        ],
        Events =
        [
            new StepEvent<RealisationCorrected>("Besparing rättad",
                (item, e) => Replace(item, e.Number, item.Realisations[e.Number - 1] with
                {
                    AmountTkr = e.AmountTkr, Year = e.Year, Recurring = e.Recurring,
                    Correction = $"Rättad {SwedishTime.InSweden(e.CorrectedAt):yyyy-MM-dd}: {e.Reason}",
                }),
                e => $"Besparing {e.Number} rättad till {SwedishFormat.Tkr(e.AmountTkr)} för {e.Year}, {(e.Recurring ? "återkommande" : "engångs")}. {e.Reason}")
            {
                Reason = e => e.Reason,
            },
        ],
    };

    public static object[] Decide(CorrectRealisationCommand command, DateTimeOffset now) =>
        [new RealisationCorrected(command.Number!.Value, command.AmountTkr!.Value, command.Year!.Value, command.Recurring!.Value, command.Reason!.Trim(), now)];

    [WolverinePost("/api/{kind}/{id}/correct-realisation")]
    public static (ItemVersion, Events) Post(CorrectRealisationCommand command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, clock.GetUtcNow()));
}

public sealed class ReverseRealisation : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "reverseRealisation",
        Route = "reverse-realisation",
        Verb = "återföra en besparing",
        Button = "Återför besparing",
        Order = 12,
        From = CorrectRealisation.WithRealisations,
        Who = Taker.Owner,
        Guard = CorrectRealisation.NothingToCorrect,
        CheckCommand = (item, command) => CorrectRealisation.Unknown(item, ((ReverseRealisationCommand)command).Number),
        Fields = item => [CorrectRealisation.Choice(item), new("reason", "Varför återförs den?", FormFieldType.TextArea)],
        Events =
        [
            new StepEvent<RealisationReversed>("Besparing återförd",
                (item, e) => CorrectRealisation.Replace(item, e.Number, item.Realisations[e.Number - 1] with
                {
                    AmountTkr = 0,
                    Correction = $"Återförd {SwedishTime.InSweden(e.ReversedAt):yyyy-MM-dd} (var {SwedishFormat.Tkr(item.Realisations[e.Number - 1].AmountTkr)}): {e.Reason}",
                }),
                e => $"Besparing {e.Number} återförd. {e.Reason}")
            {
                Reason = e => e.Reason,
            },
        ],
    };

    public static object[] Decide(ReverseRealisationCommand command, DateTimeOffset now) =>
        [new RealisationReversed(command.Number!.Value, command.Reason!.Trim(), now)];

    [WolverinePost("/api/{kind}/{id}/reverse-realisation")]
    public static (ItemVersion, Events) Post(ReverseRealisationCommand command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, clock.GetUtcNow()));
}
