using System.Security.Claims;
using FluentValidation;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

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
    long? ExpectedVersion = null,
    /// <summary>True when the estimate is deliberately not put in figures ("ej beloppsatt"); then estimatedSavingTkr is null.</summary>
    bool? NotQuantified = null,
    /// <summary>The item's number in the diarium, e.g. "KS 2024/123", optional.</summary>
    string? Diarienummer = null) : IStepCommand;

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
        RuleFor(x => x.NotQuantified).NotQuantifiedWithoutAmount(x => x.EstimatedSavingTkr);
        RuleFor(x => x.Source).ValidOptionalText("Källan", Limits.MaxShortTextLength);
        RuleFor(x => x.ResponsibleRole).ValidOptionalText("Ansvar", Limits.MaxShortTextLength);
        RuleFor(x => x.Timeline).ValidOptionalText("Tidplanen", Limits.MaxShortTextLength);
        RuleFor(x => x.Handling).ValidOptionalText("Hanteringen");
        RuleFor(x => x.Diarienummer).ValidDiarienummer();
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");
    }
}

/// <summary>The answer to a proposal: 201 with the new item's address, id and version.</summary>
public sealed record ItemCreated(string Url, Guid Id, long Version) : CreationResponse(Url);

public static class ProposeItemEndpoint
{
    /// <summary>The first event of a new item's stream; each kind starts with its own event type.</summary>
    public static ItemProposed Decide(KindDescription kind, ProposeItem command, ItemLink? origin = null) =>
        kind.NewProposal(new ProposalExtras(origin, Rules.Trimmed(command.Handling))) with
        {
            Title = command.Title!.Trim(),
            Description = Rules.Trimmed(command.Description),
            Committee = command.Committee!.Trim(),
            Category = command.Category,
            Horizon = command.Horizon,
            EstimatedSavingTkr = command.EstimatedSavingTkr,
            NotQuantified = command.NotQuantified == true ? true : null,
            Source = Rules.Trimmed(command.Source),
            ResponsibleRole = Rules.Trimmed(command.ResponsibleRole),
            Timeline = Rules.Trimmed(command.Timeline),
            Diarienummer = Rules.Trimmed(command.Diarienummer),
        };

    /// <summary>How a proposal reads in the history.</summary>
    public static readonly string HistoryTitle = "Föreslagen";

    public static string Describe(ItemProposed e) =>
        $"Bedömning: {SwedishFormat.Estimate(e.EstimatedSavingTkr, e.NotQuantified == true)}.{(e.Diarienummer is null ? "" : $" Diarienummer {e.Diarienummer}.")}";

    /// <summary>Only a known kind, and only for a nämnd the caller may propose for.</summary>
    public static IResult Before(string kind, ProposeItem command, ClaimsPrincipal principal, IDocumentSession session)
    {
        if (Kinds.BySegment(kind) is null) return Kinds.Unknown(kind);
        var user = AppUser.From(principal);
        if (!Permissions.CanPropose(user, command.Committee)) return Problems.Forbidden(Permissions.WhyNot(user, null, null));
        session.StampWith(user);
        return WolverineContinue.Result();
    }

    [WolverinePost("/api/{kind}")]
    public static (ItemCreated, IStartStream) Post(string kind, ProposeItem command)
    {
        var id = Guid.CreateVersion7();
        return (new ItemCreated($"/api/{kind}/{id}", id, 1), MartenOps.StartStream<Item>(id, Decide(Kinds.BySegment(kind)!, command)));
    }
}
