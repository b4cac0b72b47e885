using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Handlingsplan.Dashboard;
using Handlingsplan.Items;
using Handlingsplan.Items.Correcting;
using Handlingsplan.Plan;
using Handlingsplan.Plan.Buffers;
using JasperFx.Events;

namespace Handlingsplan.Tests.Dashboard;

/// <summary>
/// The dashboard's running tally against the straightforward recomputation, over random histories:
/// items of every kind proposed, decided, realised, corrected, reversed, cancelled and linked as the
/// same work, in any order and cut into pages anywhere, with every row and the totals read back from
/// JSON between pages as the store would give them.
/// </summary>
public sealed class DashboardLedgerProperties
{
    static readonly Guid[] Ids = [.. Enumerable.Range(1, 7).Select(i => new Guid(i, 0, 0, new byte[8]))];
    static readonly string[] CommitteeCodes = ["KS", "SN", "VON", "TN"];
    static readonly string?[] Categories = [null, "operationalChange", "changedResponsibility"];
    static readonly JsonSerializerOptions Store = new();

    static DashboardLedgerProperties() => Json.Configure(Store);

    /// <summary>One step of a random history, in raw numbers the property turns into an event.</summary>
    public sealed record Step(int Op, int Item, int Other, int Amount, bool Flag);

    static Gen<Step> Steps =>
        from op in Gen.Choose(0, 14)
        from item in Gen.Choose(0, Ids.Length - 1)
        from other in Gen.Choose(0, Ids.Length - 1)
        from amount in Gen.Choose(-3, 4000)
        from flag in Gen.Elements(true, false)
        select new Step(op, item, other, amount, flag);

