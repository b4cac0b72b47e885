using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Handlingsplan.Items;

/// <summary>
/// Keeps each item's current state as a document, inline with its events, so that commands and item
/// pages read it without replaying. Every kind is one <see cref="Item"/>; the stream's first event says
/// which. Streams written before the kinds were one aggregate (typed measure, shift, investigation) read the same.
/// </summary>
public partial class ItemProjection : SingleStreamProjection<Item, Guid>
{
    public override Item? Evolve(Item? snapshot, Guid id, IEvent e) => Fold(snapshot, e);

    /// <summary>Pure: the item after one stored event, with the stream's version.</summary>
    public static Item? Fold(Item? item, IEvent e)
    {
        // A copy, never the snapshot handed in: Marten may hold that one in its identity map.
        return Item.Next(item, e.StreamId, e.Data, e.Timestamp) is { } next ? next with { Version = e.Version } : null;
    }
}
