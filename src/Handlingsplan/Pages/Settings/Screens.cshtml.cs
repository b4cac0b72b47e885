using Handlingsplan.Access;
using Handlingsplan.Access.Display;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Settings;

/// <summary>Inställningar – skärmar: kommunledning's display links for the meeting-room screen, made and revoked here.</summary>
public sealed class ScreensModel(IQuerySession session) : PageModel
{
    public IReadOnlyList<DisplayLinkSummary> Links { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        MayManage = AppUser.From(User).IsManagement;
        if (!MayManage)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        Links = await DisplayLinkQueries.AllAsync(session, ct);
    }
}
