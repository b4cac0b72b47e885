using Handlingsplan.Infrastructure;
using Handlingsplan.Measures;
using JasperFx;
using Marten;

namespace Handlingsplan.Items;

/// <summary>The outcome of a pure decision: the events to append, or why the command was refused.</summary>
public sealed record Decision(IReadOnlyList<object> Events, Refusal? Refusal = null)
{
    public static Decision Accept(params object[] events) => new(events);
    public static Decision Refuse(Refusal refusal) => new([], refusal);
}

public sealed record ItemCreated(Guid Id, long Version);

public sealed record ItemVersion(Guid Id, long Version);

/// <summary>
/// The imperative shell around the pure decisions, the same for every kind of item: load the
/// item, check the caller's expectedVersion, decide, append, and translate each failure to its
/// HTTP answer. Optimistic concurrency is checked twice: against the version read, and by Marten
/// on commit, so two requests with the same expectedVersion never both succeed.
/// </summary>
public static class ItemCommands
{
    public static Task<IResult> Execute(
        string kind, Guid id, long expectedVersion, IDocumentSession session, Func<Item, Decision> decide, CancellationToken ct) =>
        kind switch
        {
            "measures" => Execute<Measure>(id, expectedVersion, session, decide, ct),
            _ => Task.FromResult(Results.Problem(statusCode: 404, title: "Hittades inte", detail: $"Det finns ingen typ av post som heter '{kind}'.")),
        };

    static async Task<IResult> Execute<TItem>(
        Guid id, long expectedVersion, IDocumentSession session, Func<Item, Decision> decide, CancellationToken ct)
        where TItem : Item
    {
        var stream = await session.Events.FetchForWriting<TItem>(id, ct);
        if (stream.Aggregate is null)
            return Problems.NotFound("post", id);
        if (stream.CurrentVersion != expectedVersion)
            return Problems.StaleVersion(expectedVersion, stream.CurrentVersion ?? 0);

        var decision = decide(stream.Aggregate);
        if (decision.Refusal is not null)
            return Problems.Refused(decision.Refusal);

        stream.AppendMany(decision.Events);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            return Problems.ConcurrentChange();
        }
        return Results.Ok(new ItemVersion(id, expectedVersion + decision.Events.Count));
    }
}
