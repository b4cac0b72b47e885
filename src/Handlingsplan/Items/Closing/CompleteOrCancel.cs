using System.Security.Claims;
using FluentValidation;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Items.Closing;

/// <summary>Closing an item: completed when its work is done, cancelled from any open state.</summary>
public sealed record CloseItem(string? Reason, long? ExpectedVersion, string? DecisionReference = null);

public sealed class CloseItemValidator : AbstractValidator<CloseItem>
{
    public CloseItemValidator()
    {
        RuleFor(x => x.Reason).ValidOptionalText("Motiveringen");
        RuleFor(x => x.DecisionReference).ValidOptionalText("Beslutsreferensen", Limits.MaxShortTextLength);
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

public static class CompleteOrCancelEndpoints
{
    public static Decision Complete(Item item, CloseItem command) =>
        Lifecycle.Decide(item, LifecycleStep.Complete, () => [new ItemCompleted(command.Reason, Rules.Trimmed(command.DecisionReference))]);

    public static Decision Cancel(Item item, CloseItem command) =>
        Lifecycle.Decide(item, LifecycleStep.Cancel, () => [new ItemCancelled(command.Reason, Rules.Trimmed(command.DecisionReference))]);

    [WolverinePost("/api/{kind}/{id}/complete")]
    public static Task<IResult> PostComplete(string kind, Guid id, CloseItem command, IDocumentSession session, ClaimsPrincipal user, CancellationToken ct) =>
        ItemCommands.Execute(kind, id, command.ExpectedVersion, session, user, LifecycleStep.Complete, item => Complete(item, command), ct);

    [WolverinePost("/api/{kind}/{id}/cancel")]
    public static Task<IResult> PostCancel(string kind, Guid id, CloseItem command, IDocumentSession session, ClaimsPrincipal user, CancellationToken ct) =>
        ItemCommands.Execute(kind, id, command.ExpectedVersion, session, user, LifecycleStep.Cancel, item => Cancel(item, command), ct);
}
