using System.Security.Claims;
using FluentValidation;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using JasperFx.Events;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Genomlysningar.Adopting;

/// <param name="DecidedOn">The day it was adopted, yyyy-MM-dd; not in the future, and today when left out.</param>
public sealed record AdoptGenomlysning(string? DecisionReference, string? DecidedOn, long? ExpectedVersion);

public sealed class AdoptGenomlysningValidator : AbstractValidator<AdoptGenomlysning>
{
    public AdoptGenomlysningValidator(TimeProvider clock)
    {
        RuleFor(x => x.DecisionReference).ValidRequiredText("Ange beslutet, t.ex. KS 2025-09-01 § 120.", "Beslutsreferensen", Limits.MaxShortTextLength);
        RuleFor(x => x.DecidedOn).ValidDecisionDate(clock);
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");
    }
}

/// <param name="Text">Section 2.4: how the nämnd reads its key figures.</param>
public sealed record WriteAnalysis(string? Text, long? ExpectedVersion);

public sealed class WriteAnalysisValidator : AbstractValidator<WriteAnalysis>
{
    public WriteAnalysisValidator()
    {
        RuleFor(x => x.Text).ValidRequiredText("Skriv analysen.", "Analysen", 20_000);
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");
    }
}

public sealed record GenomlysningVersion(Guid Id, long Version);

/// <summary>
/// The last steps of a draft: its analysis written (section 2.4, by kommunledning or the nämnd's
/// förvaltningschef), then adopted by a decision (kommunledning). Once adopted, it is what it was
/// adopted as: its analysis, key figures and shifts no longer change.
/// </summary>
public static class DraftGuard
{
    /// <summary>Pure: the answer that stops a change of a genomlysning, or null when it may go on.</summary>
    public static IResult? Check(Guid id, Genomlysning? genomlysning, long currentVersion, long? expectedVersion, AppUser user, bool decision)
    {
        if (genomlysning is null) return Problems.NotFound("genomlysning", id);
        if (decision ? !user.IsManagement : !Permissions.CanPropose(user, genomlysning.Committee))
            return Problems.Forbidden(Permissions.Refusal(user, decision ? "Att anta en genomlysning är ett beslut för kommunledningen." : $"Genomlysningen hör till {genomlysning.Committee}."));
        if (expectedVersion is { } expected && expected != currentVersion) return Problems.StaleVersion(expected, currentVersion);
        if (genomlysning.Status == GenomlysningStatus.Adopted)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Genomlysningen är antagen",
                detail: $"{genomlysning.Title} antogs {genomlysning.DecisionReference} och ändras inte.");
        return null;
    }

    public static IResult Continue(IResult? stop, ClaimsPrincipal principal, IDocumentSession session)
    {
        if (stop is not null) return stop;
        session.StampWith(AppUser.From(principal));
        return WolverineContinue.Result();
    }
}

public static class AdoptGenomlysningEndpoint
{
    public static IResult Before(Guid id, AdoptGenomlysning command, IEventStream<Genomlysning> stream, ClaimsPrincipal principal, IDocumentSession session) =>
        DraftGuard.Continue(DraftGuard.Check(id, stream.Aggregate, stream.CurrentVersion ?? 0, command.ExpectedVersion, AppUser.From(principal), decision: true), principal, session);

    [WolverinePost("/api/genomlysningar/{id}/anta")]
    public static (GenomlysningVersion, Events) Post(Guid id, AdoptGenomlysning command, [WriteAggregate(Required = false)] Genomlysning genomlysning, TimeProvider clock) =>
        (new GenomlysningVersion(id, genomlysning.Version + 1), [new GenomlysningAdopted(command.DecisionReference!.Trim(), Rules.DecidedOn(command.DecidedOn, clock))]);
}

public static class WriteAnalysisEndpoint
{
    public static IResult Before(Guid id, WriteAnalysis command, IEventStream<Genomlysning> stream, ClaimsPrincipal principal, IDocumentSession session) =>
        DraftGuard.Continue(DraftGuard.Check(id, stream.Aggregate, stream.CurrentVersion ?? 0, command.ExpectedVersion, AppUser.From(principal), decision: false), principal, session);

    [WolverinePost("/api/genomlysningar/{id}/analys")]
    public static (GenomlysningVersion, Events) Post(Guid id, WriteAnalysis command, [WriteAggregate(Required = false)] Genomlysning genomlysning) =>
        (new GenomlysningVersion(id, genomlysning.Version + 1), [new GenomlysningAnalysisWritten(command.Text!.Trim())]);
}
