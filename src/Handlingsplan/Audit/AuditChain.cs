using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Services;
using Marten.Subscriptions;

namespace Handlingsplan.Audit;

/// <summary>
/// The seal of one event in the hash chain: SHA-256 over the previous seal's hash and the event's
/// canonical content, by the formula the seal names (<see cref="AuditChain.Canonical"/>). Kept as a
/// document beside the event store, keyed by the event's sequence number, and never overwritten.
/// </summary>
public sealed record AuditSeal
{
    /// <summary>The sequence number of the sealed event.</summary>
    public long Id { get; init; }
    public string Hash { get; init; } = "";
    public string PreviousHash { get; init; } = "";
    public DateTimeOffset SealedAt { get; init; }
    /// <summary>The formula that made the hash; absent on seals made before there was a choice (formula 1).</summary>
    public int? Formula { get; init; }
}

/// <summary>
/// Something the sealer met that only tampering explains: a stored seal that a recomputation does not
/// give again, or an event without a seal below the chain's head. Stored once, beside the seals, and
/// reported by every verification; the sealer repairs nothing.
/// </summary>
public sealed record AuditAlarm
{
    public Guid Id { get; init; }
    public long Sequence { get; init; }
    /// <summary>What was found, in Swedish.</summary>
    public string Problem { get; init; } = "";
    public DateTimeOffset FoundAt { get; init; }
}

/// <summary>What a walk of the chain found.</summary>
/// <param name="Intact">True when every sealed event still matches its seal, the chain has no gap, the streams agree with their events, and the chain holds the last checkpoint.</param>
/// <param name="SealedCount">How many events the chain covers (when broken: how many before the break were verified).</param>
/// <param name="LastSealedSequence">The sequence number of the newest sealed event (0 when none).</param>
/// <param name="HeadHash">The newest seal's hash: write it down (or publish it) to prove later that nothing before it changed.</param>
/// <param name="PendingCount">Events newer than the last seal that the sealer has not reached yet (sealing trails commands by a moment).</param>
/// <param name="BrokenSequence">The first sequence number where the chain does not hold, or null.</param>
/// <param name="Problem">What is wrong there, in Swedish, or null.</param>
/// <param name="Checkpoint">The last signed checkpoint in the data folder, or null when there is none (or its signature does not hold).</param>
public sealed record ChainReport(
    bool Intact,
    long SealedCount,
    long LastSealedSequence,
    string? HeadHash,
    long PendingCount,
    long? BrokenSequence,
    string? Problem,
    DateTimeOffset CheckedAt,
    AuditCheckpoint? Checkpoint = null);

