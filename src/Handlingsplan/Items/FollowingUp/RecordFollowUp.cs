using System.Security.Claims;
using FluentValidation;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Items.FollowingUp;

public sealed record RecordFollowUp(string? Note, long? ExpectedVersion);

public sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator()
    {
        RuleFor(x => x.Note).ValidRequiredText("Skriv en anteckning om uppföljningen.", "Anteckningen");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

public static class RecordFollowUpEndpoint
{
    public static Decision Decide(Item item, RecordFollowUp command, DateTimeOffset now) =>
        Lifecycle.Decide(item, LifecycleStep.FollowUp, () => [new FollowUpRecorded(command.Note!.Trim(), now)]);

    [WolverinePost("/api/{kind}/{id}/follow-up")]
    public static Task<IResult> Post(string kind, Guid id, RecordFollowUp command, IDocumentSession session, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        ItemCommands.Execute(kind, id, command.ExpectedVersion, session, user, LifecycleStep.FollowUp, item => Decide(item, command, clock.GetUtcNow()), ct);
}
