using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Handlingsplan.Items.Reporting;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Handlingsplan.Notices;

/// <summary>When the reminders are swept (section <c>Reminders</c>): each day at a Swedish time, and the weekly digest on one day of the week.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";
    /// <summary>The time of day, in Sweden, of the daily sweep.</summary>
    public TimeOnly SweepAt { get; set; } = new(7, 0);
    /// <summary>The day the weekly digests are sent.</summary>
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;

    /// <summary>The first sweep time after <paramref name="now"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset now)
    {
        var today = SwedishTime.Day(now);
        foreach (var day in new[] { today, today.AddDays(1), today.AddDays(2) })
        {
            var local = day.ToDateTime(SweepAt);
            var at = new DateTimeOffset(local, SwedishTime.Stockholm.GetUtcOffset(local));
            if (at > now) return at;
        }
        throw new InvalidOperationException("No sweep time within two days.");
    }
}

/// <summary>
/// Sweep for reminders. <paramref name="DueAt"/> is the time it was scheduled for; a sweep that is the
/// one the <see cref="ReminderClock"/> waits for schedules the next. A sweep run on demand
/// (<paramref name="DueAt"/> null) schedules nothing.
/// </summary>
public sealed record ReminderSweep(DateTimeOffset? DueAt = null);

/// <summary>What one sweep made.</summary>
public sealed record SweepResult(int Reminders, int Mailed, int Digests);

/// <summary>
/// The daily reminders, as a Wolverine message scheduled in PostgreSQL: each sweep stores the
/// reminders it makes, the e-mails it sends to the durable local queue and the next sweep, in one
/// transaction. A scheduled message waits in the database, so a restart loses no sweep, and a
/// reminder's id carries its rule's period, so a sweep run twice (on demand, after a restart, or on a
/// second node) makes no reminder twice.
/// </summary>
public static class ReminderSweepHandler
{
    /// <summary>Of two sweeps racing to schedule the next, the second is refused its commit and runs again, finding it done.</summary>
    public static void Configure(HandlerChain chain) => chain.OnException<JasperFx.ConcurrencyException>().RetryTimes(3);

    [Transactional]
    public static async Task<(SweepResult, OutgoingMessages)> Handle(ReminderSweep sweep, IDocumentSession session, Mailer mailer,
        IOptions<ReminderOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = SwedishTime.Day(now);
        var outgoing = new OutgoingMessages();

        var items = (await session.Query<Item>().ToListAsync(ct)).Where(i => Lifecycle.Open.Contains(i.Status)).ToList();
        var lastChange = await LastChangesAsync(session, items.Select(i => i.Id).ToArray(), ct);
        var recipients = await session.Query<Recipient>().ToListAsync(ct);
        var period = await ReportingQueries.CurrentAsync(session, ct);
        // Items that closed after reporting for the period are expected too, but need no reminder.
        var made = await NoticeStore.NewAsync(session, NoticeRules.Reminders(items, lastChange, recipients, today, now, period), ct);
        var mailed = 0;
        foreach (var notice in made)
        {
            session.Store(notice);
            if (notice.Digest || !mailer.IsConfigured) continue;
            outgoing.Add(new MailNotice(notice.Id));
            mailed++;
        }

        var digests = 0;
        if (today.DayOfWeek == options.Value.DigestDay && mailer.IsConfigured)
        {
            foreach (var recipient in recipients.Where(r => r.WeeklyDigest && !string.IsNullOrEmpty(r.Email)))
            {
                outgoing.Add(new MailDigest(recipient.Id, NoticeRules.IsoWeek(today)));
                digests++;
            }
        }

        var reminderClock = await session.LoadAsync<ReminderClock>(ReminderClock.TheId, ct) ?? new ReminderClock();
        reminderClock = reminderClock with { LastSweptDay = today, LastSweptAt = now };
        if (sweep.DueAt is { } due && due == reminderClock.NextSweepAt)
        {
            var next = options.Value.NextAfter(now);
            outgoing.Add(new ReminderSweep(next).ScheduledAt(next));
            reminderClock = reminderClock with { NextSweepAt = next };
        }
        session.Store(reminderClock);
        return (new SweepResult(made.Count, mailed, digests), outgoing);
    }

    /// <summary>When each of these items last changed: its stream's last append, one row each.</summary>
    public static async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastChangesAsync(IQuerySession session, Guid[] ids, CancellationToken ct)
    {
        var result = new Dictionary<Guid, DateTimeOffset>();
        if (ids.Length == 0) return result;
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        await using var connection = session.DocumentStore.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"select id, \"timestamp\" from {schema}.mt_streams where tenant_id = @tenant and id = any(@ids)", (NpgsqlConnection)connection);
        command.Parameters.AddWithValue("ids", ids);
        command.Parameters.AddWithValue("tenant", session.TenantId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        return result;
    }
}

/// <summary>
/// Makes sure a sweep is waiting: at start-up, a store whose clock is missing, or long past its time
/// with no sweep run since (a store restored without its scheduled messages), gets one, scheduled in
/// the database with the clock in one transaction. A sweep already waiting is left alone.
/// </summary>
public sealed class ReminderScheduleOnStart(IServiceProvider services, IOptions<ReminderOptions> options, TimeProvider clock,
    ILogger<ReminderScheduleOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        try
        {
            await EnsureScheduledAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or JasperFx.ConcurrencyException or Marten.Exceptions.MartenCommandException)
        {
            // Another node scheduled it at the same moment, or the database is away: the next start looks again.
            logger.LogWarning(e, "Could not check the reminders' schedule");
        }
    }

    /// <summary>Every municipality's reminders have a sweep of their own, run in its tenant.</summary>
    async Task EnsureScheduledAsync(CancellationToken ct)
    {
        foreach (var municipality in await services.GetRequiredService<Tenancy.MunicipalityRegistry>().AllAsync(ct))
            await EnsureScheduledAsync(municipality.TenantId, ct);
    }

    async Task EnsureScheduledAsync(string tenantId, CancellationToken ct)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var now = clock.GetUtcNow();
        await using (var query = store.QuerySession(tenantId))
        {
            var existing = await query.LoadAsync<ReminderClock>(ReminderClock.TheId, ct);
            if (existing is not null && existing.NextSweepAt > now - TimeSpan.FromDays(1)) return;
        }

        var next = options.Value.NextAfter(now);
        var runtime = services.GetRequiredService<Wolverine.Runtime.IWolverineRuntime>();
        var context = new Wolverine.Runtime.MessageContext(runtime) { TenantId = tenantId };
        await using var session = services.GetRequiredService<Wolverine.Marten.Publishing.OutboxedSessionFactory>().OpenSession(context);
        // Read again in the session that writes, so that two nodes starting together cannot both
        // schedule: the clock is versioned, and the second commit is refused.
        var clockNow = await session.LoadAsync<ReminderClock>(ReminderClock.TheId, ct);
        if (clockNow is null) session.Insert(new ReminderClock { NextSweepAt = next });
        else session.Update(clockNow with { NextSweepAt = next });
        await context.ScheduleAsync(new ReminderSweep(next), next);
        await session.SaveChangesAsync(ct);
        logger.LogInformation("Reminders of {Tenant} scheduled for {At}", tenantId, next);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