/// <summary>
/// Tamper evidence for the event store. Every committed event is sealed, in sequence order, by
/// <see cref="AuditChainSealer"/>; <see cref="VerifyAsync"/> walks the log and the seals together and
/// reports the first sequence where they disagree, then checks what the walk cannot see: seals missing
/// behind the sealer, streams that disagree with their events, the sealer's alarms, and the checkpoint
/// kept outside the database (docs/audit.md says what each proves).
/// </summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>The formula of seals made before the seal named its formula.</summary>
    public const int FirstFormula = 1;
    /// <summary>The formula new seals are made with.</summary>
    public const int CurrentFormula = 2;

    /// <summary>Formula 1: the columns sealed before formula 2, one per line.</summary>
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

    /// <summary>
    /// Formula 2: every stored column that changes what the event means, and its stream's type. Each
    /// field is written as its length in UTF-8 bytes, a colon, the text and a newline; a null as "-"
    /// and a newline, so no two different events give the same text.
    /// </summary>
    public static string CanonicalV2(StoredEvent e)
    {
        var text = new StringBuilder();
        void Field(string? value)
        {
            if (value is null) { text.Append("-\n"); return; }
            text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
        }
        Field("handlingsplan-seal/2");
        Field(e.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(e.Id.ToString("D"));
        Field(e.StreamId.ToString("D"));
        Field(e.StreamType);
        Field(e.Version.ToString(CultureInfo.InvariantCulture));
        Field(e.Type);
        Field(e.DotnetType);
        Field(Instant(e.Timestamp));
        Field(e.TenantId);
        Field(e.UserName);
        Field(e.HeadersJson);
        Field(e.DataJson);
        Field(e.IsArchived switch { true => "true", false => "false", null => null });
        Field(e.BinaryDataHex);
        return text.ToString();
    }

    /// <summary>An event's timestamp as it is sealed and exported: UTC, to the microsecond the database keeps.</summary>
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static bool IsKnownFormula(int formula) => formula is FirstFormula or CurrentFormula;

    /// <summary>Pure: the hash of one link by formula 1, from the previous link and the event.</summary>
    public static string Link(string previousHash, StoredEvent e) => Link(FirstFormula, previousHash, e);

    /// <summary>Pure: the hash of one link by the given formula, from the previous link and the event.</summary>
    public static string Link(int formula, string previousHash, StoredEvent e)
    {
        var canonical = formula switch
        {
            FirstFormula => Canonical(e),
            CurrentFormula => CanonicalV2(e),
            _ => throw new ArgumentOutOfRangeException(nameof(formula), formula, "No such seal formula."),
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + canonical)));
    }

    /// <summary>The seal's formula (absent: formula 1).</summary>
    public static int FormulaOf(AuditSeal seal) => seal.Formula ?? FirstFormula;

    /// <summary>How far the sealer has read the log (its committed progress), 0 before it has run.</summary>
    public static async Task<long> SealerProgressAsync(IDocumentStore store, CancellationToken ct)
    {
        var progress = await store.Advanced.AllProjectionProgress(token: ct);
        return progress.Where(p => p.ShardName.StartsWith(AuditChainSealer.SubscriptionName + ":", StringComparison.Ordinal))
            .Select(p => p.Sequence).DefaultIfEmpty(0).Max();
    }

    /// <summary>
    /// Walks every event up to the last seal beside every seal, in sequence order, then checks the
    /// events the sealer has passed without a seal, the streams, the sealer's alarms and the last
    /// checkpoint. Reports the lowest sequence number where any of them fails.
    /// </summary>
    public static async Task<ChainReport> VerifyAsync(IDocumentStore store, EventLog log, AuditCheckpoints checkpoints, TimeProvider clock, CancellationToken ct)
    {
        // Read in this order, the seals reach at least as far as the progress (committed with them) and
        // the checkpoint (written after that commit): a page sealed meanwhile is never taken for missing seals.
        var progress = await SealerProgressAsync(store, ct);
        var checkpointRead = checkpoints.Read(log.TenantId);
        var checkpoint = checkpointRead.Valid;

        await using var session = store.QuerySession(log.TenantId);
        var head = await session.Query<AuditSeal>().OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        var headSequence = head?.Id ?? 0;
        var pending = await log.CountAfterAsync(Math.Max(headSequence, progress), ct);

        var walked = new List<long>();
        string? hashAtCheckpoint = null;
        (long Sequence, string Problem)? broken = null;

        // Bounded by the head read above: a page sealed during the walk is not this report's.
        await using (var seals = session.Query<AuditSeal>().Where(s => s.Id <= headSequence).OrderBy(s => s.Id).ToAsyncEnumerable(ct).GetAsyncEnumerator(ct))
        {
            var hasSeal = await seals.MoveNextAsync();
            var previous = Genesis;
            var previousFormula = FirstFormula;
            await foreach (var e in log.UpToSequence(headSequence, ct))
            {
                if (hasSeal && seals.Current.Id < e.Sequence)
                {
                    broken = (seals.Current.Id, $"Händelse {seals.Current.Id} är förseglad men finns inte längre i händelseloggen: den har tagits bort.");
                    break;
                }
                if (!hasSeal || seals.Current.Id > e.Sequence)
                {
                    broken = (e.Sequence, $"Händelse {e.Sequence} saknar försegling: den har lagts till i efterhand, eller dess försegling har tagits bort.");
                    break;
                }

                var seal = seals.Current;
                var formula = FormulaOf(seal);
                if (!IsKnownFormula(formula))
                {
                    broken = (e.Sequence, $"Förseglingen av händelse {e.Sequence} anger en okänd formel ({formula}): förseglingen har ändrats.");
                    break;
                }
                if (formula < previousFormula)
                {
                    broken = (e.Sequence, $"Förseglingen av händelse {e.Sequence} är gjord med en äldre formel än förseglingen före den: kedjan har skrivits om.");
                    break;
                }
                if (seal.PreviousHash != previous)
                {
                    broken = (e.Sequence, $"Förseglingen av händelse {e.Sequence} pekar inte på föregående länk: kedjan har ändrats.");
                    break;
                }
                if (e.IsArchived == true)
                {
                    broken = (e.Sequence, $"Händelse {e.Sequence} är markerad som arkiverad och döljs därmed i historik och omspelningar, men appen arkiverar aldrig händelser: flaggan har satts direkt i databasen.");
                    break;
                }
                var expected = Link(formula, previous, e);
                if (seal.Hash != expected)
                {
                    broken = (e.Sequence, $"Händelse {e.Sequence} stämmer inte med sin försegling: innehållet har ändrats efter att det skrevs.");
                    break;
                }

                if (e.Sequence == checkpoint?.Sequence) hashAtCheckpoint = seal.Hash;
                previous = expected;
                previousFormula = formula;
                walked.Add(e.Sequence);
                hasSeal = await seals.MoveNextAsync();
            }
            if (broken is null && hasSeal)
                broken = (seals.Current.Id, $"Händelse {seals.Current.Id} är förseglad men finns inte längre i händelseloggen: den har tagits bort.");
        }

        // Problems found at the event itself (the walk, the sealer's alarms) come before those found
        // beside it (missing seals behind the sealer, the streams, the checkpoint).
        var atEvent = new List<(long Sequence, string Problem)>();
        var beside = new List<(long Sequence, string Problem)>();
        if (broken is { } walkProblem) atEvent.Add(walkProblem);

        if (await session.Query<AuditAlarm>().OrderBy(a => a.Sequence).FirstOrDefaultAsync(ct) is { } alarm)
            atEvent.Add((alarm.Sequence, $"Förseglaren larmade {Instant(alarm.FoundAt)}: {alarm.Problem}"));

        // Events the sealer has passed have seals; the walk stops at the last seal and cannot see them.
        if (await log.FirstBetweenAsync(headSequence, progress, ct) is { } unsealed)
            beside.Add((unsealed, $"Händelse {unsealed} saknar försegling fast förseglaren har passerat den (till och med händelse {progress}): förseglingen har tagits bort."));

        if (await log.FirstStreamMismatchAsync(ct) is { } stream)
            beside.Add((stream.LastSequence, StreamProblem(stream)));

        if (checkpointRead.Present && !checkpointRead.Trusted)
            beside.Add((checkpointRead.Checkpoint?.Sequence ?? headSequence,
                $"Kontrollpunkten i datamappen ({AuditCheckpoints.FileName}) är inte signerad med appens nyckel: den har ändrats eller bytts ut."));
        else if (checkpoint is not null && (broken is null || broken.Value.Sequence > checkpoint.Sequence))
        {
            if (checkpoint.Sequence > headSequence)
                beside.Add((Math.Min(checkpoint.Sequence, headSequence + 1),
                    $"Kontrollpunkten {Instant(checkpoint.WrittenAt)} visar att kedjan var förseglad till och med händelse {checkpoint.Sequence}, men förseglingarna slutar vid händelse {headSequence}: de senare har tagits bort."));
            else if (hashAtCheckpoint != checkpoint.Hash)
                beside.Add((checkpoint.Sequence,
                    $"Kedjan stämmer inte med kontrollpunkten {Instant(checkpoint.WrittenAt)}: händelse {checkpoint.Sequence} hade kontrollsumman {checkpoint.Hash}, men kedjan ger nu {hashAtCheckpoint ?? "ingen"}. Historiken till och med den händelsen har skrivits om."));
        }

        var problems = atEvent.Count > 0 ? atEvent : beside;
        if (problems.Count == 0)
            return new ChainReport(true, walked.Count, headSequence, head?.Hash, pending, null, null, clock.GetUtcNow(), checkpoint);

        var (sequence, problem) = problems.MinBy(p => p.Sequence);
        var index = walked.BinarySearch(sequence);
        var verified = index >= 0 ? index : ~index;
        return new ChainReport(false, verified, headSequence, head?.Hash, pending, sequence, problem, clock.GetUtcNow(), checkpoint);
    }

    static string StreamProblem(StreamMismatch stream) =>
        !stream.RowExists
            ? $"Strömmen {stream.StreamId} saknas i strömtabellen fast dess händelser finns kvar (den senaste är händelse {stream.LastSequence}): raden har tagits bort."
            : stream.Archived
                ? $"Strömmen {stream.StreamId} är markerad som arkiverad och döljs därmed, men appen arkiverar aldrig strömmar: strömtabellen har ändrats."
                : $"Strömmen {stream.StreamId} har version {stream.StreamVersion?.ToString(CultureInfo.InvariantCulture) ?? "–"} i strömtabellen, men dess senaste händelse ({stream.LastSequence}) har version {stream.LastVersion}: strömtabellen har ändrats.";
}

