using System.Text.Json;
using Alba;
using Handlingsplan.Dashboard;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;
using Marten;

namespace Handlingsplan.Tests.Dashboard;

/// <summary>
/// The dashboard as of an instant starts from a snapshot (every 25 sequence numbers in the suite) and
/// folds what follows; it must give exactly what a replay from the first event gives.
/// </summary>
public sealed class DashboardAsOfTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly JsonSerializerOptions Options = new();

    static DashboardAsOfTests() => Json.Configure(Options);

    /// <summary>The straightforward answer: every event stamped at or before the instant, folded from the first.</summary>
    async Task<string> FullReplay(DateTimeOffset at)
    {
        await using var session = Store.QuerySession();
        var events = await EventHistory.UpTo(session, at, CancellationToken.None);
        return JsonSerializer.Serialize(DashboardCalculator.Summarise(DashboardView.Of(events.Select(e => (e.StreamId, e.Data)))), Options);
    }

    async Task<string> FromSnapshots(DateTimeOffset at)
    {
        await using var session = Store.QuerySession();
        return JsonSerializer.Serialize(await DashboardQueries.AsOf(at, session, CancellationToken.None), Options);
    }

    /// <summary>The shipped plan, then realisations, corrections and cancellations on some of its items.</summary>
    async Task<List<DateTimeOffset>> History()
    {
        await PlanImport.RunAsync(Store);
        var items = (await Host.GetJson<JsonElement[]>("/api/measures?pageSize=500"))
            .Concat(await Host.GetJson<JsonElement[]>("/api/investigations?pageSize=500"))
            .Where(i => i.GetProperty("status").GetString() is "assigned")
            .Take(8)
            .ToList();
        var n = 0;
        foreach (var item in items)
        {
            var kind = item.GetProperty("kind").GetString() == "investigation" ? "investigations" : "measures";
            var id = item.GetProperty("id").GetGuid();
            var version = item.GetProperty("version").GetInt64();
            version = await Host.Step(kind, id, "realise", new { amountTkr = 10m + n, year = 2025 + n % 2, recurring = n % 2 == 0, expectedVersion = version, confirmed = true });
            version = await Host.Step(kind, id, "realise", new { amountTkr = 2.5m, year = 2026, recurring = false, expectedVersion = version, confirmed = true });
            if (n % 3 == 0) version = await Host.Step(kind, id, "reverse-realisation", new { number = 1, reason = "Fel år", expectedVersion = version });
            if (n % 4 == 1) await Host.Step(kind, id, "cancel", new { reason = "Avbruten", expectedVersion = version });
            n++;
        }
        await WaitForProjections();
        await using var session = Store.QuerySession();
        return (await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync()).Select(e => e.Timestamp).ToList();
    }

    [Fact]
    public async Task At_every_instant_of_the_history_the_dashboard_is_byte_equal_to_a_full_replay()
    {
        var stamps = await History();
        await using (var session = Store.QuerySession())
            Assert.True(await session.Query<DashboardSnapshot>().CountAsync() >= 4, "the history should span several snapshots");

        var instants = stamps.Where((_, i) => i % 3 == 0)
            .SelectMany(t => new[] { t, t.AddTicks(-1) })
            .Append(stamps[0].AddDays(-1))
            .Append(stamps[^1].AddDays(1))
            .ToList();
        foreach (var at in instants) Assert.Equal(await FullReplay(at), await FromSnapshots(at));

        // The same through the API, and "as of now" is the live dashboard.
        var live = await Host.GetJson<JsonElement>("/api/dashboard");
        var now = await Host.GetJson<JsonElement>($"/api/dashboard?asOf={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}");
        Assert.Equal(live.GetRawText(), now.GetRawText());
    }

    [Fact]
    public async Task An_event_stamped_before_others_but_committed_after_them_is_counted_as_a_replay_counts_it()
    {
        await PlanImport.RunAsync(Store);
        var late = await Host.AssignedItem(estimate: 900m);

        var stampedAt = DateTimeOffset.UtcNow;
        for (var i = 0; i < 60; i++) await Host.Proposed(title: $"Under tiden {i}", estimate: 10m + i);
        await WaitForProjections();

        // An event stamped before the sixty above (as a transaction that began before them and
        // committed after them would be, were the stamp taken when it began), numbered after them.
        await using (var slow = Store.LightweightSession())
        {
            var action = slow.Events.Append(late.Id, new SavingRealised(123.4m, 2026, true, "Sent bokförd", stampedAt));
            action.Events[0].Timestamp = stampedAt;
            await slow.SaveChangesAsync();
        }
        await WaitForProjections();

        await using var read = Store.QuerySession();
        var events = await read.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync();
        var lateEvent = events.Last(e => e.Data is SavingRealised);
        var overtaken = events.Where(e => e.Sequence < lateEvent.Sequence && e.Timestamp > lateEvent.Timestamp).ToList();
        Assert.True(overtaken.Count > 25, $"the late event should be stamped before at least a snapshot's worth of earlier-numbered events, but {overtaken.Count} were");

        foreach (var at in new[] { lateEvent.Timestamp, lateEvent.Timestamp.AddTicks(-1), overtaken[0].Timestamp, overtaken[^1].Timestamp, events[^1].Timestamp })
            Assert.Equal(await FullReplay(at), await FromSnapshots(at));
    }
}
