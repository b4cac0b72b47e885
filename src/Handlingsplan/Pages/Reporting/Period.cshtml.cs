using Handlingsplan.Items.Reporting;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Reporting;

/// <summary>One period's report: the figures per nämnd, the missing reports, and who reported what.</summary>
public sealed class PeriodModel(IQuerySession session) : PageModel
{
    public PeriodReport Report { get; private set; } = null!;

    public bool CanClose => Report.IsOpen && Handlingsplan.Access.AppUser.From(User).IsManagement;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<ReportingPeriod>(id, ct) is not { Name.Length: > 0 } period) return NotFound();
        Report = await ReportingQueries.ReportAsync(period, session, ct);
        return Page();
    }

    public static string ItemLink(ReportingItem item) =>
        $"/{Handlingsplan.Items.Kinds.BySegment(item.Kind)!.Slug}/{item.Id}";
}
