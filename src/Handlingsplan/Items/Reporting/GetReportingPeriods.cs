using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Items.Reporting;

/// <summary>An item as a period's report names it.</summary>
public sealed record ReportingItem(Guid Id, string Kind, string Title, string Committee, string? Department, ItemStatus Status)
{
    public static ReportingItem Of(Item item) =>
        new(item.Id, Kinds.Of(item.Kind).Segment, item.Title, item.Committee, item.Department, item.Status);
}

/// <summary>What one item reported for the period (its latest report for it).</summary>
public sealed record ReportedLine(ReportingItem Item, StatusReport Report);

/// <summary>One nämnd's reporting for a period: how many are expected, the reports by status, and how many are missing.</summary>
public sealed record CommitteeReporting(string Committee, string Name, int Expected, int OnTrack, int AtRisk, int OffTrack, int Missing, int Late);

/// <summary>A period with its figures: what the list of periods and the live overview show.</summary>
public sealed record PeriodOverview(
    Guid Id, string Name, DateOnly Deadline, bool IsOpen, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, long Version,
    int Expected, int Reported, int Missing, int Late, IReadOnlyList<CommitteeReporting> ByCommittee);

/// <summary>A period's whole report: its figures, who reported what, the missing reports and the late ones.</summary>
public sealed record PeriodReport(
    Guid Id, string Name, DateOnly Deadline, bool IsOpen, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, long Version,
    int Expected, int Reported, int Missing, int Late, IReadOnlyList<CommitteeReporting> ByCommittee,
    IReadOnlyList<ReportedLine> Reports, IReadOnlyList<ReportingItem> MissingItems, IReadOnlyList<ReportedLine> LateReports)
{
    /// <summary>
    /// Which items are expected to report for a period: every item that is open work when the report is
    /// read (proposed, prioritised, assigned or under genomförande: <see cref="Lifecycle.Open"/>, the items
    /// the status step can be taken on), and every item that did report for it though it has closed since.
    /// </summary>
    public static bool IsExpected(Item item, Guid periodId) => Lifecycle.Open.Contains(item.Status) || item.ReportFor(periodId) is not null;

    /// <summary>Pure: the period's report over the items as they are; nämnder in the register's order.</summary>
    public static PeriodReport Build(ReportingPeriod period, IEnumerable<Item> items)
    {
        var expected = items.Where(i => IsExpected(i, period.Id))
            .OrderBy(i => Committees.All.ToList().FindIndex(c => c.Code == i.Committee) is var n and >= 0 ? n : int.MaxValue)
            .ThenBy(i => i.Committee, StringComparer.Ordinal).ThenBy(i => i.Title, StringComparer.Create(SwedishFormat.Culture, true))
            .ToList();
        var reports = expected.Where(i => i.ReportFor(period.Id) is not null)
            .Select(i => new ReportedLine(ReportingItem.Of(i), i.ReportFor(period.Id)!)).ToList();
        var missing = expected.Where(i => i.ReportFor(period.Id) is null).Select(ReportingItem.Of).ToList();
        var byCommittee = expected.GroupBy(i => i.Committee)
            .Select(g =>
            {
                var mine = g.Select(i => i.ReportFor(period.Id)).ToList();
                int Count(ReportedStatus status) => mine.Count(r => r?.Status == status);
                return new CommitteeReporting(g.Key, Committees.All.FirstOrDefault(c => c.Code == g.Key)?.Name ?? g.Key, g.Count(),
                    Count(ReportedStatus.OnTrack), Count(ReportedStatus.AtRisk), Count(ReportedStatus.OffTrack),
                    mine.Count(r => r is null), mine.Count(r => r?.Late == true));
            })
            .ToList();
        var late = reports.Where(r => r.Report.Late).ToList();
        return new PeriodReport(period.Id, period.Name, period.Deadline, period.IsOpen, period.OpenedAt, period.ClosedAt, period.Version,
            expected.Count, reports.Count, missing.Count, late.Count, byCommittee, reports, missing, late);
    }

    public PeriodOverview Overview => new(Id, Name, Deadline, IsOpen, OpenedAt, ClosedAt, Version, Expected, Reported, Missing, Late, ByCommittee);
}

/// <summary>The items a user still has to report on for the current period, and the period.</summary>
public sealed record MissingReports(ReportingPeriod? Period, IReadOnlyList<Item> Items);

