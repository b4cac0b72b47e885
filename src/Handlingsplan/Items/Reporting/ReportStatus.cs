using FluentValidation;
using Handlingsplan.Infrastructure;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Reporting;

/// <summary>
/// The owner's status for a reporting period, as Stratsys has it. A report after the period's
/// deadline is recorded and marked late (<paramref name="Late"/>), never refused.
/// </summary>
public sealed record StatusReported(
    Guid PeriodId, string Period, ReportedStatus Status, string Comment, decimal? RealisedTkrSoFar, DateOnly Deadline, bool Late, DateTimeOffset ReportedAt);

/// <param name="Status"><c>onTrack</c> (enligt plan), <c>atRisk</c> (risk för avvikelse) or <c>offTrack</c> (avvikelse).</param>
/// <param name="RealisedTkrSoFar">Optional: what the owner counts as realised so far, in tkr; the realisations themselves stay their own step.</param>
public sealed record ReportStatusCommand(Guid? PeriodId, string? Status, string? Comment, decimal? RealisedTkrSoFar, long? ExpectedVersion) : IStepCommand;

public sealed class ReportStatusCommandValidator : AbstractValidator<ReportStatusCommand>
{
    public ReportStatusCommandValidator()
    {
        RuleFor(x => x.PeriodId).NotNull().WithMessage("Välj rapporteringsperiod.")
            .NotEqual(Guid.Empty).WithMessage("Välj rapporteringsperiod.");
        RuleFor(x => x.Status).Must(s => ReportedStatuses.Parse(s) is not null).WithMessage((_, s) => string.IsNullOrEmpty(s)
            ? "Välj status: enligt plan, risk för avvikelse eller avvikelse."
            : $"Okänd status '{s}'. Giltiga värden: {string.Join(", ", ReportedStatuses.Codes.Select(c => $"{c.Key} ({c.Value.ToLowerInvariant()})"))}.");
        RuleFor(x => x.Comment).ValidRequiredText("Skriv en kommentar till statusen.", "Kommentaren");
        RuleFor(x => x.RealisedTkrSoFar)
            .GreaterThanOrEqualTo(0).WithMessage("Realiserat hittills kan inte vara negativt.")
            .LessThanOrEqualTo(Limits.MaxAmountTkr).WithMessage($"Realiserat hittills får vara högst {Limits.MaxAmountText} tkr.");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

/// <summary>
/// The owner reports the item's status for an open reporting period. The period is a stream of its
/// own: it is loaded beside the item and checked after the shared step guard, so a user who may not
/// take the step hears that first.
/// </summary>
public sealed class ReportStatus : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "reportStatus",
        Route = "report-status",
        Verb = "rapportera status",
        Button = "Rapportera status",
        Order = 16,
        From = Lifecycle.Open,
        Who = Taker.Owner,
        Fields = _ =>
        [
            new("periodId", "Rapporteringsperiod", FormFieldType.OpenPeriod),
            new("status", "Status", FormFieldType.Select,
                Options: [("", "Välj"), .. ReportedStatuses.Codes.Select(c => (c.Key, c.Value))]),
            new("comment", "Kommentar", FormFieldType.TextArea),
            new("realisedTkrSoFar", "Realiserat hittills (tkr, frivilligt)", FormFieldType.Number),
        ],
        Events =
        [
            new StepEvent<StatusReported>("Statusrapport",
                (item, e) => item with { StatusReports = [.. item.StatusReports, new StatusReport(e.PeriodId, e.Period, e.Status, e.Comment, e.RealisedTkrSoFar, e.Deadline, e.Late, e.ReportedAt)] },
                Line),
        ],
    };

    /// <summary>"Statusrapport Tertial 1 2026: Risk för avvikelse – … (sen)".</summary>
    public static string Line(StatusReported e) =>
        $"Statusrapport {e.Period}: {ReportedStatuses.Text(e.Status)} – {e.Comment}"
        + (e.RealisedTkrSoFar is { } so ? $" Realiserat hittills {SwedishFormat.Tkr(so)}." : "")
        + (e.Late ? $" (sen, sista dag var {SwedishFormat.Date(e.Deadline)})" : "");

    /// <summary>The period the command names, as stored; null when there is none.</summary>
    public sealed record NamedPeriod(ReportingPeriod? Period);

    public static async Task<NamedPeriod> LoadAsync(ReportStatusCommand command, IDocumentSession session, CancellationToken ct) =>
        new(command.PeriodId is { } id ? await session.LoadAsync<ReportingPeriod>(id, ct) is { Name.Length: > 0 } found ? found : null : null);

    /// <summary>Pure: the refusal when the period does not exist or is closed.</summary>
    public static IResult? CheckPeriod(ReportStatusCommand command, ReportingPeriod? period) => period switch
    {
        null => Problems.Invalid(new Dictionary<string, string[]>
        {
            ["periodId"] = [$"Det finns ingen rapporteringsperiod med id {command.PeriodId}. Välj en öppen period."],
        }),
        { IsOpen: false } => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Perioden är stängd",
            detail: $"Rapporteringsperioden {period.Name} är stängd; det går inte längre att rapportera för den."),
        _ => null,
    };

    public static IResult Before(ReportStatusCommand command, NamedPeriod named) =>
        CheckPeriod(command, named.Period) ?? WolverineContinue.Result();

    /// <summary>Pure: the report, marked late when it is made after the deadline's Swedish day.</summary>
    public static object[] Decide(ReportStatusCommand command, ReportingPeriod period, DateTimeOffset now) =>
    [
        new StatusReported(period.Id, period.Name, ReportedStatuses.Parse(command.Status)!.Value, command.Comment!.Trim(),
            command.RealisedTkrSoFar, period.Deadline, period.IsLate(now), now),
    ];

    [WolverinePost("/api/{kind}/{id}/report-status")]
    public static (ItemVersion, Events) Post(ReportStatusCommand command, [WriteAggregate(Required = false)] Item item, NamedPeriod named, TimeProvider clock) =>
        ItemVersion.After(item, Decide(command, named.Period!, clock.GetUtcNow()));
}
