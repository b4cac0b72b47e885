using System.Collections.Immutable;
using Handlingsplan.Items;
using JasperFx.Events;

namespace Handlingsplan.Dashboard;

/// <summary>One item as the dashboard keeps it: a document of its own, so an event touches only its own row.</summary>
public sealed record DashboardRow
{
    public Guid Id { get; init; }
    /// <summary>The item's stream version after the last event folded in.</summary>
    public long Version { get; init; }
    /// <summary>Null while no item of this id exists (a row that only names the measures linked to it).</summary>
    public DashboardEntry? Entry { get; init; }
    /// <summary>The measures that have named this item as the same work, ever: those that still do are counted with it.</summary>
    public ImmutableSortedSet<Guid> LinkedFrom { get; init; } = [];
    /// <summary>The tenant of the municipality it belongs to, as the projection last stored it (a push finds its audience by it).</summary>
    public string? Tenant { get; init; }
}

/// <summary>The figures summed over every piece of work, kept by adding and taking away one piece at a time.</summary>
public sealed record DashboardTally
{
    /// <summary>Items that exist.</summary>
    public int Items { get; init; }
    /// <summary>Pieces of work: items, with each pair that is the same work counted once.</summary>
    public int Pieces { get; init; }
    public decimal RealisedTkr { get; init; }
    public decimal RecurringTkr { get; init; }
    public decimal EstimatedTkr { get; init; }
    public decimal PipelineTkr { get; init; }
    public int TooEarlyCount { get; init; }
    public int NotQuantifiedCount { get; init; }
    public int EstimatedCount { get; init; }
    public ImmutableDictionary<string, int> ByStatus { get; init; } = ImmutableDictionary<string, int>.Empty;
    public ImmutableDictionary<string, Figures> ByCommittee { get; init; } = ImmutableDictionary<string, Figures>.Empty;
    public ImmutableDictionary<string, Figures> ByKind { get; init; } = ImmutableDictionary<string, Figures>.Empty;
    public ImmutableDictionary<string, Figures> ByCategory { get; init; } = ImmutableDictionary<string, Figures>.Empty;
    public ImmutableDictionary<string, Figures> ByHorizon { get; init; } = ImmutableDictionary<string, Figures>.Empty;
    public ImmutableDictionary<int, YearTally> ByYear { get; init; } = ImmutableDictionary<int, YearTally>.Empty;

    /// <summary>Pure: the tally with one piece of work added (<paramref name="sign"/> 1) or taken away (−1).</summary>
    public DashboardTally Count(DashboardEntry piece, int sign)
    {
        var figures = DashboardCalculator.FiguresOf(piece);
        var estimate = DashboardCalculator.OpenEstimate(piece);
        var byYear = ByYear;
        foreach (var r in piece.Realisations)
        {
            var year = byYear.GetValueOrDefault(r.Year) ?? new YearTally(0, 0);
            var next = new YearTally(year.RealisedTkr + sign * r.AmountTkr, year.Count + sign);
            byYear = next.Count == 0 ? byYear.Remove(r.Year) : byYear.SetItem(r.Year, next);
        }
        return this with
        {
            Pieces = Pieces + sign,
            RealisedTkr = RealisedTkr + sign * figures.RealisedTkr,
            RecurringTkr = RecurringTkr + sign * DashboardCalculator.Recurring(piece),
            EstimatedTkr = EstimatedTkr + sign * figures.EstimatedTkr,
            PipelineTkr = PipelineTkr + sign * figures.PipelineTkr,
            TooEarlyCount = TooEarlyCount + (estimate == EstimateState.TooEarly ? sign : 0),
            NotQuantifiedCount = NotQuantifiedCount + (estimate == EstimateState.NotQuantified ? sign : 0),
            EstimatedCount = EstimatedCount + (estimate == EstimateState.Amount ? sign : 0),
            ByStatus = Bump(ByStatus, Json.Name(piece.Status), sign),
            ByCommittee = Add(ByCommittee, piece.Committee, figures, sign),
            ByKind = Add(ByKind, Json.Name(piece.Kind), figures, sign),
            ByCategory = Add(ByCategory, piece.Category ?? DashboardCalculator.None, figures, sign),
            ByHorizon = Add(ByHorizon, piece.Horizon ?? DashboardCalculator.None, figures, sign),
            ByYear = byYear,
        };
    }

    static ImmutableDictionary<string, int> Bump(ImmutableDictionary<string, int> counts, string key, int sign)
    {
        var next = counts.GetValueOrDefault(key) + sign;
        return next == 0 ? counts.Remove(key) : counts.SetItem(key, next);
    }

