using Handlingsplan.Items.Reporting;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Reporting;

/// <summary>One period's report: the figures per nämnd, the missing reports, and who reported what.</summary>
public sealed class PeriodModel(IQuerySession session) : PageModel
{
    public PeriodReport Report { get; private set; } = null!;

    /// <summary>The reports shown, 50 at a time ("sida"), and the missing reports, paged apart ("saknadesida").</summary>
    [BindProperty(SupportsGet = true, Name = "sida")] public string? PageText { get; set; }
    [BindProperty(SupportsGet = true, Name = "saknadesida")] public string? MissingPageText { get; set; }
    public Handlingsplan.Infrastructure.Paging Paging { get; private set; } = Handlingsplan.Infrastructure.Paging.First;
    public Handlingsplan.Infrastructure.Paging MissingPaging { get; private set; } = Handlingsplan.Infrastructure.Paging.First;
    public IReadOnlyList<ReportedLine> ReportsShown { get; private set; } = [];
    public IReadOnlyList<ReportingItem> MissingShown { get; private set; } = [];

    public string PageLink(int number) => Handlingsplan.Infrastructure.Paging.WebLink(Request, Request.Path, number);
    public string MissingPageLink(int number) => Handlingsplan.Infrastructure.Paging.WebLink(Request, Request.Path, number, "saknadesida");

    public bool CanClose => Report.IsOpen && Handlingsplan.Access.AppUser.From(User).IsManagement;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<ReportingPeriod>(id, ct) is not { Name.Length: > 0 } period) return NotFound();
        Report = await ReportingQueries.ReportAsync(period, session, ct);
        Paging = Handlingsplan.Infrastructure.Paging.ForWeb(PageText, Report.Reports.Count);
        ReportsShown = Paging.Of(Report.Reports);
        MissingPaging = Handlingsplan.Infrastructure.Paging.ForWeb(MissingPageText, Report.MissingItems.Count);
        MissingShown = MissingPaging.Of(Report.MissingItems);
        return Page();
    }

    public static string ItemLink(ReportingItem item) =>
        $"/{Handlingsplan.Items.Kinds.BySegment(item.Kind)!.Slug}/{item.Id}";
}
