using Handlingsplan.Infrastructure;
using Handlingsplan.Audit.Decisions;
using Handlingsplan.Items;
using Handlingsplan.Web;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Audit;

/// <summary>Beslutslogg: who decided what, when and under which decision, by period and nämnd, with Excel, CSV and JSON downloads.</summary>
public sealed class DecisionsModel(IQuerySession session) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Committee { get; set; }
    /// <summary>"Beslutsläge per": the day whose state of decisions is shown, by the day each decision was taken.</summary>
    [BindProperty(SupportsGet = true)] public string? On { get; set; }

    public IReadOnlyList<DecidedState>? State { get; private set; }
    /// <summary>The page of <see cref="State"/> shown, 50 at a time, paged apart from the log ("lagesida").</summary>
    public IReadOnlyList<DecidedState> StateShown { get; private set; } = [];
    public Paging StatePaging { get; private set; } = Paging.First;
    [BindProperty(SupportsGet = true, Name = "lagesida")] public string? StatePageText { get; set; }

    public IReadOnlyList<DecisionEntry> Entries { get; private set; } = [];
    /// <summary>The page of <see cref="Entries"/> shown, 50 at a time ("sida": Razor Pages keeps "page" for itself).</summary>
    public IReadOnlyList<DecisionEntry> Shown { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.First;
    [BindProperty(SupportsGet = true, Name = "sida")] public string? PageText { get; set; }
    public Dictionary<string, string[]> Errors { get; private set; } = new();

    [BindProperty(SupportsGet = true, Name = ListSort.SortKey)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = ListSort.OrderKey)] public string? Order { get; set; }
    /// <summary>How the log is sorted; unsorted, it is in the order the decisions were registered.</summary>
    public ListSort Sorting { get; private set; } = ListSort.None;

    /// <summary>The columns the log can be sorted by.</summary>
    public static class Columns
    {
        public static readonly SortColumn DecidedOn = new("decided", "Beslutat", DescendingFirst: true);
        public static readonly SortColumn Registered = new("registered", "Registrerat", DescendingFirst: true);
        public static readonly SortColumn Decision = new("decision", "Beslut");
        public static readonly SortColumn Reference = new("reference", "Beslutsreferens");
        public static readonly SortColumn Item = new("item", "Post");
        public static readonly SortColumn Committee = new("committee", "Nämnd");
        public static readonly SortColumn User = new("user", "Beslutat av");
        public static readonly IReadOnlyList<SortColumn> All = [DecidedOn, Registered, Decision, Reference, Item, Committee, User];
    }

    static readonly StringComparer SwedishText = StringComparer.Create(Handlingsplan.Web.Ui.Swedish, true);

    /// <summary>The log sorted by a column, ascending; the order of registration breaks ties.</summary>
    static IOrderedEnumerable<DecisionEntry> Ascending(string key, IEnumerable<DecisionEntry> entries) => (key switch
    {
        "decided" => entries.OrderBy(e => e.DecidedOn is null).ThenBy(e => e.DecidedOn),
        "decision" => entries.OrderBy(e => DecisionLog.SwedishName(e.Decision), SwedishText),
        "reference" => entries.OrderBy(e => e.DecisionReference is null).ThenBy(e => e.DecisionReference ?? "", SwedishText),
        "item" => entries.OrderBy(e => e.Title, SwedishText),
        "committee" => entries.OrderBy(e => Handlingsplan.Web.Ui.CommitteeName(e.Committee), SwedishText),
        "user" => entries.OrderBy(e => e.User ?? "", SwedishText),
        _ => entries.OrderBy(_ => 0),
    }).ThenBy(e => e.Sequence);

    public SortHeader Header(SortColumn column) => new(column, Sorting, Sorting.Link(Request, "/beslut", column, "sida"));

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Committee is { Length: > 0 } && !Committees.IsKnown(Committee)) Committee = null;
        if (!string.IsNullOrWhiteSpace(On))
        {
            if (Rules.TryParseDate(On, out var day))
            {
                State = await DecisionLog.StateOnAsync(session, day, string.IsNullOrEmpty(Committee) ? null : Committee, ct);
                StatePaging = Paging.ForWeb(StatePageText, State.Count);
                StateShown = StatePaging.Of(State);
            }
            else
                Errors["on"] = [$"Ange en dag på formen ÅÅÅÅ-MM-DD, mellan {Limits.FirstYear} och {Limits.LastYear}."];
        }
        if (!Period.TryRead(From, To, out var period, out var errors))
        {
            foreach (var (field, messages) in errors) Errors[field] = messages;
            return;
        }
        Sorting = ListSort.Read(Sort, Order, Columns.All);
        Entries = Sorting.Apply(await DecisionLog.ReadAsync(session, period, string.IsNullOrEmpty(Committee) ? null : Committee, ct), Ascending).ToList();
        Paging = Paging.ForWeb(PageText, Entries.Count);
        Shown = Paging.Of(Entries);
    }

    /// <summary>The address of another page of the log, with the same selection.</summary>
    public string PageLink(int number) => Handlingsplan.Infrastructure.Paging.WebLink(Request, "/beslut", number);

    /// <summary>The address of another page of the state of decisions, with the same day and log.</summary>
    public string StatePageLink(int number) => Handlingsplan.Infrastructure.Paging.WebLink(Request, "/beslut", number, "lagesida");

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>The same selection from the API, as a file.</summary>
    public string Download(string format)
    {
        // The files for Excel hold the whole selection; JSON comes as the API gives it, a page of at most 500.
        var query = new List<string> { "format=" + format };
        if (format == "json") query.Add("pageSize=" + Paging.MaxSize);
        if (Errors.Count == 0 && !string.IsNullOrWhiteSpace(From)) query.Add("from=" + Uri.EscapeDataString(From));
        if (Errors.Count == 0 && !string.IsNullOrWhiteSpace(To)) query.Add("to=" + Uri.EscapeDataString(To));
        if (!string.IsNullOrEmpty(Committee)) query.Add("committee=" + Uri.EscapeDataString(Committee));
        return "/api/decisions?" + string.Join("&", query);
    }
}
