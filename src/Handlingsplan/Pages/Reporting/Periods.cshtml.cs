using Handlingsplan.Items.Reporting;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Reporting;

/// <summary>The reporting periods with their figures; kommunledning opens a period here.</summary>
public sealed class PeriodsModel(IQuerySession session) : PageModel
{
    public IReadOnlyList<PeriodOverview> Periods { get; private set; } = [];

    public bool CanOpen => Handlingsplan.Access.AppUser.From(User).IsManagement;

    public async Task OnGetAsync(CancellationToken ct) =>
        Periods = await ReportingQueries.OverviewsAsync(await ReportingQueries.PeriodsAsync(session, ct), session, ct);
}
