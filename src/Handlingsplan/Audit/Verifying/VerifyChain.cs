using Handlingsplan.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Audit.Verifying;

public static class VerifyChainEndpoint
{
    /// <summary>Walks the hash chain over the event store: intact with its count and head, or the first broken sequence.</summary>
    [WolverineGet("/api/audit/verify")]
    public static Task<ChainReport> Get(IDocumentStore store, AuditCheckpoints checkpoints, TimeProvider clock, CancellationToken ct) =>
        AuditChain.VerifyAsync(store, EventLog.Of(store), checkpoints, clock, ct);

    /// <summary>The command-line verb: prints the report and answers 0 when the chain is intact, 1 when it is broken.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        await DatabaseRoles.ApplySchemaChangesAsync(services);
        var report = await AuditChain.VerifyAsync(store, EventLog.Of(store), services.GetRequiredService<AuditCheckpoints>(), TimeProvider.System, CancellationToken.None);
        if (report.Intact)
        {
            output.WriteLine($"OK: the hash chain is intact. {report.SealedCount} events sealed, last sealed sequence {report.LastSealedSequence}" +
                             (report.HeadHash is null ? "." : $", head {report.HeadHash}."));
            if (report.PendingCount > 0)
                output.WriteLine($"{report.PendingCount} newer events are not sealed yet; the running app seals them within a moment.");
            if (report.Checkpoint is { } checkpoint)
                output.WriteLine($"It holds the checkpoint written {AuditChain.Instant(checkpoint.WrittenAt)}: sequence {checkpoint.Sequence}, hash {checkpoint.Hash}.");
            return 0;
        }
        output.WriteLine($"BROKEN at sequence {report.BrokenSequence}: {report.Problem}");
        output.WriteLine($"{report.SealedCount} events before it verified.");
        return 1;
    }
}
