using FluentValidation;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Registering;

/// <param name="Diarienummer">The item's number in the diarium, e.g. "KS 2024/123".</param>
/// <param name="Reason">Why it changes, optional, e.g. that the ärende was registered anew.</param>
public sealed record RegisterDiarienummer(string? Diarienummer, string? Reason, long? ExpectedVersion) : IStepCommand;

public sealed class RegisterDiarienummerValidator : AbstractValidator<RegisterDiarienummer>
{
    public RegisterDiarienummerValidator()
    {
        RuleFor(x => x.Diarienummer).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Ange diarienumret, t.ex. \"KS 2024/123\".")
            .ValidDiarienummer();
        RuleFor(x => x.Reason).ValidOptionalText("Motiveringen", Limits.MaxShortTextLength);
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");
    }
}

/// <summary>
/// The item's diarienummer registered after the proposal, or changed, in any status: the diarium often
/// gives the number later than the item is proposed. The earlier number stays in the history.
/// </summary>
public sealed class RegisterDiarienummerStep : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "registerDiarienummer",
        Route = "diarienummer",
        Verb = "registrera diarienumret",
        Button = "Spara diarienummer",
        Order = 22,
        From = Lifecycle.Any,
        Who = Taker.Owner,
        Aside = true,
        Fields = item =>
        [
            new("diarienummer", "Diarienummer", Hint: $"T.ex. KS 2024/123, högst {Limits.MaxDiarienummerLength} tecken.", Value: item.Diarienummer),
            new("reason", "Motivering", Hint: "Valfritt, t.ex. varför numret ändras."),
        ],
        Events =
        [
            new StepEvent<DiarienummerRegistered>("Diarienummer registrerat", (item, e) => item with { Diarienummer = e.Diarienummer },
                e => $"Diarienummer {e.Diarienummer}.{(e.Reason is null ? "" : $" {e.Reason}")}")
            {
                Reason = e => e.Reason, Diarienummer = e => e.Diarienummer,
            },
        ],
    };

    public static object[] Decide(RegisterDiarienummer command) =>
        [new DiarienummerRegistered(command.Diarienummer!.Trim(), Rules.Trimmed(command.Reason))];

    [WolverinePost("/api/{kind}/{id}/diarienummer")]
    public static (ItemVersion, Events) Post(RegisterDiarienummer command, [WriteAggregate(Required = false)] Item item) =>
        ItemVersion.After(item, Decide(command));
}