/// <summary>
/// Seals each page of committed events, in sequence order, as the daemon hands them over. The seals
/// are stored through the subscription's own operations, so they are committed together with its
/// progress; after the commit the new head is written to the checkpoint file.
/// Seals are append-only: an event that already has a seal (a page handed over again, e.g. after its
/// progress was moved back) is recomputed and compared, never sealed again; a difference, or an event
/// without a seal below the newest seal or the checkpoint, is stored as an <see cref="AuditAlarm"/> and
/// left as it is.
/// </summary>
public sealed class AuditChainSealer : SubscriptionBase
{
    public const string SubscriptionName = "AuditChain";
    readonly TimeProvider _clock;
    readonly AuditCheckpoints _checkpoints;
    readonly ILogger<AuditChainSealer> _logger;

    public AuditChainSealer(TimeProvider clock, AuditCheckpoints checkpoints, ILogger<AuditChainSealer> logger)
    {
        _clock = clock;
        _checkpoints = checkpoints;
        _logger = logger;
        Name = SubscriptionName;
        // Each municipality in a page costs the same few reads (its seals, its events, its checkpoint)
        // whatever its share of the page, and a page of the log can hold every municipality's events:
        // pages as large as the dashboard's keep that cost a few reads per municipality, not per event
        // (docs/benchmarks.md, "Many municipalities"). Live, pages stay as small as what was committed.
        Options.BatchSize = PageSize;
    }

