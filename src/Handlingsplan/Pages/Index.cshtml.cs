using Handlingsplan.Dashboard;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages;

/// <summary>Översikt: progress toward the ambition, for kommunledning and the meeting-room screen.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Handlingsplan.Access.AccessConfiguration.ReadDashboard)]
public sealed class IndexModel(IQuerySession session) : PageModel
{
    public DashboardSummary Dashboard { get; private set; } = null!;
    public Handlingsplan.Web.AsOf AsOf { get; private set; } = Handlingsplan.Web.AsOf.Now;
    /// <summary>The frozen sammanträdesunderlag, shown on the public overview too.</summary>
    public IReadOnlyList<Handlingsplan.Meetings.MeetingPackSummary> Packs { get; private set; } = [];

    public async Task OnGetAsync(string? asOf, CancellationToken ct)
    {
        AsOf = Handlingsplan.Web.AsOf.Read(asOf);
        Dashboard = AsOf.Instant is { } at
            ? await DashboardQueries.AsOf(at, session, ct)
            : await DashboardQueries.Current(session, ct);
        Packs = await Handlingsplan.Meetings.MeetingPackQueries.AllAsync(session, ct);
        if (ShowsReporting) Reporting = await Handlingsplan.Items.Reporting.ReportingQueries.CurrentOverviewAsync(session, ct);
    }

    /// <summary>The current reporting period's figures are for signed-in users, on the overview as it is now.</summary>
    public bool ShowsReporting => !AsOf.IsHistoric && User.Identity?.IsAuthenticated == true;

    /// <summary>The current reporting period's figures; null when no period is open.</summary>
    public Handlingsplan.Items.Reporting.PeriodOverview? Reporting { get; private set; }

    public bool CanFreezePacks => !AsOf.IsHistoric && Handlingsplan.Access.AppUser.From(User).IsManagement;

    public bool CanRecordBuffers => !AsOf.IsHistoric && Handlingsplan.Access.AppUser.From(User).IsManagement;

    public decimal Remaining => Math.Max(0, Dashboard.AmbitionTkr - Dashboard.RealisedTkr - Dashboard.PipelineTkr);

    /// <summary>A share of the ambition as the page prints it: "12,3 %".</summary>
    public string PercentText(decimal tkr) =>
        (Dashboard.AmbitionTkr <= 0 ? 0 : tkr / Dashboard.AmbitionTkr * 100).ToString("0.0", Handlingsplan.Web.Ui.Swedish) + "\u00a0%";

    public string Percent(decimal tkr) =>
        Dashboard.AmbitionTkr <= 0 ? "0" : Math.Min(100, tkr / Dashboard.AmbitionTkr * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
