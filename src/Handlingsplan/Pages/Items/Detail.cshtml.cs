using Handlingsplan.Items;
using Handlingsplan.Items.Reading;
using Handlingsplan.Items.Sharing;
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

    /// <summary>For a measure: what other municipalities share in its category ("liknande åtgärder i andra kommuner"), as they share it now.</summary>
    public IReadOnlyList<PeerMeasure> Peers { get; private set; } = [];

    /// <summary>The page shows the largest of them; the API pages through them all.</summary>
    public const int PeersShown = 50;

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, string? asOf, CancellationToken ct)
    {
        if (Kinds.BySlug(slug)?.Kind is not { } kind) return NotFound();
        if (await ItemQueries.Find(kind, id, session, ct) is not { } item) return NotFound();
        (Item, Slug, AsOf) = (item, slug, AsOf.Read(asOf));
        if (Steps.Any(s => s.Fields(item).Any(f => f.Type == FormFieldType.OpenPeriod)))
            OpenPeriods = await Handlingsplan.Items.Reporting.ReportingQueries.OpenPeriodsAsync(session, ct);
        Peers = await PeerMeasures.ForAsync(item, Handlingsplan.Tenancy.MunicipalityContext.Current, session, ct);
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

    /// <summary>A step beside the lifecycle (comment, attachment, diarienummer) when this user may take it now; none on a historic view.</summary>
    public Step? Aside(string name) => AsOf.IsHistoric ? null :
        Lifecycle.AsidesFrom(Item).FirstOrDefault(s => s.Name == name && Permissions.CanTake(Handlingsplan.Access.AppUser.From(User), Item, s));

    /// <summary>The comment thread, oldest first, with who wrote each (the event's stamp).</summary>
    public IReadOnlyList<IEvent> Comments => History.Where(e => e.Data is CommentWritten).ToList();

    /// <summary>The attached files, oldest first, with who attached each.</summary>
    public IReadOnlyList<IEvent> Attachments => History.Where(e => e.Data is AttachmentAdded).ToList();

    public string AttachmentUrl(Guid attachmentId) => $"/api/{Kinds.Of(Item.Kind).Segment}/{Item.Id}/attachments/{attachmentId}";
}

/// <summary>A step's form on the item page: the step, the item it acts on, and the address it posts to.</summary>
public sealed record StepForm(Step Step, Item Item, string Endpoint, IReadOnlyList<Handlingsplan.Items.Reporting.ReportingPeriod>? Periods = null)
{
    /// <summary>The open reporting periods, for a field of type <see cref="FormFieldType.OpenPeriod"/>.</summary>
    public IReadOnlyList<Handlingsplan.Items.Reporting.ReportingPeriod> OpenPeriods => Periods ?? [];
}
