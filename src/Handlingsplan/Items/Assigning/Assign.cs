using FluentValidation;
using Handlingsplan.Items.Departments;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Assigning;

/// <param name="DueDate">ISO date (yyyy-MM-dd), optional.</param>
/// <param name="DecisionReference">The decision behind the assignment, optional, e.g. "KS 2024-09-02 § 123".</param>
/// <param name="Department">A name (or abbreviation) from the register, <c>GET /api/departments</c>.</param>
/// <param name="Together">Departments from the register that carry the work together with the first, optional.</param>
/// <param name="DecidedOn">The day the decision was taken (yyyy-MM-dd), optional: today when left out; never in the future.</param>
public sealed record AssignItem(
    string? Department, string? ResponsibleRole, string? DueDate, long? ExpectedVersion, string? DecisionReference = null,
    string? DecidedOn = null, IReadOnlyList<string>? Together = null) : IStepCommand;

public sealed class AssignItemValidator : AbstractValidator<AssignItem>
{
    public AssignItemValidator(TimeProvider clock)
    {
        RuleFor(x => x.Department).ValidDepartment();
        RuleForEach(x => x.Together).ValidDepartment();
        RuleFor(x => x.DecidedOn).ValidDecisionDate(clock);
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
            DepartmentField,
            new("responsibleRole", "Ansvarig roll", Hint: "T.ex. förvaltningschef"),
            new("dueDate", "Klart senast", FormFieldType.Date),
            new("decisionReference", "Beslutsreferens (valfri)", Hint: "T.ex. KS 2024-09-02 § 123"),
            new("decidedOn", "Beslutsdatum", FormFieldType.Date, Hint: "Dagen beslutet togs; lämna tomt för i dag."),
        ],
        Events =
        [
            new StepEvent<ItemAssigned>("Tilldelad",
                (item, e) => item with
                {
                    Department = e.Department, Together = e.Together ?? [], AssignmentNote = e.Note,
                    ResponsibleRole = e.ResponsibleRole ?? item.ResponsibleRole, DueDate = e.DueDate,
                },
                e => $"{(e.DecisionReference is null ? "" : $"Beslut {e.DecisionReference}. ")}Till {Departments.Departments.Describe(e.Department, e.Together)}{(e.ResponsibleRole is null ? "" : $", ansvar: {e.ResponsibleRole}")}{(e.DueDate is null ? "" : $", klart senast {e.DueDate:yyyy-MM-dd}")}.{(e.Note is null ? "" : " " + e.Note)}")
            {
                LeadsTo = ItemStatus.Assigned, Reference = e => e.DecisionReference, Department = e => e.Department, DecidedOn = e => e.DecidedOn,
            },
        ],
    };

    /// <summary>The department, chosen from the register.</summary>
    internal static FormField DepartmentField => new("department", "Förvaltning eller avdelning", FormFieldType.Select,
        Options: [("", "Välj förvaltning eller avdelning"), .. Departments.Departments.All.Select(d => (d.Name, d.PartOf is null ? d.Name : $"{d.Name} ({d.PartOf})"))]);

    public static object[] Decide(AssignItem command, DateOnly decidedOn) =>
    [
        new ItemAssigned(
            Departments.Departments.Find(command.Department)!.Name,
            Rules.Trimmed(command.ResponsibleRole),
            Rules.TryParseDate(command.DueDate, out var due) ? due : null,
            Rules.Trimmed(command.DecisionReference),
            decidedOn,
            Departments.Departments.Named(command.Together)),
    ];

    [WolverinePost("/api/{kind}/{id}/assign")]
    public static (ItemVersion, Events) Post(AssignItem command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, Rules.DecidedOn(command.DecidedOn, clock)));
}