    public static Arbitrary<Step[]> Histories() =>
        Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(Steps, n)).ToArbitrary();

    public static Arbitrary<int[]> Cuts() => Gen.ArrayOf(Gen.Choose(1, 9)).ToArbitrary();

    /// <summary>Turns raw steps into events, keeping track of what exists so corrections name a realisation that does.</summary>
    static List<IEvent> History(Step[] steps)
    {
        var events = new List<IEvent>();
        var kinds = new Dictionary<Guid, ItemKind>();
        var realisations = new Dictionary<Guid, int>();
        var versions = new Dictionary<Guid, long>();
        var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var plan = Guid.NewGuid();

        void Add(Guid stream, object data)
        {
            versions[stream] = versions.GetValueOrDefault(stream) + 1;
            at = at.AddMinutes(7);
            events.Add(new Event<object>(data) { StreamId = stream, Version = versions[stream], Sequence = events.Count + 1, Timestamp = at });
        }

        foreach (var s in steps)
        {
            var id = Ids[s.Item];
            var other = Ids[s.Other];
            decimal Tkr() => s.Amount / (s.Flag ? 10m : 4m);
            decimal? Estimate() => s.Amount % 3 == 0 ? null : Tkr();
            if (!kinds.ContainsKey(id) && s.Op is not (13 or 14))
            {
                var kind = (ItemKind)(s.Other % 3);
                kinds[id] = kind;
                ItemProposed proposed = kind switch
                {
                    ItemKind.Measure => new MeasureProposed { Title = "M", Committee = CommitteeCodes[s.Amount & 3], Category = Categories[s.Other % 3], EstimatedSavingTkr = Estimate(), NotQuantified = s.Flag && s.Amount % 3 == 0 },
                    ItemKind.Shift => new ShiftProposed { Title = "S", Committee = CommitteeCodes[s.Amount & 3], Horizon = s.Flag ? "longTerm" : null, EstimatedSavingTkr = Estimate() },
                    _ => new InvestigationProposed { Title = "U", Committee = CommitteeCodes[s.Amount & 3], EstimatedSavingTkr = Estimate() },
                };
                Add(id, proposed);
                continue;
            }
            switch (s.Op)
            {
                case 0: Add(id, new ItemPrioritised("KS 2024-09-02", null)); break;
                case 1: Add(id, new ItemDeclined("KS 2024-09-02", null)); break;
                case 2: Add(id, new ItemAssigned("Socialförvaltningen", null, null)); break;
                case 3 or 4:
                    Add(id, new SavingRealised(Tkr(), 2024 + s.Other % 4, s.Flag, null, at));
                    realisations[id] = realisations.GetValueOrDefault(id) + 1;
                    break;
                case 5 when realisations.GetValueOrDefault(id) > 0:
                    Add(id, new RealisationCorrected(1 + s.Other % realisations[id], Tkr(), 2023 + s.Other % 5, !s.Flag, "Fel", at));
                    break;
                case 6 when realisations.GetValueOrDefault(id) > 0:
                    Add(id, new RealisationReversed(1 + s.Other % realisations[id], "Fel", at));
                    break;
                case 7: Add(id, new EstimateRevised(Estimate(), null, s.Flag && s.Amount % 3 == 0)); break;
                case 8: Add(id, new EstimateCorrected(Estimate(), s.Flag && s.Amount % 3 == 0, "Fel")); break;
                case 9: Add(id, new ItemCancelled(null)); break;
                case 10: Add(id, new ItemCompleted(null)); break;
                case 11 or 12 when id != other:
                    Add(id, new SameWorkLinked(new ItemLink(kinds.GetValueOrDefault(other, ItemKind.Investigation), other, "X"), "Samma"));
                    break;
                case 13: Add(plan, new ActionPlanAdopted("Plan", "KS", 100000 + s.Amount)); break;
                case 14: Add(plan, new BufferBudgeted(CommitteeCodes[s.Amount & 3], 2026, Tkr())); break;
                default: Add(id, new FollowUpRecorded("Noterat", at)); break;
            }
        }
        return events;
    }

    static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Store), Store)!;

    static string Expected(IEnumerable<IEvent> events) =>
        JsonSerializer.Serialize(DashboardCalculator.Summarise(DashboardView.Of(events.Select(e => (e.StreamId, e.Data)))), Store);

    /// <summary>Folds the history page by page, as the projection does, with a store of rows in between.</summary>
    static async Task<(DashboardTotals Totals, Dictionary<Guid, DashboardRow> Rows)> Ledger(IReadOnlyList<IEvent> events, int[] cuts)
    {
        var stored = new Dictionary<Guid, DashboardRow>();
        var totals = new DashboardTotals();
        var at = 0;
        var cut = 0;
        while (at < events.Count)
        {
            var size = cuts.Length == 0 ? events.Count : cuts[cut++ % cuts.Length];
            var page = events.Skip(at).Take(size).ToList();
            at += page.Count;
            var rows = await DashboardLedger.ReachableAsync(page.SelectMany(DashboardLedger.Reach),
                ids => Task.FromResult(ids.Where(stored.ContainsKey).Select(id => RoundTrip(stored[id]))));
            var ledger = new DashboardLedger(RoundTrip(totals), rows, snapshotEvery: 3);
            foreach (var e in page) ledger.Apply(e);
            foreach (var row in ledger.Changed) stored[row.Id] = row;
            totals = ledger.Totals;
        }
        return (totals, stored);
    }

    [Property(MaxTest = 400, Arbitrary = [typeof(DashboardLedgerProperties)])]
    public bool The_running_tally_gives_what_a_recomputation_gives(Step[] steps, int[] cuts)
    {
        var events = History(steps);
        var (totals, _) = Ledger(events, cuts).GetAwaiter().GetResult();
        return JsonSerializer.Serialize(DashboardCalculator.Summarise(totals), Store) == Expected(events);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(DashboardLedgerProperties)])]
    public bool A_snapshot_holds_what_a_recomputation_up_to_it_gives(Step[] steps)
    {
        var events = History(steps);
        var rows = DashboardLedger.ReachableAsync(events.SelectMany(DashboardLedger.Reach),
            _ => Task.FromResult(Enumerable.Empty<DashboardRow>())).GetAwaiter().GetResult();
        // Snapshots every few events instead of every thousand: the same rule, at the scale of the history.
        var ledger = new DashboardLedger(new DashboardTotals(), rows, snapshotEvery: 5);
        foreach (var e in events) ledger.Apply(e);
        return ledger.Snapshots.Count == events.Count / 5 && ledger.Snapshots.All(s =>
            JsonSerializer.Serialize(DashboardCalculator.Summarise(RoundTrip(s).AsTotals()), Store) == Expected(events.Where(e => e.Sequence <= s.Id)));
    }

    [Fact]
    public void An_amount_taken_away_again_prints_as_a_recomputation_prints_it()
    {
        Assert.Equal("1", DashboardCalculator.N(1.50m - 0.50m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2658.4", DashboardCalculator.N(2658.400m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", DashboardCalculator.N(0.00m).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
