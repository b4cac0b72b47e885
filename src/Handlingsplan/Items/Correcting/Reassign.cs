using FluentValidation;
using Handlingsplan.Items.Assigning;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Correcting;

/// <param name="Department">A name (or abbreviation) from the register, <c>GET /api/departments</c>.</param>
/// <param name="DecidedOn">The day the decision was taken (yyyy-MM-dd), optional: today when left out; never in the future.</param>
public sealed record ReassignDepartment(
    string? Department, string? Reason, long? ExpectedVersion, IReadOnlyList<string>? Together = null,
    string? DecisionReference = null, string? DecidedOn = null) : IStepCommand;

public sealed class ReassignDepartmentValidator : AbstractValidator<ReassignDepartment>
{
    public ReassignDepartmentValidator(TimeProvider clock)
    {
        RuleFor(x => x.Department).ValidDepartment();
        RuleForEach(x => x.Together).ValidDepartment();
        RuleFor(x => x.Reason).ValidRequiredText("Skriv varför posten flyttas till en annan förvaltning.", "Motiveringen");
        RuleFor(x => x.DecisionReference).ValidOptionalText("Beslutsreferensen", Limits.MaxShortTextLength);
        RuleFor(x => x.DecidedOn).ValidDecisionDate(clock);
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

/// <summary>
/// The department is changed, or a mistaken one put right, by a new event: the earlier assignment
/// stays in the history beside it. Realisations and follow-ups stay with the item.
/// </summary>
public sealed class Reassign : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "reassign",
        Route = "reassign",
        Verb = "byta förvaltning",
        Button = "Byt förvaltning",
        Order = 13,
        From = [ItemStatus.Assigned, ItemStatus.Realising],
        IsDecision = true,
        CheckCommand = (item, command) =>
            Departments.Departments.Find(((ReassignDepartment)command).Department) is { } wanted
            && string.Equals(wanted.Name, item.Department, StringComparison.OrdinalIgnoreCase)
            && (((ReassignDepartment)command).Together ?? []).Count == 0 && item.Together.Count == 0
                ? ("department", $"Posten är redan tilldelad {item.Department}.")
                : null,
        Fields = _ =>
        [
            Assign.DepartmentField,
            new("reason", "Varför", FormFieldType.TextArea, Hint: "T.ex. fel förvaltning angavs vid tilldelningen."),
            new("decisionReference", "Beslutsreferens (valfri)", Hint: "T.ex. KS 2024-09-02 § 123"),
            new("decidedOn", "Beslutsdatum", FormFieldType.Date, Hint: "Dagen beslutet togs; lämna tomt för i dag."),
        ],
        Events =
        [
            new StepEvent<DepartmentReassigned>("Förvaltning bytt",
                (item, e) => item with
                {
                    Department = e.Department, Together = e.Together ?? [], AssignmentNote = e.Note,
                    ResponsibleRole = e.ResponsibleRole ?? item.ResponsibleRole,
                },
                e => $"Nu hos {Departments.Departments.Describe(e.Department, e.Together)}{(e.ResponsibleRole is null ? "" : $", ansvar: {e.ResponsibleRole}")}.{(e.Note is null ? "" : " " + e.Note)} {e.Reason}")
            {
                Reference = e => e.DecisionReference, Reason = e => e.Reason, Department = e => e.Department, DecidedOn = e => e.DecidedOn,
            },
        ],
    };

    public static object[] Decide(ReassignDepartment command, DateOnly decidedOn) =>
    [
        new DepartmentReassigned(
            Departments.Departments.Find(command.Department)!.Name,
            command.Reason!.Trim(),
            Departments.Departments.Named(command.Together),
            DecisionReference: Rules.Trimmed(command.DecisionReference),
            DecidedOn: decidedOn),
    ];

    [WolverinePost("/api/{kind}/{id}/reassign")]
    public static (ItemVersion, Events) Post(ReassignDepartment command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, Rules.DecidedOn(command.DecidedOn, clock)));
}

/// <param name="DecidedOn">The day the decision was taken (yyyy-MM-dd), optional: today when left out; never in the future.</param>
public sealed record WithdrawAssignmentCommand(string? Reason, long? ExpectedVersion, string? DecisionReference = null, string? DecidedOn = null) : IStepCommand;

public sealed class WithdrawAssignmentCommandValidator : AbstractValidator<WithdrawAssignmentCommand>
{
    public WithdrawAssignmentCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Reason).ValidRequiredText("Skriv varför tilldelningen återkallas.", "Motiveringen");
        RuleFor(x => x.DecisionReference).ValidOptionalText("Beslutsreferensen", Limits.MaxShortTextLength);
        RuleFor(x => x.DecidedOn).ValidDecisionDate(clock);
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

/// <summary>An assignment made in error is withdrawn: the item is prioritised again, with no department, until it is assigned anew.</summary>
public sealed class WithdrawAssignment : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "withdrawAssignment",
        Route = "withdraw-assignment",
        Verb = "återkalla tilldelningen",
        Button = "Återkalla tilldelningen",
        Order = 14,
        From = [ItemStatus.Assigned],
        IsDecision = true,
        Fields = _ =>
        [
            new("reason", "Varför", FormFieldType.TextArea, Hint: "T.ex. beslutet angav ingen samordnande förvaltning."),
            new("decisionReference", "Beslutsreferens (valfri)", Hint: "T.ex. KS 2024-09-02 § 123"),
            new("decidedOn", "Beslutsdatum", FormFieldType.Date, Hint: "Dagen beslutet togs; lämna tomt för i dag."),
        ],
        Events =
        [
            new StepEvent<AssignmentWithdrawn>("Tilldelning återkallad",
                (item, e) => item with
                {
                    Department = null, Together = [], AssignmentNote = null, DueDate = null,
                },
                e => (e.DecisionReference is null ? "" : $"Beslut {e.DecisionReference}. ") + e.Reason)
            {
                LeadsTo = ItemStatus.Prioritised, Reference = e => e.DecisionReference, Reason = e => e.Reason, DecidedOn = e => e.DecidedOn,
            },
        ],
    };

    public static object[] Decide(WithdrawAssignmentCommand command, DateOnly decidedOn) =>
        [new AssignmentWithdrawn(command.Reason!.Trim(), Rules.Trimmed(command.DecisionReference), decidedOn)];

    [WolverinePost("/api/{kind}/{id}/withdraw-assignment")]
    public static (ItemVersion, Events) Post(WithdrawAssignmentCommand command, [WriteAggregate(Required = false)] Item item, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, Rules.DecidedOn(command.DecidedOn, clock)));
}
