using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Handlingsplan.Items;

/// <summary>A kind of item: how its stream starts.</summary>
public interface IItemKind<TSelf> where TSelf : Item
{
    static abstract TSelf? Start(Guid id, object @event, DateTimeOffset timestamp);
}

/// <summary>
/// Keeps each item's current state as a document, inline with the events, so that commands and
/// item pages read it without replaying. One class serves every kind: the rules are in <see cref="Lifecycle"/>.
/// </summary>
public partial class ItemProjection<TItem> : SingleStreamProjection<TItem, Guid> where TItem : Item, IItemKind<TItem>
{
    public override TItem Evolve(TItem snapshot, Guid id, IEvent e)
    {
        var next = snapshot is null
            ? TItem.Start(id, e.Data, e.Timestamp)
            : Items.Lifecycle.Evolve(snapshot, e.Data);
        if (next is not null) next.Version = e.Version;
        return next!;
    }
}
