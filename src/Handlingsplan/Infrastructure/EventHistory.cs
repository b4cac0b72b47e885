using JasperFx.Events;
using Marten;

namespace Handlingsplan.Infrastructure;

public static class EventHistory
{
    /// <summary>Every event committed at or before the instant, in order: what a replay "as of" starts from.</summary>
    public static async Task<IReadOnlyList<IEvent>> UpTo(IQuerySession session, DateTimeOffset asOf, CancellationToken ct) =>
        await session.Events.QueryAllRawEvents()
            .Where(e => e.Timestamp <= asOf)
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
}
