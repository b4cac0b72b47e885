using Handlingsplan.Infrastructure;
using Handlingsplan.Tenancy;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Audit.Verifying;

public static class VerifyChainEndpoint
{
    /// <summary>Walks the signed-in municipality's hash chain: intact with its count and head, or the first broken sequence.</summary>
    [WolverineGet("/api/audit/verify")]
    public static Task<ChainReport> Get(IDocumentStore store, AuditCheckpoints checkpoints, TimeProvider clock, CancellationToken ct) =>
        AuditChain.VerifyAsync(store, EventLog.Of(store, MunicipalityContext.CurrentTenantId), checkpoints, clock, ct);

    /// <summary>
    /// The command-line verb, <c>verify [--kommun kod]</c> (the first customer's chain when no code is
    /// given): prints the report and answers 0 when the chain is intact, 1 when it is broken, 2 when
    /// the municipality is unknown.
    /// </summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        await DatabaseRoles.ApplySchemaChangesAsync(services);
        var code = args.SkipWhile(a => a is not ("--kommun" or "--tenant")).Skip(1).FirstOrDefault() ?? Municipalities.DefaultCode;
        if (await services.GetRequiredService<MunicipalityRegistry>().FindAsync(code) is not { } municipality)
        {
            output.WriteLine($"Kommunen '{code}' finns inte i den här installationen.");
            return 2;
        }
        var report = await AuditChain.VerifyAsync(store, EventLog.Of(store, municipality.TenantId), services.GetRequiredService<AuditCheckpoints>(), TimeProvider.System, CancellationToken.None);
        output.WriteLine($"{municipality.Name} ({municipality.Id}):");
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
