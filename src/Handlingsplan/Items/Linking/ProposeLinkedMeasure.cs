using System.Security.Claims;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items.Proposing;
using Handlingsplan.Measures;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Items.Linking;

public sealed record LinkedMeasureCreated(Guid Id, long Version, Guid OriginId, long OriginVersion);

/// <summary>
/// A shift or investigation gives rise to a measure. The body is a proposal; its
/// <c>expectedVersion</c>, optional here, is the origin's.
/// </summary>
public static class ProposeLinkedMeasureEndpoint
{
    /// <summary>Starts the measure with a link to its origin, and records the link on the origin, so it shows from both sides.</summary>
    public static Decision Decide(Item origin, Guid measureId, ProposeItem command)
    {
        if (Lifecycle.Check(origin, LifecycleStep.ProposeMeasure) is { } refusal) return Decision.Refuse(refusal);
        var proposed = ProposeItemEndpoint.Decide(ItemKind.Measure, command, new ItemLink(origin.Kind, origin.Id, origin.Title));
        return Decision.Accept(new MeasureLinked(measureId, proposed.Title)) with
        {
            Starts = [new NewStream(typeof(Measure), measureId, proposed)],
        };
    }

    [WolverinePost("/api/{kind}/{id}/measures")]
    public static Task<IResult> Post(string kind, Guid id, ProposeItem command, IDocumentSession session, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!AccessRules.CanPropose(AppUser.From(user), command.Committee))
            return Task.FromResult(Problems.Forbidden(AccessRules.WhyNot(AppUser.From(user), null, null)));
        var measureId = Guid.CreateVersion7();
        return ItemCommands.Execute(kind, id, command.ExpectedVersion, session, user, LifecycleStep.ProposeMeasure, origin => Decide(origin, measureId, command), ct,
            respond: (_, originVersion) => Results.Created($"/api/measures/{measureId}", new LinkedMeasureCreated(measureId, 1, id, originVersion)));
    }
}
