namespace Handlingsplan.Items;

/// <summary>
/// One kind of item, described once: its names in the API, the web app and Swedish sentences, and how
/// its stream starts. Everything that differs between the kinds is read from here.
/// </summary>
public sealed record KindDescription
{
    public required ItemKind Kind { get; init; }
    /// <summary>In the API's routes: <c>/api/measures</c>.</summary>
    public required string Segment { get; init; }
    /// <summary>In the web app's addresses: <c>/atgarder</c>.</summary>
    public required string Slug { get; init; }
    /// <summary>"Åtgärd", as a page heading.</summary>
    public required string Singular { get; init; }
    /// <summary>"Åtgärder", as a list heading.</summary>
    public required string Plural { get; init; }
    /// <summary>"åtgärden", inside a sentence.</summary>
    public required string Definite { get; init; }
    /// <summary>"åtgärd", inside a sentence.</summary>
    public required string Indefinite { get; init; }
    /// <summary>The event that starts a stream of this kind.</summary>
    public required Type ProposedEvent { get; init; }
    /// <summary>The blank proposal of this kind, with what only this kind carries.</summary>
    public required Func<ProposalExtras, ItemProposed> NewProposal { get; init; }
    /// <summary>What the kind's own proposal adds to a new item.</summary>
    public Func<Item, ItemProposed, Item> StartOwn { get; init; } = (item, _) => item;

    /// <summary>Pure: a new item of this kind, from its proposal.</summary>
    public Item Start(Guid id, ItemProposed proposal, DateTimeOffset at) => StartOwn(new Item
    {
        Id = id,
        Kind = Kind,
        Title = proposal.Title,
        Description = proposal.Description,
        Committee = proposal.Committee,
        Category = proposal.Category,
        Horizon = proposal.Horizon,
        EstimatedSavingTkr = proposal.EstimatedSavingTkr,
        NotQuantified = proposal.EstimatedSavingTkr is null && proposal.NotQuantified == true,
        Source = proposal.Source,
        ResponsibleRole = proposal.ResponsibleRole,
        Timeline = proposal.Timeline,
        Diarienummer = proposal.Diarienummer,
        Status = ItemStatus.Proposed,
        ProposedAt = at,
    }, proposal);
}

/// <summary>What a proposal may carry beyond the shared fields: a measure's origin, an investigation's handling.</summary>
public sealed record ProposalExtras(ItemLink? Origin, string? Handling);

public static class Kinds
{
    public static readonly KindDescription Measure = new()
    {
        Kind = ItemKind.Measure,
        Segment = "measures",
        Slug = "atgarder",
        Singular = "Åtgärd",
        Plural = "Åtgärder",
        Definite = "åtgärden",
        Indefinite = "åtgärd",
        ProposedEvent = typeof(MeasureProposed),
        NewProposal = extras => new MeasureProposed { Title = "", Committee = "", Origin = extras.Origin },
        StartOwn = (item, proposal) => item with { Origin = ((MeasureProposed)proposal).Origin },
    };

    public static readonly KindDescription Shift = new()
    {
        Kind = ItemKind.Shift,
        Segment = "shifts",
        Slug = "forflyttningar",
        Singular = "Förflyttning",
        Plural = "Förflyttningar",
        Definite = "förflyttningen",
        Indefinite = "förflyttning",
        ProposedEvent = typeof(ShiftProposed),
        NewProposal = _ => new ShiftProposed { Title = "", Committee = "" },
    };

    public static readonly KindDescription Investigation = new()
    {
        Kind = ItemKind.Investigation,
        Segment = "investigations",
        Slug = "utredningar",
        Singular = "Kommunövergripande utredning",
        Plural = "Utredningar",
        Definite = "utredningen",
        Indefinite = "utredning",
        ProposedEvent = typeof(InvestigationProposed),
        NewProposal = extras => new InvestigationProposed { Title = "", Committee = "", Handling = extras.Handling },
        StartOwn = (item, proposal) => item with { Handling = ((InvestigationProposed)proposal).Handling },
    };

    public static readonly IReadOnlyList<KindDescription> All = [Measure, Shift, Investigation];

    public static KindDescription Of(ItemKind kind) => All.First(k => k.Kind == kind);

    public static KindDescription? BySegment(string? segment) => All.FirstOrDefault(k => k.Segment == segment);

    public static KindDescription? BySlug(string? slug) => All.FirstOrDefault(k => k.Slug == slug);

    /// <summary>The kind a stream's first event starts, or null when the event starts no item.</summary>
    public static KindDescription? OfProposal(object @event) => All.FirstOrDefault(k => k.ProposedEvent == @event.GetType());

    /// <summary>The stored event type names (e.g. <c>measure_proposed</c>) that start an item.</summary>
    public static readonly IReadOnlyDictionary<string, KindDescription> ByProposalTypeName =
        All.ToDictionary(k => JasperFx.Events.EventTypeExtensions.GetEventTypeName(k.ProposedEvent));

    /// <summary>The kind whose proposal has this stored event type name.</summary>
    public static KindDescription? OfProposalTypeName(string? typeName) =>
        typeName is not null ? ByProposalTypeName.GetValueOrDefault(typeName) : null;

    public static IResult Unknown(string segment) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Hittades inte",
        detail: $"Det finns ingen typ av post som heter '{segment}'. Använd {string.Join(", ", All.SkipLast(1).Select(k => k.Segment))} eller {All[^1].Segment}.");
}
