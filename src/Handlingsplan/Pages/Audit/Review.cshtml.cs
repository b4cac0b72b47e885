using Handlingsplan.Audit;
using Handlingsplan.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Audit;

/// <summary>Granskning: is the history whole (the hash chain and its last checkpoint), and the archive export of every event.</summary>
public sealed class ReviewModel(IDocumentStore store, AuditCheckpoints checkpoints, TimeProvider clock) : PageModel
{
    public ChainReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Report = await AuditChain.VerifyAsync(store, EventLog.Of(store, Handlingsplan.Tenancy.MunicipalityContext.CurrentTenantId), checkpoints, clock, ct);
}
