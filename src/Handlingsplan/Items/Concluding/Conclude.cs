using FluentValidation;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Concluding;

public sealed record ConcludeInvestigation(string? Findings, long? ExpectedVersion) : IStepCommand;

public sealed class ConcludeInvestigationValidator : AbstractValidator<ConcludeInvestigation>
{
    public ConcludeInvestigationValidator()
    {
        RuleFor(x => x.Findings).ValidRequiredText("Beskriv utredningens slutsatser.", "Slutsatserna");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

/// <summary>An investigation records its findings, once; the lifecycle decides when (assigned or realising).</summary>
public sealed class Conclude : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "conclude",
        Route = "conclude",
        Verb = "avsluta med slutsatser",
        Button = "Spara slutsatser",
        Order = 7,
        From = [ItemStatus.Assigned, ItemStatus.Realising],
        Kinds = [ItemKind.Investigation],
        Who = Taker.Owner,
        Guard = item => item.Findings is null
            ? null
            : "Utredningen är redan avslutad med slutsatser. Anteckna en uppföljning om något har tillkommit.",
        Fields = _ => [new("findings", "Slutsatser", FormFieldType.TextArea)],
        Events =
        [
            new StepEvent<InvestigationConcluded>("Slutsatser", (item, e) => item with { Findings = e.Findings, ConcludedAt = e.ConcludedAt }, e => e.Findings),
        ],
    };

    public static object[] Decide(ConcludeInvestigation command, DateTimeOffset now) => [new InvestigationConcluded(command.Findings!.Trim(), now)];

    [WolverinePost("/api/{kind}/{id}/conclude")]
    public static (ItemVersion, Events) Post(ConcludeInvestigation command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, clock.GetUtcNow()));
}
