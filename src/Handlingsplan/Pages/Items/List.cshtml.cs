using Handlingsplan.Items;
using Handlingsplan.Items.Reading;
using Handlingsplan.Web;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Items;

/// <summary>A list of one kind of item, filtered by nämnd and status, searched by title, sorted.</summary>
public sealed class ListModel(IQuerySession session) : PageModel
{
    public ItemKind Kind { get; private set; }
    public string Slug { get; private set; } = "";
    public IReadOnlyList<Item> Items { get; private set; } = [];
    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Committee { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "asOf")] public string? AsOfText { get; set; }
    public AsOf AsOf { get; private set; } = AsOf.Now;

    public static readonly IReadOnlyDictionary<string, string> SortOptions = new Dictionary<string, string>
    {
        ["proposed"] = "Äldst först",
        ["title"] = "Titel A–Ö",
        ["committee"] = "Nämnd",
        ["status"] = "Status",
        ["estimate"] = "Störst bedömd besparing",
        ["realised"] = "Störst realiserat",
    };

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (Kinds.BySlug(slug)?.Kind is not { } kind) return NotFound();
        (Kind, Slug) = (kind, slug);
        AsOf = AsOf.Read(AsOfText);
        var all = AsOf.Instant is { } at ? await ItemQueries.AllAsOf(kind, at, session, ct) : await ItemQueries.All(kind, session, ct);
        Total = all.Count;
        var wanted = Enum.TryParse<ItemStatus>(Status, true, out var s) ? s : (ItemStatus?)null;
        var filtered = all
            .Where(i => string.IsNullOrEmpty(Committee) || i.Committee == Committee)
            .Where(i => wanted is null || i.Status == wanted)
            .Where(i => string.IsNullOrWhiteSpace(Q) || i.Title.Contains(Q.Trim(), StringComparison.CurrentCultureIgnoreCase));
        Items = (Sort switch
        {
            "title" => filtered.OrderBy(i => i.Title, StringComparer.Create(Ui.Swedish, true)),
            "committee" => filtered.OrderBy(i => i.Committee).ThenBy(i => i.Title, StringComparer.Create(Ui.Swedish, true)),
            "status" => filtered.OrderBy(i => i.Status).ThenBy(i => i.Title, StringComparer.Create(Ui.Swedish, true)),
            "estimate" => filtered.OrderByDescending(i => i.EstimatedSavingTkr ?? -1),
            "realised" => filtered.OrderByDescending(i => i.RealisedTkr),
            _ => filtered.OrderBy(i => i.ProposedAt).ThenBy(i => i.Id),
        }).ToList();
        return Page();
    }
}
