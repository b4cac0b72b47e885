using System.Text;
using Handlingsplan.Genomlysningar.Reading;
using Handlingsplan.Web;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Genomlysningar;

/// <summary>
/// One genomlysning's report in the template's order, now or as of the end of a day ("Visa per"),
/// with its downloads; printed, its print stylesheet makes the PDF.
/// </summary>
public sealed class ReportModel(IQuerySession session, TimeProvider clock) : PageModel
{
    public GenomlysningReport? Report { get; private set; }
    public AsOf AsOf { get; private set; } = AsOf.Now;
    /// <summary>True when the genomlysning did not exist yet at the day asked for; the page then shows it as it is now.</summary>
    public bool NotYetAtAsOf { get; private set; }
    public DateTimeOffset MadeAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? asOf, CancellationToken ct)
    {
        MadeAt = clock.GetUtcNow();
        AsOf = AsOf.Read(asOf);
        Report = await GetGenomlysningarEndpoint.ReportAsync(id, AsOf.Instant, session, ct);
        if (Report is null && AsOf.IsHistoric)
        {
            Report = await GetGenomlysningarEndpoint.ReportAsync(id, null, session, ct);
            (NotYetAtAsOf, AsOf) = (Report is not null, AsOf.Now);
        }
        // Not found: the page says so in Swedish, with the status a browser and a crawler understand.
        if (Report is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>Whether this user may upload the filled-in Excel file: a draft, seen now, of a nämnd they may propose for.</summary>
    public bool CanUpload => Report is { Status: Handlingsplan.Genomlysningar.GenomlysningStatus.Draft } report && !AsOf.IsHistoric
        && Handlingsplan.Items.Permissions.CanPropose(Handlingsplan.Access.AppUser.From(User), report.Committee);

    /// <summary>Whether this user may adopt it: kommunledning, on a draft seen now.</summary>
    public bool CanAdopt => Report is { Status: Handlingsplan.Genomlysningar.GenomlysningStatus.Draft } && !AsOf.IsHistoric
        && Handlingsplan.Access.AppUser.From(User).IsManagement;

    /// <summary>A download of the same report, for the same moment.</summary>
    public string Download(string extension) => $"/api/genomlysningar/{Report!.Id}/report.{extension}" + AsOf.Query;

    public string Shows => ReportText.ShowsLine(Report!, MadeAt);

    public string Source => ReportText.SourceLine(Report!);

    /// <summary>The line printed at the foot of every page, as a CSS string (a margin box cannot read the page's text).</summary>
    public string PrintFooter => Handlingsplan.Web.Print.CssString($"{Report!.Title} · {Shows} {Source}");
}
