using Handlingsplan.Access;
using Handlingsplan.Items;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using JasperFx.Events.Projections;
using Wolverine;
using Wolverine.Marten.Subscriptions;

namespace Handlingsplan.Notices;

/// <summary>
/// Tells people what happened to items, as a Marten subscription run by the async daemon: it sees each
/// assignment, move and decision once, in order, and stores the notices it makes together with its
/// own progress and the e-mails it sends to the durable local queue, in one transaction. A page of
/// events handled again after a crash is handled as if for the first time, and the notices' ids keep
/// it from making any twice. It starts from the events after its first start: history already in a
/// data folder tells nobody, and neither do the events the plan's import writes.
/// </summary>
public sealed class NoticeSubscription : BatchSubscription
{
    public const string Name = "notices";
    readonly Mailer _mailer;

    public NoticeSubscription(Mailer mailer) : base(Name)
    {
        _mailer = mailer;
        IncludeType<ItemAssigned>();
        IncludeType<DepartmentReassigned>();
        IncludeType<ItemPrioritised>();
        IncludeType<ItemDeclined>();
        Options.SubscribeFromPresent();
    }

    public override async Task ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations,
        IMessageBus bus, CancellationToken ct)
    {
        // Each municipality's events tell its own people, through its own documents.
        foreach (var tenant in page.Events.Where(e => e.UserName != UserStamp.ImportUser).GroupBy(e => e.TenantId ?? Tenancy.Municipalities.DefaultTenantId))
            await ProcessAsync(tenant.ToList(), operations.ForTenant(tenant.Key), tenant.Key, bus, ct);
    }

    async Task ProcessAsync(List<IEvent> events, IDocumentOperations operations, string tenantId, IMessageBus bus, CancellationToken ct)
    {
        var recipients = await operations.Query<Recipient>().ToListAsync(ct);
        var made = new List<Notice>();
        foreach (var e in events)
        {
            // The item as the event left it, not as later events changed it.
            var item = await operations.Events.AggregateStreamAsync<Item>(e.StreamId, version: e.Version, token: ct);
            if (item is null) continue;
            made.AddRange(e.Data switch
            {
                ItemAssigned a => NoticeRules.OnAssignment(e.Id, item, [a.Department, .. a.Together ?? []], e.UserName, recipients, e.Timestamp),
                DepartmentReassigned r => NoticeRules.OnAssignment(e.Id, item, [r.Department, .. r.Together ?? []], e.UserName, recipients, e.Timestamp),
                ItemPrioritised p => NoticeRules.OnDecision(e.Id, item, true, p.DecisionReference, await ProposerAsync(operations, e.StreamId, ct), e.UserName, recipients, e.Timestamp),
                ItemDeclined d => NoticeRules.OnDecision(e.Id, item, false, d.DecisionReference, await ProposerAsync(operations, e.StreamId, ct), e.UserName, recipients, e.Timestamp),
                _ => [],
            });
        }
        foreach (var notice in await NoticeStore.NewAsync(operations, made, ct))
        {
            operations.Store(notice);
            if (!notice.Digest && _mailer.IsConfigured) await bus.PublishAsync(new MailNotice(notice.Id), new DeliveryOptions { TenantId = tenantId });
        }
    }

    /// <summary>Who proposed the item: the user stamped on its stream's first event.</summary>
    static async Task<string?> ProposerAsync(IQuerySession session, Guid itemId, CancellationToken ct) =>
        (await session.Events.FetchStreamAsync(itemId, version: 1, token: ct)).FirstOrDefault()?.UserName;
}

/// <summary>Small shared reads of the notices.</summary>
public static class NoticeStore
{
    /// <summary>Those of <paramref name="candidates"/> that are not stored yet: a cause handled again makes nothing new.</summary>
    public static async Task<IReadOnlyList<Notice>> NewAsync(IQuerySession session, IReadOnlyList<Notice> candidates, CancellationToken ct)
    {
        if (candidates.Count == 0) return [];
        var ids = candidates.Select(n => n.Id).Distinct().ToArray();
        var existing = (await session.LoadManyAsync<Notice>(ct, ids)).Select(n => n.Id).ToHashSet();
        return candidates.Where(n => !existing.Contains(n.Id)).DistinctBy(n => n.Id).ToList();
    }

    /// <summary>The latest notices of one user, newest first.</summary>
    public static async Task<IReadOnlyList<Notice>> ForAsync(IQuerySession session, string userName, int count, CancellationToken ct) =>
        await session.Query<Notice>().Where(n => n.Recipient == Recipient.IdOf(userName))
            .OrderByDescending(n => n.CreatedAt).Take(count).ToListAsync(ct);
}