    /// <summary>The most events the sealer is handed at once.</summary>
    public const int PageSize = 5000;

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken ct)
    {
        // Each municipality has a chain of its own, linked through its own events only.
        var checkpointWrites = new List<IChangeListener>();
        foreach (var tenant in page.Events.GroupBy(e => e.TenantId ?? Tenancy.Municipalities.DefaultTenantId))
        {
            var sequences = tenant.Select(e => e.Sequence).Order().ToList();
            if (await SealAsync(tenant.Key, sequences, operations.DocumentStore, operations.ForTenant(tenant.Key), ct) is { } write)
                checkpointWrites.Add(write);
        }
        return checkpointWrites.Count switch
        {
            0 => NullChangeListener.Instance,
            1 => checkpointWrites[0],
            _ => new AllOf(checkpointWrites),
        };
    }

    async Task<IChangeListener?> SealAsync(string tenantId, List<long> sequences, IDocumentStore store, IDocumentOperations operations, CancellationToken ct)
    {
        var (first, last) = (sequences[0], sequences[^1]);
        var checkpointRead = _checkpoints.Read(tenantId);
        var checkpoint = checkpointRead.Valid;

        AuditSeal? before;
        long highest;
        Dictionary<long, AuditSeal> stored;
        string? hashAtCheckpoint = null;
        await using (var session = store.QuerySession(tenantId))
        {
            before = await session.Query<AuditSeal>().Where(s => s.Id < first).OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
            highest = (await session.Query<AuditSeal>().OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct))?.Id ?? 0;
            stored = (await session.Query<AuditSeal>().Where(s => s.Id >= first && s.Id <= last).ToListAsync(ct)).ToDictionary(s => s.Id);
            if (checkpoint is not null && checkpoint.Sequence < first)
                hashAtCheckpoint = (await session.LoadAsync<AuditSeal>(checkpoint.Sequence, ct))?.Hash;
        }

        // New seals only ever extend the chain: above every stored seal and above the checkpoint.
        var floor = Math.Max(highest, checkpoint?.Sequence ?? 0);
        var now = _clock.GetUtcNow();
        var previous = before?.Hash ?? AuditChain.Genesis;
        // After an event without its seal, the link the next stored seal should name is unknown.
        var gap = false;
        (long Sequence, string Hash)? sealedHead = null;
        await foreach (var e in EventLog.Of(store, tenantId).WithSequences(sequences, ct))
        {
            if (stored.TryGetValue(e.Sequence, out var seal))
            {
                var formula = AuditChain.FormulaOf(seal);
                var again = AuditChain.IsKnownFormula(formula) ? AuditChain.Link(formula, seal.PreviousHash, e) : null;
                if (seal.Hash != again || (!gap && seal.PreviousHash != previous))
                    Alarm(operations, e.Sequence, now,
                        $"Händelse {e.Sequence} gick igenom förseglaren på nytt och gav inte sin sparade försegling: händelsen, eller kedjan före den, har ändrats efter att den förseglades. Den sparade förseglingen står kvar.");
                previous = seal.Hash;
                gap = false;
            }
            else if (e.Sequence <= floor)
            {
                Alarm(operations, e.Sequence, now, e.Sequence < highest
                    ? $"Händelse {e.Sequence} saknar försegling fast senare händelser är förseglade: förseglingen har tagits bort. Förseglaren förseglar den inte på nytt."
                    : $"Händelse {e.Sequence} saknar försegling fast kontrollpunkten visar att kedjan var förseglad till och med händelse {checkpoint!.Sequence}: förseglingen har tagits bort. Förseglaren förseglar den inte på nytt.");
                gap = true;
            }
            else
            {
                var hash = AuditChain.Link(AuditChain.CurrentFormula, previous, e);
                operations.Insert(new AuditSeal { Id = e.Sequence, Hash = hash, PreviousHash = previous, SealedAt = now, Formula = AuditChain.CurrentFormula });
                previous = hash;
                gap = false;
                sealedHead = (e.Sequence, hash);
            }
            if (e.Sequence == checkpoint?.Sequence) hashAtCheckpoint = stored.GetValueOrDefault(e.Sequence)?.Hash;
        }

        if (sealedHead is not { } newHead) return null;
        if (checkpointRead.Present && !checkpointRead.Trusted)
        {
            _logger.LogError("The audit checkpoint {File} is unreadable or its signature does not hold; it is left as it is and no new checkpoint is written", _checkpoints.PathOf(tenantId));
            return null;
        }
        if (checkpoint is not null && hashAtCheckpoint != checkpoint.Hash)
        {
            _logger.LogError("The hash chain of {Tenant} no longer holds the audit checkpoint at sequence {Sequence}; no new checkpoint is written", tenantId, checkpoint.Sequence);
            return null;
        }
        return new WriteCheckpointAfterCommit(_checkpoints, tenantId, newHead.Sequence, newHead.Hash, now, _logger);
    }

    sealed class AllOf(IReadOnlyList<IChangeListener> listeners) : IChangeListener
    {
        public async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
        {
            foreach (var listener in listeners) await listener.AfterCommitAsync(session, commit, token);
        }

        public Task BeforeCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) => Task.CompletedTask;
    }

    void Alarm(IDocumentOperations operations, long sequence, DateTimeOffset now, string problem)
    {
        _logger.LogError("Audit chain alarm at sequence {Sequence}: {Problem}", sequence, problem);
        operations.Insert(new AuditAlarm { Id = Guid.NewGuid(), Sequence = sequence, Problem = problem, FoundAt = now });
    }

    /// <summary>Writes the checkpoint once the seals are committed, so that it never names a seal the database does not hold.</summary>
    sealed class WriteCheckpointAfterCommit(AuditCheckpoints checkpoints, string tenantId, long sequence, string hash, DateTimeOffset at, ILogger logger) : IChangeListener
    {
        public Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
        {
            try
            {
                checkpoints.Write(tenantId, sequence, hash, at);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogError(e, "The audit checkpoint for sequence {Sequence} could not be written to {File}", sequence, checkpoints.PathOf(tenantId));
            }
            return Task.CompletedTask;
        }

        public Task BeforeCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) => Task.CompletedTask;
    }
}
