using System.Security.Claims;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using FluentValidation;
using Handlingsplan.Items;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Plan.Buffers;

/// <summary>What a nämnd has budgeted as its buffer against unforeseen costs, in tkr, for a year.</summary>
public sealed record BufferBudgeted(string Committee, int Year, decimal BudgetedTkr);

public sealed record RecordBudgetedBuffer(decimal? BudgetedTkr, int? Year);

public sealed class RecordBudgetedBufferValidator : AbstractValidator<RecordBudgetedBuffer>
{
    public RecordBudgetedBufferValidator()
    {
        RuleFor(x => x.BudgetedTkr)
            .NotNull().WithMessage("Ange den budgeterade bufferten i tkr.")
            .GreaterThanOrEqualTo(0).WithMessage("Bufferten kan inte vara negativ.")
            .LessThanOrEqualTo(Limits.MaxAmountTkr).WithMessage($"Bufferten får vara högst {Limits.MaxAmountText} tkr.");
        RuleFor(x => x.Year)
            .NotNull().WithMessage("Ange budgetåret.")
            .InclusiveBetween(Limits.FirstYear, Limits.LastYear).WithMessage($"Budgetåret måste vara mellan {Limits.FirstYear} och {Limits.LastYear}.");
    }
}

public static class RecordBudgetedBufferEndpoint
{
    /// <summary>Kommunledning records what a nämnd has budgeted; the latest figure per nämnd counts.</summary>
    [WolverinePost("/api/buffers/{committee}")]
    public static async Task<IResult> Post(string committee, RecordBudgetedBuffer command, IDocumentSession session, ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        if (!AccessRules.CanRecordBuffers(user))
            return Problems.Forbidden(user.Role == Roles.Auditor ? AccessRules.WhyNot(user, null, null) : "Nämndbuffertar registreras av kommunledningen.");
        if (!Committees.All.Any(c => c.Code == committee && !c.IsCompany))
            return Results.Problem(statusCode: 404, title: "Hittades inte", detail: $"Det finns ingen nämnd med koden '{committee}'.");
        session.StampWith(user);
        session.Events.Append(PlanImport.PlanId, new BufferBudgeted(committee, command.Year!.Value, command.BudgetedTkr!.Value));
        await session.SaveChangesAsync(ct);
        return Results.Ok(new { committee, year = command.Year, budgetedTkr = command.BudgetedTkr });
    }
}
