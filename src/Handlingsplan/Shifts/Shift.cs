using Handlingsplan.Items;

namespace Handlingsplan.Shifts;

/// <summary>
/// A possible shift (möjlig förflyttning) in how a nämnd works, found in its genomlysning and to be
/// examined; it may give rise to measures.
/// </summary>
public sealed record Shift : Item, IItemKind<Shift>
{
    public override ItemKind Kind => ItemKind.Shift;

    public static Shift? Start(Guid id, object @event, DateTimeOffset at) =>
        @event is ShiftProposed e ? Started(new Shift(), id, e, at) : null;
}

public sealed record ShiftProposed : ItemProposed;
