using System.Security.Claims;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items.Proposing;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Linking;

public sealed record LinkedMeasureCreated(string Url, Guid Id, long Version, Guid OriginId, long OriginVersion) : CreationResponse(Url);

/// <summary>
/// A shift or investigation gives rise to a measure. The body is a proposal; its
/// <c>expectedVersion</c>, optional here, is the origin's. The measure starts with a link to its
/// origin, and the origin records the link, so it shows from both sides.
/// </summary>
public sealed class ProposeMeasure : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "proposeMeasure",
        Route = "measures",
        Verb = "föreslå en åtgärd härifrån",
        Button = "Föreslå åtgärd",
        Order = 8,
        From = Lifecycle.Open,
        Kinds = [ItemKind.Shift, ItemKind.Investigation],
        Who = Taker.Owner,
        StartsNewItem = true,
        Fields = item =>
        [
            new("title", "Titel på åtgärden"),
            new("committee", "Nämnd", FormFieldType.Select, Value: item.Committee, Options: Committees.All.Select(c => (c.Code, c.Name)).ToList()),
            new("estimatedSavingTkr", "Bedömd besparing (tkr)", FormFieldType.Number, Hint: "Lämna tomt om det är för tidigt att bedöma."),
            new("description", "Beskrivning", FormFieldType.TextArea),
        ],
        Events =
        [
            new StepEvent<MeasureLinked>("Åtgärd föreslagen härifrån",
                (item, e) => item with { Measures = [.. item.Measures, new ItemLink(ItemKind.Measure, e.MeasureId, e.Title)] }, e => e.Title),
        ],
    };

    /// <summary>The measure's first event, and the link recorded on its origin.</summary>
    public static (ItemProposed Measure, object[] OnOrigin) Decide(Item origin, Guid measureId, ProposeItem command)
    {
        var proposed = ProposeItemEndpoint.Decide(Kinds.Measure, command, new ItemLink(origin.Kind, origin.Id, origin.Title));
        return (proposed, [new MeasureLinked(measureId, proposed.Title)]);
    }

    /// <summary>A förvaltningschef proposes only for their own nämnd, whatever the origin.</summary>
    public static IResult Before(ProposeItem command, ClaimsPrincipal principal)
    {
        var user = AppUser.From(principal);
        return Permissions.CanPropose(user, command.Committee) ? WolverineContinue.Result() : Problems.Forbidden(Permissions.WhyNot(user, null, null));
    }

    [WolverinePost("/api/{kind}/{id}/measures")]
    public static (LinkedMeasureCreated, Events, IStartStream) Post(ProposeItem command, [WriteAggregate(Required = false)] Item origin)
    {
        var measureId = Guid.CreateVersion7();
        var (measure, onOrigin) = Decide(origin, measureId, command);
        var (version, events) = ItemVersion.After(origin, onOrigin);
        return (new LinkedMeasureCreated($"/api/{Kinds.Measure.Segment}/{measureId}", measureId, 1, origin.Id, version.Version), events,
            MartenOps.StartStream<Item>(measureId, measure));
    }
}
