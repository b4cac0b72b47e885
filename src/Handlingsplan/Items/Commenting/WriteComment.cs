using FluentValidation;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Commenting;

public sealed record WriteComment(string? Text, long? ExpectedVersion) : IStepCommand;

public sealed class WriteCommentValidator : AbstractValidator<WriteComment>
{
    public WriteCommentValidator()
    {
        RuleFor(x => x.Text).ValidRequiredText("Skriv en kommentar.", "Kommentaren");
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");
    }
}

/// <summary>
/// A comment in the item's thread, by anyone who may write to the item, in any status: a closed item
/// can still be discussed. The author and the time are the event's own stamp.
/// </summary>
public sealed class WriteCommentStep : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "comment",
        Route = "comment",
        Verb = "kommentera",
        Button = "Skicka kommentar",
        Order = 20,
        From = Lifecycle.Any,
        Who = Taker.Owner,
        Aside = true,
        Fields = _ => [new("text", "Kommentar", FormFieldType.TextArea)],
        Events =
        [
            new StepEvent<CommentWritten>("Kommentar", (item, e) => item with { Comments = [.. item.Comments, new Comment(e.Text, e.WrittenAt)] }, e => e.Text),
        ],
    };

    public static object[] Decide(WriteComment command, DateTimeOffset now) => [new CommentWritten(command.Text!.Trim(), now)];

    [WolverinePost("/api/{kind}/{id}/comment")]
    public static (ItemVersion, Events) Post(WriteComment command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, clock.GetUtcNow()));
}
