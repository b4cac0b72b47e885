using System.Security.Claims;
using FluentValidation;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using JasperFx.Events;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Reporting;

/// <param name="Deadline">The last day a report is on time, yyyy-MM-dd.</param>
public sealed record OpenReportingPeriod(string? Name, string? Deadline);

public sealed class OpenReportingPeriodValidator : AbstractValidator<OpenReportingPeriod>
{
    public OpenReportingPeriodValidator()
    {
        RuleFor(x => x.Name).ValidRequiredText("Ange periodens namn, t.ex. Tertial 1 2026.", "Namnet", Limits.MaxShortTextLength);
        RuleFor(x => x.Deadline)
            .NotEmpty().WithMessage("Ange sista dag för rapporteringen.")
            .Must(d => string.IsNullOrEmpty(d) || Rules.TryParseDate(d, out _))
            .WithMessage($"Sista dag måste vara ett datum på formen ÅÅÅÅ-MM-DD, mellan {Limits.FirstYear} och {Limits.LastYear}.");
    }
}

public sealed record ReportingPeriodCreated(string Url, Guid Id, long Version) : CreationResponse(Url);

public sealed record CloseReportingPeriod(long? ExpectedVersion);

public sealed class CloseReportingPeriodValidator : AbstractValidator<CloseReportingPeriod>
{
    public CloseReportingPeriodValidator() =>
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");
}

public sealed record ReportingPeriodVersion(Guid Id, long Version);

/// <summary>Reporting periods are opened and closed by kommunledning.</summary>
public static class ReportingPeriodAccess
{
    public static IResult? Refuse(AppUser user) =>
        user.IsManagement ? null : Problems.Forbidden(Permissions.Refusal(user, "Rapporteringsperioder öppnas och stängs av kommunledningen."));
}

/// <summary>Kommunledning opens a period, e.g. "Tertial 1 2026", with a deadline; no two open periods share a name.</summary>
public static class OpenReportingPeriodEndpoint
{
    /// <summary>An open period of the same name, if there is one.</summary>
    public sealed record SameName(ReportingPeriod? Open);

    public static async Task<SameName> LoadAsync(OpenReportingPeriod command, IDocumentSession session, CancellationToken ct)
    {
        var name = command.Name?.Trim() ?? "";
        var open = await session.Query<ReportingPeriod>().Where(p => p.ClosedAt == null).ToListAsync(ct);
        return new SameName(open.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.CurrentCultureIgnoreCase)));
    }

    public static IResult Before(SameName same, ClaimsPrincipal principal, IDocumentSession session)
    {
        var user = AppUser.From(principal);
        if (ReportingPeriodAccess.Refuse(user) is { } refused) return refused;
        if (same.Open is { } open)
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                ["name"] = [$"Perioden {open.Name} är redan öppen. Stäng den eller välj ett annat namn."],
            });
        session.StampWith(user);
        return WolverineContinue.Result();
    }

    /// <summary>Pure: the first event of a new period.</summary>
    public static ReportingPeriodOpened Decide(OpenReportingPeriod command, DateTimeOffset now)
    {
        Rules.TryParseDate(command.Deadline, out var deadline);
        return new ReportingPeriodOpened(command.Name!.Trim(), deadline, now);
    }

    [WolverinePost("/api/reporting-periods")]
    public static (ReportingPeriodCreated, IStartStream) Post(OpenReportingPeriod command, SameName same, TimeProvider clock)
    {
        var id = Guid.NewGuid();
        return (new ReportingPeriodCreated($"/api/reporting-periods/{id}", id, 1),
            MartenOps.StartStream<ReportingPeriod>(id, Decide(command, clock.GetUtcNow())));
    }
}

/// <summary>Kommunledning closes a period: its reports stay, no more are taken.</summary>
public static class CloseReportingPeriodEndpoint
{
    public static IResult Before(Guid id, CloseReportingPeriod command, IEventStream<ReportingPeriod> stream, ClaimsPrincipal principal, IDocumentSession session)
    {
        var user = AppUser.From(principal);
        if (stream.Aggregate is not { } period) return Problems.NotFound("rapporteringsperiod", id);
        if (ReportingPeriodAccess.Refuse(user) is { } refused) return refused;
        var current = stream.CurrentVersion ?? 0;
        if (command.ExpectedVersion is { } expected && expected != current) return Problems.StaleVersion(expected, current);
        if (!period.IsOpen)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Perioden är redan stängd",
                detail: $"Rapporteringsperioden {period.Name} stängdes {SwedishTime.InSweden(period.ClosedAt!.Value):yyyy-MM-dd}.");
        session.StampWith(user);
        return WolverineContinue.Result();
    }

    [WolverinePost("/api/reporting-periods/{id}/close")]
    public static (ReportingPeriodVersion, Events) Post(Guid id, CloseReportingPeriod command, [WriteAggregate(Required = false)] ReportingPeriod period, TimeProvider clock) =>
        (new ReportingPeriodVersion(id, period.Version + 1), [new ReportingPeriodClosed(clock.GetUtcNow())]);
}
