using FluentValidation;
using Handlingsplan.Tenancy;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Sharing;

/// <param name="Reason">Why the measure is no longer shared, optional.</param>
public sealed record WithdrawSharing(string? Reason, long? ExpectedVersion) : IStepCommand;

public sealed class WithdrawSharingValidator : AbstractValidator<WithdrawSharing>
{
    public WithdrawSharingValidator()
    {
        RuleFor(x => x.Reason).ValidOptionalText("Motiveringen", Limits.MaxShortTextLength);
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");
    }
}

/// <summary>Kommunledning stopped sharing the measure: the other municipalities no longer see it.</summary>
public sealed record MeasureSharingWithdrawn(string? Reason, DateTimeOffset WithdrawnAt);

/// <summary>
/// The measure is no longer shared with the other municipalities, in any status, by kommunledning,
/// who shared it. The shared copy is removed in the same transaction as the event; the history keeps
/// both what was shared and the withdrawal.
/// </summary>
public sealed class WithdrawSharingStep : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "withdrawSharing",
        Route = "withdraw-sharing",
        Verb = "sluta dela med andra kommuner",
        Button = "Sluta dela",
        Order = 24,
        From = Lifecycle.Any,
        Kinds = [ItemKind.Measure],
        Who = Taker.Management,
        Aside = true,
        Guard = item => item.Shared is null ? "Åtgärden delas inte med andra kommuner." : null,
        Fields = _ => [new("reason", "Motivering", Hint: "Valfritt, t.ex. varför åtgärden inte längre ska delas.")],
        Events =
        [
            new StepEvent<MeasureSharingWithdrawn>("Delas inte längre med andra kommuner", (item, _) => item with { Shared = null },
                e => e.Reason is null ? "Andra kommuner ser inte längre åtgärden." : $"Andra kommuner ser inte längre åtgärden. {e.Reason}")
            {
                Reason = e => e.Reason,
            },
        ],
    };

    public static MeasureSharingWithdrawn Decide(WithdrawSharing command, DateTimeOffset now) => new(Rules.Trimmed(command.Reason), now);

    [WolverinePost("/api/{kind}/{id}/withdraw-sharing")]
    public static (ItemVersion, Events) Post(WithdrawSharing command, [WriteAggregate(Required = false)] Item item, IDocumentSession session, TimeProvider clock)
    {
        session.Delete<SharedMeasure>(SharedMeasure.IdFor(MunicipalityContext.Current, item.Id));
        return ItemVersion.After(item, [Decide(command, clock.GetUtcNow())]);
    }
}
