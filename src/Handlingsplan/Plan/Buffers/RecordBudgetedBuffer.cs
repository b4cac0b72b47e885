using System.Security.Claims;
using FluentValidation;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using JasperFx.Events;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Plan.Buffers;

/// <summary>What a nämnd has budgeted as its buffer against unforeseen costs, in tkr, for a year.</summary>
public sealed record BufferBudgeted(string Committee, int Year, decimal BudgetedTkr);

/// <param name="ExpectedVersion">The plan's version the caller read, optional; when given, a stale one is refused.</param>
public sealed record RecordBudgetedBuffer(decimal? BudgetedTkr, int? Year, long? ExpectedVersion = null);

public sealed class RecordBudgetedBufferValidator : AbstractValidator<RecordBudgetedBuffer>
{
    public RecordBudgetedBufferValidator()
    {
        RuleFor(x => x.BudgetedTkr)
            .NotNull().WithMessage("Ange den budgeterade bufferten i tkr.")
            .GreaterThanOrEqualTo(0).WithMessage("Bufferten kan inte vara negativ.")
            .LessThanOrEqualTo(Limits.MaxAmountTkr).WithMessage($"Bufferten får vara högst {Limits.MaxAmountText} tkr.");
        RuleFor(x => x.Year).ValidBudgetYear();
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");
    }
}

public sealed record BufferRecorded(string Committee, int Year, decimal BudgetedTkr, long Version);

/// <summary>Kommunledning records what a nämnd has budgeted for a year; the latest figure per nämnd and year counts.</summary>
public static class RecordBudgetedBufferEndpoint
{
    /// <summary>The plan has one stream per store.</summary>
    public static Guid PlanId() => PlanImport.PlanId;

    /// <summary>Pure: the answer that stops the command, or null when it may go on.</summary>
    public static IResult? Check(string committee, RecordBudgetedBuffer command, ActionPlan? plan, long currentVersion, AppUser user)
    {
        if (!user.IsManagement)
            return Problems.Forbidden(Permissions.Refusal(user, "Nämndbuffertar registreras av kommunledningen."));
        if (!Committees.All.Any(c => c.Code == committee && !c.IsCompany))
            return Results.Problem(statusCode: 404, title: "Hittades inte", detail: $"Det finns ingen nämnd med koden '{committee}'.");
        if (plan is null)
            return Results.Problem(statusCode: 409, title: "Planen saknas", detail: "Handlingsplanen är inte inläst ännu, så det finns ingen plan att registrera bufferten på.");
        if (command.ExpectedVersion is { } expected && expected != currentVersion)
            return Problems.StaleVersion(expected, currentVersion);
        return null;
    }

    public static IResult Before(string committee, RecordBudgetedBuffer command, IEventStream<ActionPlan> stream, ClaimsPrincipal principal, IDocumentSession session)
    {
        var user = AppUser.From(principal);
        if (Check(committee, command, stream.Aggregate, stream.CurrentVersion ?? 0, user) is { } stop) return stop;
        session.StampWith(user);
        return WolverineContinue.Result();
    }

    public static BufferBudgeted Decide(string committee, RecordBudgetedBuffer command) => new(committee, command.Year!.Value, command.BudgetedTkr!.Value);

    [WolverinePost("/api/buffers/{committee}")]
    public static (BufferRecorded, Events) Post(string committee, RecordBudgetedBuffer command,
        [WriteAggregate(Required = false, FromMethod = nameof(PlanId))] ActionPlan plan)
    {
        var budgeted = Decide(committee, command);
        return (new BufferRecorded(budgeted.Committee, budgeted.Year, budgeted.BudgetedTkr, plan.Version + 1), [budgeted]);
    }
}
