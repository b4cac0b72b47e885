using System.Security.Claims;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Investigations;
using Handlingsplan.Measures;
using Handlingsplan.Shifts;
using JasperFx;
using Marten;

namespace Handlingsplan.Items;

public sealed record ItemCreated(Guid Id, long Version);

public sealed record ItemVersion(Guid Id, long Version);

/// <summary>
/// The imperative shell around the pure decisions, the same for every kind of item: load the
/// item, check the caller's expectedVersion, decide, append, and translate each failure to its
/// HTTP answer. Optimistic concurrency is checked twice: against the version read, and by Marten
/// on commit, so two requests with the same expectedVersion never both succeed and a retried
/// request never counts twice.
/// </summary>
public static class ItemCommands
{
    public static Task<IResult> Execute(
        string kind, Guid id, long? expectedVersion, IDocumentSession session, ClaimsPrincipal user, LifecycleStep step,
        Func<Item, Decision> decide, CancellationToken ct, Func<Decision, long, IResult>? respond = null)
    {
        if (!ItemKinds.BySegment.TryGetValue(kind, out var itemKind)) return Task.FromResult(ItemKinds.Unknown(kind));
        var command = new Command(id, expectedVersion, AppUser.From(user), step, decide, respond);
        return itemKind switch
        {
            ItemKind.Measure => Execute<Measure>(command, session, ct),
            ItemKind.Shift => Execute<Shift>(command, session, ct),
            _ => Execute<Investigation>(command, session, ct),
        };
    }

    sealed record Command(
        Guid Id, long? ExpectedVersion, AppUser User, LifecycleStep Step, Func<Item, Decision> Decide, Func<Decision, long, IResult>? Respond);

    static async Task<IResult> Execute<TItem>(Command command, IDocumentSession session, CancellationToken ct)
        where TItem : Item
    {
        var (id, expectedVersion, user, step, decide, respond) = command;
        session.StampWith(user);
        var stream = await session.Events.FetchForWriting<TItem>(id, ct);
        if (stream.Aggregate is null)
            return Problems.NotFound(Swedish.KindIndefinite(ItemKinds.BySegment.Values.First(k => ItemKinds.AggregateType(k) == typeof(TItem))), id);
        if (!AccessRules.CanTake(user, stream.Aggregate, step))
            return Problems.Forbidden(AccessRules.WhyNot(user, stream.Aggregate, step));
        var current = stream.CurrentVersion ?? 0;
        if (expectedVersion is { } expected && expected != current)
            return Problems.StaleVersion(expected, current);

        var decision = decide(stream.Aggregate);
        if (decision.Refusal is not null)
            return Problems.Refused(decision.Refusal);

        stream.AppendMany(decision.Events);
        foreach (var start in decision.Starts)
            session.Events.StartStream(start.AggregateType, start.Id, start.Event);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            return Problems.ConcurrentChange();
        }
        var version = current + decision.Events.Count;
        return respond?.Invoke(decision, version) ?? Results.Ok(new ItemVersion(id, version));
    }
}
