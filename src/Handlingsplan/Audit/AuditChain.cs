using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;

namespace Handlingsplan.Audit;

/// <summary>
/// The seal of one event in the hash chain: SHA-256 over the previous seal's hash and the event's
/// canonical content (<see cref="AuditChain.Canonical"/>). Kept as a document beside the event store,
/// keyed by the event's sequence number.
/// </summary>
public sealed record AuditSeal
{
    /// <summary>The sequence number of the sealed event.</summary>
    public long Id { get; init; }
    public string Hash { get; init; } = "";
    public string PreviousHash { get; init; } = "";
    public DateTimeOffset SealedAt { get; init; }
}

/// <summary>What a walk of the chain found.</summary>
/// <param name="Intact">True when every sealed event still matches its seal and the chain has no gap.</param>
/// <param name="SealedCount">How many events the chain covers.</param>
/// <param name="LastSealedSequence">The sequence number of the newest sealed event (0 when none).</param>
/// <param name="HeadHash">The newest seal's hash: write it down (or publish it) to prove later that nothing before it changed.</param>
/// <param name="PendingCount">Events newer than the last seal, not yet sealed (sealing trails commands by a moment).</param>
/// <param name="BrokenSequence">The first sequence number where the chain does not hold, or null.</param>
/// <param name="Problem">What is wrong there, in Swedish, or null.</param>
public sealed record ChainReport(
    bool Intact,
    long SealedCount,
    long LastSealedSequence,
    string? HeadHash,
    long PendingCount,
    long? BrokenSequence,
    string? Problem,
    DateTimeOffset CheckedAt);

/// <summary>
/// Tamper evidence for the event store. Every committed event is sealed, in sequence order, by
/// <see cref="AuditChainSealer"/>; <see cref="VerifyAsync"/> walks the log and the seals together and
/// reports the first sequence where they disagree. An event edited, deleted or slipped in with SQL
/// breaks the chain at its sequence. What it does not prove: someone who can rewrite both the events
/// and every later seal can make a consistent new chain; to catch that, keep the head hash somewhere
/// else (docs/audit.md).
/// </summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>The event's content as it is hashed: every stored column that carries meaning, one per line.</summary>
    public static string Canonical(StoredEvent e) => string.Join('\n',
        e.Sequence.ToString(CultureInfo.InvariantCulture),
        e.Id.ToString("D"),
        e.StreamId.ToString("D"),
        e.Version.ToString(CultureInfo.InvariantCulture),
        e.Type,
        Instant(e.Timestamp),
        e.TenantId,
        e.UserName ?? "",
        e.HeadersJson ?? "",
        e.DataJson);

    /// <summary>An event's timestamp as it is sealed and exported: UTC, to the microsecond the database keeps.</summary>
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Pure: the hash of one link, from the previous link and the event.</summary>
    public static string Link(string previousHash, StoredEvent e) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + Canonical(e))));

    /// <summary>Walks every event up to the last seal beside every seal, in sequence order.</summary>
    public static async Task<ChainReport> VerifyAsync(IDocumentStore store, EventLog log, TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var head = await session.Query<AuditSeal>().OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        var headSequence = head?.Id ?? 0;
        var pending = await log.CountAfterAsync(headSequence, ct);
        ChainReport Broken(long count, long sequence, string problem) =>
            new(false, count, headSequence, head?.Hash, pending, sequence, problem, clock.GetUtcNow());

        await using var seals = session.Query<AuditSeal>().OrderBy(s => s.Id).ToAsyncEnumerable(ct).GetAsyncEnumerator(ct);
        var hasSeal = await seals.MoveNextAsync();
        var previous = Genesis;
        long count = 0;
        await foreach (var e in log.UpToSequence(headSequence, ct))
        {
            if (hasSeal && seals.Current.Id < e.Sequence)
                return Broken(count, seals.Current.Id, $"Händelse {seals.Current.Id} är förseglad men finns inte längre i händelseloggen: den har tagits bort.");
            if (!hasSeal || seals.Current.Id > e.Sequence)
                return Broken(count, e.Sequence, $"Händelse {e.Sequence} saknar försegling: den har lagts till i efterhand.");

            var seal = seals.Current;
            if (seal.PreviousHash != previous)
                return Broken(count, e.Sequence, $"Förseglingen av händelse {e.Sequence} pekar inte på föregående länk: kedjan har ändrats.");
            var expected = Link(previous, e);
            if (seal.Hash != expected)
                return Broken(count, e.Sequence, $"Händelse {e.Sequence} stämmer inte med sin försegling: innehållet har ändrats efter att det skrevs.");

            previous = expected;
            count++;
            hasSeal = await seals.MoveNextAsync();
        }
        if (hasSeal)
            return Broken(count, seals.Current.Id, $"Händelse {seals.Current.Id} är förseglad men finns inte längre i händelseloggen: den har tagits bort.");

        return new ChainReport(true, count, headSequence, head?.Hash, pending, null, null, clock.GetUtcNow());
    }
}

/// <summary>
/// Seals each page of committed events, in sequence order, as the daemon hands them over. The seals
/// are stored through the subscription's own operations, so they are committed together with its
/// progress. A page sealed twice (after a crash) gives the same seals again.
/// </summary>
public sealed class AuditChainSealer : SubscriptionBase
{
    public const string SubscriptionName = "AuditChain";
    readonly TimeProvider _clock;

    public AuditChainSealer(TimeProvider clock)
    {
        _clock = clock;
        Name = SubscriptionName;
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken ct)
    {
        if (page.Events.Count == 0) return NullChangeListener.Instance;
        var first = page.Events.Min(e => e.Sequence);
        string previous;
        await using (var session = operations.DocumentStore.QuerySession())
        {
            var before = await session.Query<AuditSeal>().Where(s => s.Id < first).OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
            previous = before?.Hash ?? AuditChain.Genesis;
        }

        var now = _clock.GetUtcNow();
        await foreach (var e in EventLog.Of(operations.DocumentStore).WithSequences(page.Events.Select(e => e.Sequence).ToList(), ct))
        {
            var hash = AuditChain.Link(previous, e);
            operations.Store(new AuditSeal { Id = e.Sequence, Hash = hash, PreviousHash = previous, SealedAt = now });
            previous = hash;
        }
        return NullChangeListener.Instance;
    }
}