/// <summary>Reads of the reporting periods, shared by the API, the pages, the live push and other modules.</summary>
public static class ReportingQueries
{
    /// <summary>Every period, the latest opened first.</summary>
    public static async Task<IReadOnlyList<ReportingPeriod>> PeriodsAsync(IQuerySession session, CancellationToken ct) =>
        (await session.Query<ReportingPeriod>().ToListAsync(ct))
            .Where(p => p.Name.Length > 0)
            .OrderByDescending(p => p.OpenedAt).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>The periods open now, the latest opened first: the choices of the status step.</summary>
    public static async Task<IReadOnlyList<ReportingPeriod>> OpenPeriodsAsync(IQuerySession session, CancellationToken ct) =>
        (await PeriodsAsync(session, ct)).Where(p => p.IsOpen).ToList();

    /// <summary>The current period: the open one opened last; null when none is open.</summary>
    public static async Task<ReportingPeriod?> CurrentAsync(IQuerySession session, CancellationToken ct) =>
        (await OpenPeriodsAsync(session, ct)).FirstOrDefault();

    /// <summary>Every item as it is now; the reports of all periods are read over them.</summary>
    static async Task<IReadOnlyList<Item>> ItemsAsync(IQuerySession session, CancellationToken ct) =>
        await session.Query<Item>().ToListAsync(ct);

    public static async Task<PeriodReport> ReportAsync(ReportingPeriod period, IQuerySession session, CancellationToken ct) =>
        PeriodReport.Build(period, await ItemsAsync(session, ct));

    public static async Task<IReadOnlyList<PeriodOverview>> OverviewsAsync(IReadOnlyList<ReportingPeriod> periods, IQuerySession session, CancellationToken ct)
    {
        if (periods.Count == 0) return [];
        var items = await ItemsAsync(session, ct);
        return periods.Select(p => PeriodReport.Build(p, items).Overview).ToList();
    }

    /// <summary>The current period's figures (what the overview shows and the live push sends), or null when no period is open.</summary>
    public static async Task<PeriodOverview?> CurrentOverviewAsync(IQuerySession session, CancellationToken ct) =>
        await CurrentAsync(session, ct) is { } current ? (await ReportAsync(current, session, ct)).Overview : null;

    /// <summary>
    /// The items of the current open period that <paramref name="user"/> is to report on and has not:
    /// expected items (<see cref="PeriodReport.IsExpected"/>) without a report for the period. A
    /// förvaltningschef's are those in their scope (<see cref="Permissions.InScope"/>); kommunledning,
    /// who may report on every item, has every missing one; anyone who may not report has none. The
    /// period is null, and the list empty, when no period is open.
    /// </summary>
    public static async Task<MissingReports> MissingReportsForAsync(AppUser user, IQuerySession session, CancellationToken ct)
    {
        if (await CurrentAsync(session, ct) is not { } period) return new MissingReports(null, []);
        var step = ReportStatus.Step;
        var items = (await ItemsAsync(session, ct))
            .Where(i => PeriodReport.IsExpected(i, period.Id) && i.ReportFor(period.Id) is null && Lifecycle.IsAllowed(i, step) && Permissions.CanTake(user, i, step))
            .OrderBy(i => i.Committee, StringComparer.Ordinal).ThenBy(i => i.Title, StringComparer.Create(SwedishFormat.Culture, true))
            .ToList();
        return new MissingReports(period, items);
    }
}

/// <summary>The reporting periods are read by anyone signed in.</summary>
public static class GetReportingPeriodsEndpoint
{
    /// <summary>One page of the periods, the latest opened first, each with its figures; the total in <c>X-Total-Count</c>.</summary>
    [WolverineGet("/api/reporting-periods")]
    public static async Task<IResult> List(string? page, string? pageSize, HttpContext context, IQuerySession session, CancellationToken ct)
    {
        if (!Paging.TryRead(page, pageSize, out var paging, out var errors)) return Problems.Invalid(errors);
        var all = await ReportingQueries.PeriodsAsync(session, ct);
        paging.Describe(context, all.Count);
        return Results.Ok(await ReportingQueries.OverviewsAsync(paging.Of(all), session, ct));
    }

    /// <summary>One period's report: the items expected to report, who reported what, the missing, the late, and the figures per nämnd.</summary>
    [WolverineGet("/api/reporting-periods/{id}")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<ReportingPeriod>(id, ct) is { Name.Length: > 0 } period
            ? Results.Ok(await ReportingQueries.ReportAsync(period, session, ct))
            : Problems.NotFound("rapporteringsperiod", id);
}
