using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Handlingsplan.Items;

/// <summary>A kind of item: how its stream starts, and the events only it has.</summary>
public interface IItemKind<TSelf> where TSelf : Item
{
    static abstract TSelf? Start(Guid id, object @event, DateTimeOffset at);

    static virtual TSelf EvolveOwn(TSelf item, object @event) => item;
}

/// <summary>
/// Keeps each item's current state as a document, inline with the events, so that commands and
/// item pages read it without replaying. One class serves every kind: the shared rules are in
/// <see cref="Lifecycle"/>, and each kind adds its own events through <see cref="IItemKind{TSelf}.EvolveOwn"/>.
/// </summary>
public partial class ItemProjection<TItem> : SingleStreamProjection<TItem, Guid> where TItem : Item, IItemKind<TItem>
{
    public override TItem Evolve(TItem snapshot, Guid id, IEvent e)
    {
        var next = Apply(snapshot, id, e.Data, e.Timestamp);
        if (next is not null) next.Version = e.Version;
        return next!;
    }

    /// <summary>Pure: the item after one event (null before its stream has started).</summary>
    public static TItem? Apply(TItem? item, Guid id, object @event, DateTimeOffset at) =>
        item is null
            ? TItem.Start(id, @event, at)
            : Items.Lifecycle.Evolve(TItem.EvolveOwn(item, @event), @event);
}
