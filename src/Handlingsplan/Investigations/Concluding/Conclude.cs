using System.Security.Claims;
using FluentValidation;
using Handlingsplan.Items;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Investigations.Concluding;

public sealed record Conclude(string? Findings, long? ExpectedVersion);

public sealed class ConcludeValidator : AbstractValidator<Conclude>
{
    public ConcludeValidator()
    {
        RuleFor(x => x.Findings).ValidRequiredText("Beskriv utredningens slutsatser.", "Slutsatserna");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

public static class ConcludeEndpoint
{
    /// <summary>An investigation is concluded once; the lifecycle decides when (assigned or realising).</summary>
    public static Decision Decide(Item item, Conclude command, DateTimeOffset now)
    {
        if (item is Investigation { Findings: not null })
            return Decision.Refuse(new Refusal(
                "Utredningen är redan avslutad med slutsatser. Anteckna en uppföljning om något har tillkommit.",
                item.Status, Lifecycle.StepsFrom(item.Kind, item.Status).Where(s => s != LifecycleStep.Conclude).ToList()));
        return Lifecycle.Decide(item, LifecycleStep.Conclude, () => [new InvestigationConcluded(command.Findings!.Trim(), now)]);
    }

    [WolverinePost("/api/investigations/{id}/conclude")]
    public static Task<IResult> Post(Guid id, Conclude command, IDocumentSession session, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        ItemCommands.Execute("investigations", id, command.ExpectedVersion, session, user, LifecycleStep.Conclude, item => Decide(item, command, clock.GetUtcNow()), ct);
}
