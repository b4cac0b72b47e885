using FluentValidation;
using Handlingsplan.Items;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Measures.Proposing;

public sealed record ProposeMeasure(
    string? Title,
    string? Description,
    string? Committee,
    string? Category,
    string? Horizon,
    decimal? EstimatedSavingTkr,
    string? Source);

public sealed class ProposeMeasureValidator : AbstractValidator<ProposeMeasure>
{
    public ProposeMeasureValidator()
    {
        RuleFor(x => x.Title)
            .NotEmpty().WithMessage("Ange en titel.")
            .MaximumLength(Limits.MaxTitleLength).WithMessage($"Titeln får vara högst {Limits.MaxTitleLength} tecken.");
        RuleFor(x => x.Description).MaximumLength(Limits.MaxTextLength).WithMessage($"Beskrivningen får vara högst {Limits.MaxTextLength} tecken.");
        RuleFor(x => x.Committee)
            .NotEmpty().WithMessage("Ange nämnd.")
            .Must(Committees.IsKnown).When(x => !string.IsNullOrEmpty(x.Committee))
            .WithMessage(x => $"Okänd nämnd '{x.Committee}'. Giltiga koder: {Committees.Codes}.");
        RuleFor(x => x.Category).MaximumLength(Limits.MaxShortTextLength).WithMessage($"Kategorin får vara högst {Limits.MaxShortTextLength} tecken.");
        RuleFor(x => x.Horizon).MaximumLength(Limits.MaxShortTextLength).WithMessage($"Tidshorisonten får vara högst {Limits.MaxShortTextLength} tecken.");
        RuleFor(x => x.EstimatedSavingTkr)
            .GreaterThanOrEqualTo(0).WithMessage("Den bedömda besparingen kan inte vara negativ.")
            .LessThanOrEqualTo(Limits.MaxAmountTkr).WithMessage($"Den bedömda besparingen får vara högst {Limits.MaxAmountTkr:N0} tkr.");
        RuleFor(x => x.Source).MaximumLength(Limits.MaxShortTextLength).WithMessage($"Källan får vara högst {Limits.MaxShortTextLength} tecken.");
    }
}

public static class ProposeMeasureEndpoint
{
    public static MeasureProposed Decide(Guid id, ProposeMeasure command) => new(
        id,
        command.Title!.Trim(),
        command.Description,
        command.Committee!,
        command.Category,
        command.Horizon,
        command.EstimatedSavingTkr,
        command.Source,
        ResponsibleRole: null,
        Timeline: null);

    [WolverinePost("/api/measures")]
    public static async Task<IResult> Post(ProposeMeasure command, IDocumentSession session, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        session.Events.StartStream<Measure>(id, Decide(id, command));
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/measures/{id}", new ItemCreated(id, 1));
    }
}