    /// <summary>A group that no piece is left in is gone, as it would be from a recomputation.</summary>
    static ImmutableDictionary<string, Figures> Add(ImmutableDictionary<string, Figures> groups, string key, Figures figures, int sign)
    {
        var next = (groups.GetValueOrDefault(key) ?? new Figures(0, 0, 0, 0)).Plus(figures, sign);
        return next.Count == 0 ? groups.Remove(key) : groups.SetItem(key, next);
    }
}

public sealed record YearTally(decimal RealisedTkr, int Count);

/// <summary>
/// The dashboard as the daemon keeps it: the plan and the tally, a few kilobytes however large the
/// plan, with how far into the event log it has come.
/// </summary>
public sealed record DashboardTotals
{
    public const string TheId = "dashboard";
    public string Id { get; init; } = TheId;
    /// <summary>The sequence number of the last event folded in.</summary>
    public long Sequence { get; init; }
    /// <summary>The latest timestamp of any event folded in.</summary>
    public DateTimeOffset? MaxTimestamp { get; init; }
    /// <summary>The earliest timestamp of the events folded in since the last snapshot.</summary>
    public DateTimeOffset? MinTimestampSinceSnapshot { get; init; }
    public long LastSnapshot { get; init; }
    public DashboardPlan Plan { get; init; } = new();
    public DashboardTally Tally { get; init; } = new();
    /// <summary>The tenant of the municipality it belongs to, as the projection last stored it (a push finds its audience by it).</summary>
    public string? Tenant { get; init; }
}

/// <summary>
/// The totals as they stood after an event, kept every <see cref="DashboardLedger.DefaultSnapshotEvery"/>
/// sequence numbers, so that the dashboard as of an instant starts from the nearest one before it
/// instead of from the first event.
/// </summary>
public sealed record DashboardSnapshot
{
    /// <summary>The sequence number of the last event folded in.</summary>
    public long Id { get; init; }
    /// <summary>The snapshot before this one (0 for none).</summary>
    public long Previous { get; init; }
    /// <summary>The latest timestamp of any event up to <see cref="Id"/>: every one of them lies at or before it.</summary>
    public DateTimeOffset MaxTimestamp { get; init; }
    /// <summary>The earliest timestamp of the events after <see cref="Previous"/> up to <see cref="Id"/>.</summary>
    public DateTimeOffset MinTimestampSincePrevious { get; init; }
    public DashboardPlan Plan { get; init; } = new();
    public DashboardTally Tally { get; init; } = new();

    public DashboardTotals AsTotals() => new() { Sequence = Id, MaxTimestamp = MaxTimestamp, LastSnapshot = Id, Plan = Plan, Tally = Tally };
}

/// <summary>
/// Folds events into the dashboard's totals one at a time, touching only the rows of the items an
/// event changes: the pieces of work those items belong to are taken out of the tally as they were
/// and put back as they are. Pure over the rows it is given, which must include every row an event
/// can reach (<see cref="Reach"/>, <see cref="Neighbours"/>); the projection and the "as of" reads
/// both feed it.
/// </summary>
public sealed class DashboardLedger
{
    /// <summary>How many sequence numbers apart the snapshots are by default: the most an "as of" read folds on top of one.</summary>
    public const long DefaultSnapshotEvery = 1000;

    readonly Dictionary<Guid, DashboardRow> _rows;
    readonly HashSet<Guid> _changed = [];
    readonly List<DashboardSnapshot> _snapshots = [];
    readonly long _snapshotEvery;

    /// <param name="snapshotEvery">Take a snapshot each time this many sequence numbers have passed since the last; 0 for none.</param>
    public DashboardLedger(DashboardTotals totals, IReadOnlyDictionary<Guid, DashboardRow> rows, long snapshotEvery)
    {
        Totals = totals;
        _rows = new Dictionary<Guid, DashboardRow>(rows);
        _snapshotEvery = snapshotEvery;
    }

    public DashboardTotals Totals { get; private set; }

    /// <summary>The rows changed so far.</summary>
    public IEnumerable<DashboardRow> Changed => _changed.Select(id => _rows[id]);

    /// <summary>The snapshots taken so far.</summary>
    public IReadOnlyList<DashboardSnapshot> Snapshots => _snapshots;

    /// <summary>The rows an event names directly: its own stream's, and the item it links to.</summary>
    public static IEnumerable<Guid> Reach(IEvent e) =>
        e.Data is SameWorkLinked linked ? [e.StreamId, linked.Other.Id] : [e.StreamId];

    /// <summary>The rows a row's piece of work can depend on: the item it names as the same work and the measures that name it.</summary>
    public static IEnumerable<Guid> Neighbours(DashboardRow row) =>
        row.Entry?.SameWorkAs is { } other ? row.LinkedFrom.Add(other) : row.LinkedFrom;

