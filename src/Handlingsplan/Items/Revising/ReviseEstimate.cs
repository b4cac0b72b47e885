using System.Security.Claims;
using FluentValidation;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Items.Revising;

/// <param name="EstimatedSavingTkr">The new estimate in tkr; null means "too early to judge".</param>
public sealed record ReviseEstimate(decimal? EstimatedSavingTkr, string? Reason, long? ExpectedVersion);

public sealed class ReviseEstimateValidator : AbstractValidator<ReviseEstimate>
{
    public ReviseEstimateValidator()
    {
        RuleFor(x => x.EstimatedSavingTkr).ValidEstimate();
        RuleFor(x => x.Reason).ValidOptionalText("Motiveringen");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

public static class ReviseEstimateEndpoint
{
    public static Decision Decide(Item item, ReviseEstimate command) =>
        Lifecycle.Decide(item, LifecycleStep.ReviseEstimate, () => [new EstimateRevised(command.EstimatedSavingTkr, command.Reason)]);

    [WolverinePost("/api/{kind}/{id}/revise-estimate")]
    public static Task<IResult> Post(string kind, Guid id, ReviseEstimate command, IDocumentSession session, ClaimsPrincipal user, CancellationToken ct) =>
        ItemCommands.Execute(kind, id, command.ExpectedVersion, session, user, LifecycleStep.ReviseEstimate, item => Decide(item, command), ct);
}
