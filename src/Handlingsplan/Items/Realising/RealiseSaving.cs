using System.Security.Claims;
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
            .LessThanOrEqualTo(Limits.MaxAmountTkr).WithMessage($"Beloppet får vara högst {Limits.MaxAmountText} tkr.");
        RuleFor(x => x.Year)
            .NotNull().WithMessage("Ange budgetåret.")
            .InclusiveBetween(Limits.FirstYear, Limits.LastYear).WithMessage($"Budgetåret måste vara mellan {Limits.FirstYear} och {Limits.LastYear}.");
        RuleFor(x => x.Recurring).NotNull().WithMessage("Ange om besparingen är återkommande (true) eller engångs (false).");
        RuleFor(x => x.Note).ValidOptionalText("Anteckningen");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

public static class RealiseSavingEndpoint
{
    public static Decision Decide(Item item, RealiseSaving command, DateTimeOffset now) =>
        Lifecycle.Decide(item, LifecycleStep.Realise, () =>
            [new SavingRealised(command.AmountTkr!.Value, command.Year!.Value, command.Recurring!.Value, command.Note, now)]);

    [WolverinePost("/api/{kind}/{id}/realise")]
    public static Task<IResult> Post(string kind, Guid id, RealiseSaving command, IDocumentSession session, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        ItemCommands.Execute(kind, id, command.ExpectedVersion, session, user, LifecycleStep.Realise, item => Decide(item, command, clock.GetUtcNow()), ct);
}
