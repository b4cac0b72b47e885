using Handlingsplan.Access;
using Handlingsplan.Notices;
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

    public string PageLink(int number) => Handlingsplan.Infrastructure.Paging.WebLink(Request, "/mina", number);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Me = AppUser.From(User);
        await Handlingsplan.Notices.Mine.RememberAsync(Me, store, ct);
        Mine = await Handlingsplan.Notices.Mine.ReadAsync(Me, session, mailer, clock, ct);
        Paging = Handlingsplan.Infrastructure.Paging.ForWeb(PageText, Mine.Items.Count);
        Shown = Paging.Of(Mine.Items);
    }
}
