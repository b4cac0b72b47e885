using Handlingsplan.Infrastructure;

namespace Handlingsplan.Items.Reporting;

/// <summary>
/// A reporting period (e.g. "Tertial 1 2026", "Delår 2026"): kommunledning opens it with a deadline,
/// the owners of the open items report a status for it, and kommunledning closes it. A stream of its
/// own, kept inline as a document, so a status report can check that its period is open.
/// </summary>
public sealed record ReportingPeriod
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Name { get; init; } = "";
    /// <summary>The last day (in Sweden) a report is on time; one made later is recorded and marked late.</summary>
    public DateOnly Deadline { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public bool IsOpen => ClosedAt is null;

    public static ReportingPeriod Create(ReportingPeriodOpened e) => new() { Name = e.Name, Deadline = e.Deadline, OpenedAt = e.OpenedAt };

    public ReportingPeriod Apply(ReportingPeriodClosed e) => this with { ClosedAt = e.ClosedAt };

    /// <summary>Pure: whether a report made at <paramref name="at"/> comes after the deadline, by the Swedish day.</summary>
    public bool IsLate(DateTimeOffset at) => SwedishTime.Day(at) > Deadline;
}

/// <summary>Kommunledning opened a reporting period with a deadline.</summary>
public sealed record ReportingPeriodOpened(string Name, DateOnly Deadline, DateTimeOffset OpenedAt);

/// <summary>Kommunledning closed the period: no more reports are taken for it.</summary>
public sealed record ReportingPeriodClosed(DateTimeOffset ClosedAt);

/// <summary>The three statuses of a report, as Stratsys has them: green, yellow, red.</summary>
public enum ReportedStatus { OnTrack, AtRisk, OffTrack }

/// <summary>A status report as the item keeps it.</summary>
public sealed record StatusReport(
    Guid PeriodId, string Period, ReportedStatus Status, string Comment, decimal? RealisedTkrSoFar, DateOnly Deadline, bool Late, DateTimeOffset ReportedAt)
{
    public string StatusText => ReportedStatuses.Text(Status);
}

/// <summary>The statuses' names in the API and their Swedish texts.</summary>
public static class ReportedStatuses
{
    public static string Text(ReportedStatus status) => status switch
    {
        ReportedStatus.OnTrack => "Enligt plan",
        ReportedStatus.AtRisk => "Risk för avvikelse",
        ReportedStatus.OffTrack => "Avvikelse",
        _ => status.ToString(),
    };

    /// <summary>The JSON names (<c>onTrack</c>, <c>atRisk</c>, <c>offTrack</c>) and their Swedish texts.</summary>
    public static readonly IReadOnlyDictionary<string, string> Codes =
        Enum.GetValues<ReportedStatus>().ToDictionary(Json.Name, Text);

    public static ReportedStatus? Parse(string? code) =>
        Enum.GetValues<ReportedStatus>().Where(s => Json.Name(s) == code).Select(s => (ReportedStatus?)s).FirstOrDefault();
}
