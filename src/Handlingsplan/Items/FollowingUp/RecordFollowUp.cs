using FluentValidation;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.FollowingUp;

public sealed record RecordFollowUp(string? Note, long? ExpectedVersion) : IStepCommand;

public sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator()
    {
        RuleFor(x => x.Note).ValidRequiredText("Skriv en anteckning om uppföljningen.", "Anteckningen");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

public sealed class FollowUpStep : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "followUp",
        Route = "follow-up",
        Verb = "anteckna en uppföljning",
        Button = "Spara uppföljning",
        Order = 6,
        From = Lifecycle.Open,
        Who = Taker.Owner,
        Fields = _ => [new("note", "Anteckning", FormFieldType.TextArea)],
        Events =
        [
            new StepEvent<FollowUpRecorded>("Uppföljning", (item, e) => item with { FollowUps = [.. item.FollowUps, new FollowUp(e.Note, e.RecordedAt)] }, e => e.Note),
        ],
    };

    public static object[] Decide(RecordFollowUp command, DateTimeOffset now) => [new FollowUpRecorded(command.Note!.Trim(), now)];

    [WolverinePost("/api/{kind}/{id}/follow-up")]
    public static (ItemVersion, Events) Post(RecordFollowUp command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, clock.GetUtcNow()));
}
