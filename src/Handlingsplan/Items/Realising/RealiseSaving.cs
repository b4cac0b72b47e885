using FluentValidation;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Items.Realising;

public sealed record RealiseSaving(decimal? AmountTkr, int? Year, bool? Recurring, string? Note, long? ExpectedVersion);

public sealed class RealiseSavingValidator : AbstractValidator<RealiseSaving>
{
    public RealiseSavingValidator()
    {
        RuleFor(x => x.AmountTkr)
            .NotNull().WithMessage("Ange beloppet i tkr.")
            .GreaterThan(0).WithMessage("Beloppet måste vara större än 0 tkr.")
            .LessThanOrEqualTo(Limits.MaxAmountTkr).WithMessage($"Beloppet får vara högst {Limits.MaxAmountTkr:N0} tkr.");
        RuleFor(x => x.Year)
            .NotNull().WithMessage("Ange budgetåret.")
            .InclusiveBetween(Limits.FirstYear, Limits.LastYear).WithMessage($"Budgetåret måste vara mellan {Limits.FirstYear} och {Limits.LastYear}.");
        RuleFor(x => x.Recurring).NotNull().WithMessage("Ange om besparingen är återkommande eller engångs.");
        RuleFor(x => x.Note).MaximumLength(Limits.MaxTextLength).WithMessage($"Anteckningen får vara högst {Limits.MaxTextLength} tecken.");
        RuleFor(x => x.ExpectedVersion)
            .NotNull().WithMessage("Ange expectedVersion, den version av posten du utgår från.")
            .GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");
    }
}

public static class RealiseSavingEndpoint
{
    /// <summary>Realising is legal only from the statuses the lifecycle allows; amounts are validated before.</summary>
    public static Decision Decide(Item item, RealiseSaving command, DateTimeOffset now) =>
        Lifecycle.Check(item, LifecycleStep.Realise) is { } refusal
            ? Decision.Refuse(refusal)
            : Decision.Accept(new SavingRealised(command.AmountTkr!.Value, command.Year!.Value, command.Recurring!.Value, command.Note, now));

    [WolverinePost("/api/{kind}/{id}/realise")]
    public static Task<IResult> Post(string kind, Guid id, RealiseSaving command, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        ItemCommands.Execute(kind, id, command.ExpectedVersion!.Value, session, item => Decide(item, command, clock.GetUtcNow()), ct);
}
