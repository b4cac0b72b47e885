using Handlingsplan.Items;
using Handlingsplan.Items.Reading;
using Handlingsplan.Web;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Items;

/// <summary>One item: its facts, its history, and a form for each step the lifecycle allows now.</summary>
public sealed class DetailModel(IQuerySession session) : PageModel
{
    public Item Item { get; private set; } = null!;
    public string Slug { get; private set; } = "";
    public IReadOnlyList<IEvent> History { get; private set; } = [];
    public AsOf AsOf { get; private set; } = AsOf.Now;
    /// <summary>True when the item did not exist yet at the date asked for; the page then shows it as it is now.</summary>
    public bool NotYetAtAsOf { get; private set; }

    /// <summary>The steps the lifecycle allows now and this user may take; the page offers no others (and none on a historic view).</summary>
    public IReadOnlyList<Step> Steps => AsOf.IsHistoric ? [] :
        Lifecycle.StepsFrom(Item).Where(step => Permissions.CanTake(Handlingsplan.Access.AppUser.From(User), Item, step)).ToList();

    /// <summary>The reporting periods open now: the choices of a field of type <see cref="FormFieldType.OpenPeriod"/>.</summary>
    public IReadOnlyList<Handlingsplan.Items.Reporting.ReportingPeriod> OpenPeriods { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, string? asOf, CancellationToken ct)
    {
        if (Kinds.BySlug(slug)?.Kind is not { } kind) return NotFound();
        if (await ItemQueries.Find(kind, id, session, ct) is not { } item) return NotFound();
        (Item, Slug, AsOf) = (item, slug, AsOf.Read(asOf));
        if (Steps.Any(s => s.Fields(item).Any(f => f.Type == FormFieldType.OpenPeriod)))
            OpenPeriods = await Handlingsplan.Items.Reporting.ReportingQueries.OpenPeriodsAsync(session, ct);
        if (AsOf.Instant is { } at)
        {
            if (await ItemQueries.FindAsOf(kind, id, at, session, ct) is { } then)
            {
                Item = then;
                History = await session.Events.FetchStreamAsync(id, timestamp: at, token: ct);
                return Page();
            }
            (NotYetAtAsOf, AsOf) = (true, AsOf.Now);
        }
        History = await session.Events.FetchStreamAsync(id, token: ct);
        return Page();
    }

    public string Endpoint(Step step) => $"/api/{Kinds.Of(Item.Kind).Segment}/{Item.Id}/{step.Route}";
}
