using FluentValidation;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Assigning;

/// <param name="DueDate">ISO date (yyyy-MM-dd), optional.</param>
/// <param name="DecisionReference">The decision behind the assignment, optional, e.g. "KS 2024-09-02 § 123".</param>
public sealed record AssignItem(string? Department, string? ResponsibleRole, string? DueDate, long? ExpectedVersion, string? DecisionReference = null) : IStepCommand;

public sealed class AssignItemValidator : AbstractValidator<AssignItem>
{
    public AssignItemValidator(TimeProvider clock)
    {
        RuleFor(x => x.Department).ValidRequiredText("Ange förvaltning eller avdelning.", "Förvaltningen", Limits.MaxShortTextLength);
        RuleFor(x => x.ResponsibleRole).ValidOptionalText("Ansvar", Limits.MaxShortTextLength);
        RuleFor(x => x.DueDate).ValidFutureDate("Slutdatum", clock);
        RuleFor(x => x.DecisionReference).ValidOptionalText("Beslutsreferensen", Limits.MaxShortTextLength);
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

/// <summary>The item is given to a department to carry out, optionally under a decision.</summary>
public sealed class Assign : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "assign",
        Route = "assign",
        Verb = "tilldela",
        Button = "Tilldela",
        Order = 3,
        From = [ItemStatus.Prioritised],
        IsDecision = true,
        Fields = _ =>
        [
            new("department", "Förvaltning eller avdelning"),
            new("responsibleRole", "Ansvarig roll", Hint: "T.ex. förvaltningschef"),
            new("dueDate", "Klart senast", FormFieldType.Date),
            new("decisionReference", "Beslutsreferens (valfri)", Hint: "T.ex. KS 2024-09-02 § 123"),
        ],
        Events =
        [
            new StepEvent<ItemAssigned>("Tilldelad",
                (item, e) => item with { Department = e.Department, ResponsibleRole = e.ResponsibleRole ?? item.ResponsibleRole, DueDate = e.DueDate },
                e => $"{(e.DecisionReference is null ? "" : $"Beslut {e.DecisionReference}. ")}Till {e.Department}{(e.ResponsibleRole is null ? "" : $", ansvar: {e.ResponsibleRole}")}{(e.DueDate is null ? "" : $", klart senast {e.DueDate:yyyy-MM-dd}")}.")
            {
                LeadsTo = ItemStatus.Assigned, Reference = e => e.DecisionReference, Department = e => e.Department,
            },
        ],
    };

    public static object[] Decide(AssignItem command) =>
    [
        new ItemAssigned(
            command.Department!.Trim(),
            Rules.Trimmed(command.ResponsibleRole),
            Rules.TryParseDate(command.DueDate, out var due) ? due : null,
            Rules.Trimmed(command.DecisionReference)),
    ];

    [WolverinePost("/api/{kind}/{id}/assign")]
    public static (ItemVersion, Events) Post(AssignItem command, [WriteAggregate(Required = false)] Item item) =>
        ItemVersion.After(item, Decide(command));
}
