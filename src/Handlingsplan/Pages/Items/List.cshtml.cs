using Handlingsplan.Items;
using Handlingsplan.Items.Reading;
using Handlingsplan.Web;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Items;

/// <summary>A list of one kind of item, filtered by nämnd and status, searched by title, sorted.</summary>
public sealed class ListModel(IQuerySession session, TimeProvider clock) : PageModel
{
    public ItemKind Kind { get; private set; }
    public string Slug { get; private set; } = "";
    public IReadOnlyList<Item> Items { get; private set; } = [];
    /// <summary>How many items of the kind there are in all, and how many the filters let through.</summary>
    public int Total { get; private set; }
    public int Matching { get; private set; }
    public Handlingsplan.Infrastructure.Paging Paging { get; private set; } = Handlingsplan.Infrastructure.Paging.First;
    /// <summary>The page number, as "sida": Razor Pages keeps "page" for the page's own route.</summary>
    [BindProperty(SupportsGet = true, Name = "sida")] public string? PageText { get; set; }

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
        var all = AsOf.Instant is { } at
            ? await ItemQueries.AllAsOf(kind, at, session, ct)
            : await ItemQueries.All(new ItemFilter(kind), session, ct);
        Total = all.Count;
        var wanted = Enum.TryParse<ItemStatus>(Status, true, out var s) ? s : (ItemStatus?)null;
        var filtered = new ItemFilter(kind, string.IsNullOrEmpty(Committee) ? null : Committee, wanted, Q).Apply(all);
        var sorted = (Sort switch
        {
            "title" => filtered.OrderBy(i => i.Title, StringComparer.Create(Ui.Swedish, true)),
            "committee" => filtered.OrderBy(i => i.Committee).ThenBy(i => i.Title, StringComparer.Create(Ui.Swedish, true)),
            "status" => filtered.OrderBy(i => i.Status).ThenBy(i => i.Title, StringComparer.Create(Ui.Swedish, true)),
            "estimate" => filtered.OrderByDescending(i => i.EstimatedSavingTkr ?? -1),
            "realised" => filtered.OrderByDescending(i => i.RealisedTkr),
            _ => filtered.AsEnumerable(),
        }).ToList();
        Matching = sorted.Count;
        Paging = Handlingsplan.Infrastructure.Paging.ForWeb(PageText, Matching);
        Items = Paging.Of(sorted);
        // Attention is read for the page shown only: the latest event of each of its items, up to the day shown.
        var ids = Items.Select(i => i.Id).ToArray();
        var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(ids)).ToListAsync(ct);
        var lastChange = events.Where(e => AsOf.Instant is not { } at || e.Timestamp <= at)
            .GroupBy(e => e.StreamId).ToDictionary(g => g.Key, g => g.Max(e => e.Timestamp));
        var today = AsOf.Instant is { } day ? Handlingsplan.Infrastructure.SwedishTime.Day(day) : Handlingsplan.Infrastructure.SwedishTime.Today(clock);
        Attention = Items.ToDictionary(i => i.Id, i => ItemAttention.Of(i, lastChange.TryGetValue(i.Id, out var at) ? at : null, today));
        return Page();
    }

    /// <summary>What about each item shown needs its owner's attention, on the day the list shows.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<Attention>> Attention { get; private set; } = new Dictionary<Guid, IReadOnlyList<Attention>>();

    /// <summary>
    /// The same selection from the API as an Excel file: every item the filters let through, not
    /// only this page, as of the same day. Only what the page itself understood is passed on (a
    /// status it could not read or a date it refused filters nothing here, so it filters nothing there).
    /// </summary>
    public string ExcelLink()
    {
        var query = new Dictionary<string, string> { ["format"] = "xlsx" };
        if (!string.IsNullOrEmpty(Committee)) query["committee"] = Committee;
        if (Enum.TryParse<ItemStatus>(Status, true, out var status)) query["status"] = Handlingsplan.Json.Name(status);
        if (!string.IsNullOrWhiteSpace(Q)) query["q"] = Q;
        if (AsOf.IsHistoric) query["asOf"] = AsOf.Text!;
        return $"/api/{Kinds.Of(Kind).Segment}{new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(query)}";
    }

    /// <summary>The address of another page of this list, with the same filters.</summary>
    public string PageLink(int number) => Handlingsplan.Infrastructure.Paging.WebLink(Request, "/" + Slug, number);
}
