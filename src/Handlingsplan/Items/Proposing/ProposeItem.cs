using System.Security.Claims;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using FluentValidation;
using Handlingsplan.Investigations;
using Handlingsplan.Measures;
using Handlingsplan.Shifts;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Items.Proposing;

public sealed record ProposeItem(
    string? Title,
    string? Description,
    string? Committee,
    string? Category,
    string? Horizon,
    decimal? EstimatedSavingTkr,
    string? Source,
    string? ResponsibleRole = null,
    string? Timeline = null,
    string? Handling = null,
    /// <summary>Only when proposing a measure from a shift or investigation: the origin's version, optional.</summary>
    long? ExpectedVersion = null);

public sealed class ProposeItemValidator : AbstractValidator<ProposeItem>
{
    public ProposeItemValidator()
    {
        RuleFor(x => x.Title).ValidRequiredText("Ange en titel.", "Titeln", Limits.MaxTitleLength);
        RuleFor(x => x.Description).ValidOptionalText("Beskrivningen");
        RuleFor(x => x.Committee).ValidCommittee();
        RuleFor(x => x.Category).ValidCode(Vocabulary.Categories, "kategori");
        RuleFor(x => x.Horizon).ValidCode(Vocabulary.Horizons, "tidshorisont");
        RuleFor(x => x.EstimatedSavingTkr).ValidEstimate();
        RuleFor(x => x.Source).ValidOptionalText("Källan", Limits.MaxShortTextLength);
        RuleFor(x => x.ResponsibleRole).ValidOptionalText("Ansvar", Limits.MaxShortTextLength);
        RuleFor(x => x.Timeline).ValidOptionalText("Tidplanen", Limits.MaxShortTextLength);
        RuleFor(x => x.Handling).ValidOptionalText("Hanteringen");
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");
    }
}

public static class ProposeItemEndpoint
{
    /// <summary>The first event of a new item's stream; each kind starts with its own event type.</summary>
    public static ItemProposed Decide(ItemKind kind, ProposeItem command, ItemLink? origin = null)
    {
        ItemProposed proposed = kind switch
        {
            ItemKind.Measure => new MeasureProposed { Title = "", Committee = "", Origin = origin },
            ItemKind.Shift => new ShiftProposed { Title = "", Committee = "" },
            _ => new InvestigationProposed { Title = "", Committee = "", Handling = Trim(command.Handling) },
        };
        return proposed with
        {
            Title = command.Title!.Trim(),
            Description = Trim(command.Description),
            Committee = command.Committee!.Trim(),
            Category = command.Category,
            Horizon = command.Horizon,
            EstimatedSavingTkr = command.EstimatedSavingTkr,
            Source = Trim(command.Source),
            ResponsibleRole = Trim(command.ResponsibleRole),
            Timeline = Trim(command.Timeline),
        };
    }

    static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [WolverinePost("/api/{kind}")]
    public static async Task<IResult> Post(string kind, ProposeItem command, IDocumentSession session, ClaimsPrincipal principal, CancellationToken ct)
    {
        if (!ItemKinds.BySegment.TryGetValue(kind, out var itemKind)) return ItemKinds.Unknown(kind);
        var user = AppUser.From(principal);
        if (!AccessRules.CanPropose(user, command.Committee)) return Problems.Forbidden(AccessRules.WhyNot(user, null, null));

        session.StampWith(user);
        var id = Guid.CreateVersion7();
        session.Events.StartStream(ItemKinds.AggregateType(itemKind), id, Decide(itemKind, command));
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/{kind}/{id}", new ItemCreated(id, 1));
    }
}
