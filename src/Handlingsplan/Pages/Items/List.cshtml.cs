using Handlingsplan.Items;
using Handlingsplan.Items.Reading;
using Handlingsplan.Web;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Items;

/// <summary>A list of one kind of item, filtered by nämnd and status, searched in title, description and department, sorted by a column, with the sums of the selection.</summary>
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

    [BindProperty(SupportsGet = true, Name = ListSort.OrderKey)] public string? Order { get; set; }

    /// <summary>The columns the list can be sorted by; the others (attention, status report) are not.</summary>
    public static class Columns
    {
        public static readonly SortColumn Title = new("title", "Titel");
        public static readonly SortColumn Committee = new("committee", "Nämnd");
        public static readonly SortColumn Status = new("status", "Status");
        public static readonly SortColumn Department = new("department", "Ansvarig förvaltning");
        public static readonly SortColumn Due = new("due", "Klart senast");
        public static readonly SortColumn Estimate = new("estimate", "Bedömd besparing", DescendingFirst: true, Numeric: true);
        public static readonly SortColumn Realised = new("realised", "Realiserat", DescendingFirst: true, Numeric: true);
        public static readonly IReadOnlyList<SortColumn> All = [Title, Committee, Status, Department, Due, Estimate, Realised];
    }

    public ListSort Sorting { get; private set; } = ListSort.None;

    /// <summary>The sums of the amount columns over every item the filters let through, not only the page shown.</summary>
    public decimal EstimatedTotal { get; private set; }
    public decimal RealisedTotal { get; private set; }
    /// <summary>How many of the selection have no amount to add: too early to judge, or not put in figures.</summary>
    public int WithoutEstimate { get; private set; }

    static readonly StringComparer SwedishText = StringComparer.Create(Ui.Swedish, true);

    /// <summary>The selection sorted by a column's key, ascending; titles break ties so that an order is the same each time.</summary>
    static IOrderedEnumerable<Item> Ascending(string key, IEnumerable<Item> items) => (key switch
    {
        "committee" => items.OrderBy(i => Ui.CommitteeName(i.Committee), SwedishText),
        "status" => items.OrderBy(i => i.Status),
        "department" => items.OrderBy(i => i.Department is null).ThenBy(i => i.Department ?? "", SwedishText),
        "due" => items.OrderBy(i => i.DueDate is null).ThenBy(i => i.DueDate),
        "estimate" => items.OrderBy(i => i.EstimatedSavingTkr ?? -1),
        "realised" => items.OrderBy(i => i.RealisedTkr),
        _ => items.OrderBy(_ => 0),
    }).ThenBy(i => i.Title, SwedishText);

    public SortHeader Header(SortColumn column) => new(column, Sorting, Sorting.Link(Request, "/" + Slug, column, "sida"));

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
        Sorting = ListSort.Read(Sort, Order, Columns.All);
        var sorted = Sorting.Apply(filtered, Ascending).ToList();
        Matching = sorted.Count;
        EstimatedTotal = sorted.Sum(i => i.EstimatedSavingTkr ?? 0);
        RealisedTotal = sorted.Sum(i => i.RealisedTkr);
        WithoutEstimate = sorted.Count(i => i.EstimatedSavingTkr is null);
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
