using System.Security.Claims;
using FluentValidation;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Items.Assigning;

/// <param name="DueDate">ISO date (yyyy-MM-dd), optional.</param>
/// <param name="DecisionReference">The decision behind the assignment, optional, e.g. "KS 2024-09-02 § 123".</param>
public sealed record Assign(string? Department, string? ResponsibleRole, string? DueDate, long? ExpectedVersion, string? DecisionReference = null);

public sealed class AssignValidator : AbstractValidator<Assign>
{
    public AssignValidator()
    {
        RuleFor(x => x.Department).ValidRequiredText("Ange förvaltning eller avdelning.", "Förvaltningen", Limits.MaxShortTextLength);
        RuleFor(x => x.ResponsibleRole).ValidOptionalText("Ansvar", Limits.MaxShortTextLength);
        RuleFor(x => x.DueDate).ValidDate("Slutdatum");
        RuleFor(x => x.DecisionReference).ValidOptionalText("Beslutsreferensen", Limits.MaxShortTextLength);
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

public static class AssignEndpoint
{
    public static Decision Decide(Item item, Assign command) =>
        Lifecycle.Decide(item, LifecycleStep.Assign, () =>
        [
            new ItemAssigned(
                command.Department!.Trim(),
                string.IsNullOrWhiteSpace(command.ResponsibleRole) ? null : command.ResponsibleRole.Trim(),
                Rules.TryParseDate(command.DueDate, out var due) ? due : null,
                Rules.Trimmed(command.DecisionReference)),
        ]);

    [WolverinePost("/api/{kind}/{id}/assign")]
    public static Task<IResult> Post(string kind, Guid id, Assign command, IDocumentSession session, ClaimsPrincipal user, CancellationToken ct) =>
        ItemCommands.Execute(kind, id, command.ExpectedVersion, session, user, LifecycleStep.Assign, item => Decide(item, command), ct);
}
