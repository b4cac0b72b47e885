using System.Security.Claims;
using FluentValidation;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Items.Deciding;

/// <summary>Kommunledning's decision on a proposal: prioritise it, or judge it not a priority. Both cite the decision.</summary>
public sealed record DecideOnItem(string? DecisionReference, string? Reason, long? ExpectedVersion);

public sealed class DecideOnItemValidator : AbstractValidator<DecideOnItem>
{
    public DecideOnItemValidator()
    {
        RuleFor(x => x.DecisionReference).ValidRequiredText("Ange beslutsreferensen, t.ex. \"KS 2024-09-02 § 123\".", "Beslutsreferensen", Limits.MaxShortTextLength);
        RuleFor(x => x.Reason).ValidOptionalText("Motiveringen");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

public static class PrioritiseOrDeclineEndpoints
{
    public static Decision Prioritise(Item item, DecideOnItem command) =>
        Lifecycle.Decide(item, LifecycleStep.Prioritise, () => [new ItemPrioritised(command.DecisionReference!.Trim(), command.Reason)]);

    public static Decision Decline(Item item, DecideOnItem command) =>
        Lifecycle.Decide(item, LifecycleStep.Decline, () => [new ItemDeclined(command.DecisionReference!.Trim(), command.Reason)]);

    [WolverinePost("/api/{kind}/{id}/prioritise")]
    public static Task<IResult> PostPrioritise(string kind, Guid id, DecideOnItem command, IDocumentSession session, ClaimsPrincipal user, CancellationToken ct) =>
        ItemCommands.Execute(kind, id, command.ExpectedVersion, session, user, LifecycleStep.Prioritise, item => Prioritise(item, command), ct);

    [WolverinePost("/api/{kind}/{id}/decline")]
    public static Task<IResult> PostDecline(string kind, Guid id, DecideOnItem command, IDocumentSession session, ClaimsPrincipal user, CancellationToken ct) =>
        ItemCommands.Execute(kind, id, command.ExpectedVersion, session, user, LifecycleStep.Decline, item => Decline(item, command), ct);
}
