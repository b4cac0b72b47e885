using Handlingsplan.Genomlysningar;
using Handlingsplan.Genomlysningar.Reading;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Genomlysningar;

/// <summary>Every nämnd's genomlysning, newest year first, each a link to its report.</summary>
public sealed class ListModel(IQuerySession session) : PageModel
{
    public IReadOnlyList<GenomlysningSummary> Genomlysningar { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Genomlysningar = (await session.Query<Genomlysning>().ToListAsync(ct))
            .Where(g => g.Title != "")
            .OrderByDescending(g => g.Year).ThenBy(g => g.Committee, StringComparer.Ordinal)
            .Select(GenomlysningSummary.Of)
            .ToList();
}
