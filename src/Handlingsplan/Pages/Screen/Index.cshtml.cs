using Handlingsplan.Access;
using Handlingsplan.Access.Display;
using Handlingsplan.Dashboard;
using Handlingsplan.Items;
using Handlingsplan.Items.Reporting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Screen;

/// <summary>
/// Skärmen: the overview for the meeting-room screen, read from across the room, kept live. Opened by
/// a signed-in person or by a display link (<c>/skarm?nyckel=</c>), which opens nothing else.
/// </summary>
[Authorize(Policy = AccessConfiguration.ReadScreen)]
public sealed class IndexModel(IQuerySession session, TimeProvider clock) : PageModel
{
    public DashboardSummary Dashboard { get; private set; } = null!;
    public PeriodOverview? Reporting { get; private set; }
    public DateTimeOffset ReadAt { get; private set; }
    public bool IsDisplayLink => DisplayAccess.IsDisplay(User);

    /// <summary>The nämnder by code, in the register's order, for the screen's table.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> CommitteeNames { get; } =
        Committees.All.Select(c => KeyValuePair.Create(c.Code, c.Name)).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The secret has been put in the display cookie: off the address bar with it.
        if (DisplayAccess.CameInQuery(Request)) return Redirect(DisplayAccess.ScreenPath);
        Dashboard = await DashboardQueries.Current(session, ct);
        Reporting = await ReportingQueries.CurrentOverviewAsync(session, ct);
        ReadAt = clock.GetUtcNow();
        return Page();
    }
}