    /// <summary>
    /// Every row reachable from <paramref name="ids"/> through <see cref="Neighbours"/>, read a round at a time
    /// by <paramref name="read"/>, which gives back the rows it has (an id it does not know has no row yet).
    /// </summary>
    public static async Task<Dictionary<Guid, DashboardRow>> ReachableAsync(
        IEnumerable<Guid> ids, Func<IReadOnlyCollection<Guid>, Task<IEnumerable<DashboardRow>>> read)
    {
        var rows = new Dictionary<Guid, DashboardRow>();
        var wanted = ids.ToHashSet();
        while (wanted.Count > 0)
        {
            foreach (var row in await read(wanted)) rows[row.Id] = row;
            foreach (var id in wanted) rows.TryAdd(id, new DashboardRow { Id = id });
            wanted = wanted.SelectMany(id => Neighbours(rows[id])).Where(id => !rows.ContainsKey(id)).ToHashSet();
        }
        return rows;
    }

    DashboardRow Row(Guid id) =>
        _rows.TryGetValue(id, out var row) ? row
        : throw new InvalidOperationException($"The dashboard was not given the row of {id}, which an event reaches.");

    /// <summary>The piece of work an item is counted in: its own, or the investigation it is the same work as.</summary>
    Guid? PieceOf(Guid id)
    {
        if (Row(id).Entry is not { } entry) return null;
        return entry.SameWorkAs is { } other && DashboardCalculator.CountedWith(entry, Row(other).Entry) ? other : id;
    }

    DashboardEntry Piece(Guid id)
    {
        var row = Row(id);
        return row.LinkedFrom
            .Select(m => Row(m).Entry)
            .Where(m => m is not null && m.SameWorkAs == id && DashboardCalculator.CountedWith(m, row.Entry))
            .Aggregate(row.Entry!, (piece, measure) => DashboardCalculator.Merge(piece, measure!));
    }

    public void Apply(IEvent e)
    {
        Totals = Totals with
        {
            Sequence = e.Sequence,
            MaxTimestamp = Totals.MaxTimestamp is { } max && max > e.Timestamp ? max : e.Timestamp,
            MinTimestampSinceSnapshot = Totals.MinTimestampSinceSnapshot is { } min && min < e.Timestamp ? min : e.Timestamp,
        };
        if (DashboardPlan.Next(Totals.Plan, e.Data) is { } plan) Totals = Totals with { Plan = plan };
        else ApplyToItem(e);
        if (_snapshotEvery > 0 && Totals.Sequence - Totals.LastSnapshot >= _snapshotEvery) Snapshot();
    }

    void ApplyToItem(IEvent e)
    {
        var id = e.StreamId;
        if (!_rows.TryGetValue(id, out var row)) row = _rows[id] = new DashboardRow { Id = id };
        if (DashboardEntry.Next(row.Entry, id, e.Data) is not { } entry) return;

        // Every item whose piece of work this event can change, before and after it: its own, those it
        // was and is the same work as, and the measures that name it.
        var reached = Neighbours(row).Append(id).ToHashSet();
        if (entry.SameWorkAs is { } now) reached.Add(now);
        var before = reached.Select(PieceOf).OfType<Guid>().Distinct().ToList();
        var tally = before.Aggregate(Totals.Tally, (t, piece) => t.Count(Piece(piece), -1));

        _rows[id] = row with { Entry = entry, Version = e.Version };
        _changed.Add(id);
        if (entry.SameWorkAs is { } other && !Row(other).LinkedFrom.Contains(id))
        {
            _rows[other] = Row(other) with { LinkedFrom = Row(other).LinkedFrom.Add(id) };
            _changed.Add(other);
        }

        var after = reached.Select(PieceOf).OfType<Guid>().Distinct().ToList();
        tally = after.Aggregate(tally, (t, piece) => t.Count(Piece(piece), 1));
        Totals = Totals with { Tally = row.Entry is null ? tally with { Items = tally.Items + 1 } : tally };
    }

    void Snapshot()
    {
        _snapshots.Add(new DashboardSnapshot
        {
            Id = Totals.Sequence,
            Previous = Totals.LastSnapshot,
            MaxTimestamp = Totals.MaxTimestamp!.Value,
            MinTimestampSincePrevious = Totals.MinTimestampSinceSnapshot!.Value,
            Plan = Totals.Plan,
            Tally = Totals.Tally,
        });
        Totals = Totals with { LastSnapshot = Totals.Sequence, MinTimestampSinceSnapshot = null };
    }
}
