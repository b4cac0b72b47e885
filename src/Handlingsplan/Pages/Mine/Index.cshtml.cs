using Handlingsplan.Access;
using Handlingsplan.Notices;
using Handlingsplan.Web;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Mine;

/// <summary>Mina poster: the förvaltningschef's start page.</summary>
public sealed class IndexModel(IDocumentStore store, IQuerySession session, Mailer mailer, TimeProvider clock) : PageModel
{
    public Handlingsplan.Notices.Mine Mine { get; private set; } = null!;
    public AppUser Me { get; private set; } = AppUser.Anonymous;
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "sida")] public string? PageText { get; set; }
    public Handlingsplan.Infrastructure.Paging Paging { get; private set; } = Handlingsplan.Infrastructure.Paging.First;
    public IReadOnlyList<MyItem> Shown { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = ListSort.SortKey)] public string? Sort { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = ListSort.OrderKey)] public string? Order { get; set; }
    /// <summary>How the table of my items is sorted; unsorted, open first and the nearest due date first.</summary>
    public ListSort Sorting { get; private set; } = ListSort.None;

    /// <summary>The columns the table of my items can be sorted by.</summary>
    public static class Columns
    {
        public static readonly SortColumn Title = new("title", "Titel");
        public static readonly SortColumn Kind = new("kind", "Typ");
        public static readonly SortColumn Committee = new("committee", "Nämnd");
        public static readonly SortColumn Department = new("department", "Ansvarig förvaltning");
        public static readonly SortColumn Status = new("status", "Status");
        public static readonly SortColumn Due = new("due", "Klart senast");
        public static readonly SortColumn Changed = new("changed", "Senast ändrad", DescendingFirst: true);
        public static readonly IReadOnlyList<SortColumn> All = [Title, Kind, Committee, Department, Status, Due, Changed];
    }

    static readonly StringComparer SwedishText = StringComparer.Create(Ui.Swedish, true);

    static IOrderedEnumerable<MyItem> Ascending(string key, IEnumerable<MyItem> items) => (key switch
    {
        "kind" => items.OrderBy(i => Handlingsplan.Items.Kinds.Of(i.Item.Kind).Singular, SwedishText),
        "committee" => items.OrderBy(i => Ui.CommitteeName(i.Item.Committee), SwedishText),
        "department" => items.OrderBy(i => i.Item.Department is null).ThenBy(i => i.Item.Department ?? "", SwedishText),
        "status" => items.OrderBy(i => i.Item.Status),
        "due" => items.OrderBy(i => i.Item.DueDate is null).ThenBy(i => i.Item.DueDate),
        "changed" => items.OrderBy(i => i.LastChange),
        _ => items.OrderBy(_ => 0),
    }).ThenBy(i => i.Item.Title, SwedishText);

    public SortHeader Header(SortColumn column) => new(column, Sorting, Sorting.Link(Request, "/mina", column, "sida"));

    public string PageLink(int number) => Handlingsplan.Infrastructure.Paging.WebLink(Request, "/mina", number);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Me = AppUser.From(User);
        await Handlingsplan.Notices.Mine.RememberAsync(Me, store, ct);
        Mine = await Handlingsplan.Notices.Mine.ReadAsync(Me, session, mailer, clock, ct);
        Sorting = ListSort.Read(Sort, Order, Columns.All);
        var sorted = Sorting.Apply(Mine.Items, Ascending).ToList();
        Paging = Handlingsplan.Infrastructure.Paging.ForWeb(PageText, sorted.Count);
        Shown = Paging.Of(sorted);
    }
}
