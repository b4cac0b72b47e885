using Handlingsplan.Infrastructure;

namespace Handlingsplan.Items;

public enum AttentionKind { Overdue, DueSoon, Stale }

/// <summary>Why an owner should look at an item now, in words (the web app shows it with a colour too, never by colour alone).</summary>
public sealed record Attention(AttentionKind Kind, string Text);

/// <summary>
/// Pure: what about an open item needs its owner's attention on a day: its due date passed, its due
/// date close at hand, or no change for a long time. A declined, completed or cancelled item needs none.
/// </summary>
public static class ItemAttention
{
    /// <summary>A due date within this many days is close at hand.</summary>
    public const int DueSoonDays = 30;
    /// <summary>An open item with no event for this many days has gone quiet.</summary>
    public const int StaleDays = 90;

    public static IReadOnlyList<Attention> Of(Item item, DateTimeOffset? lastChange, DateOnly today)
    {
        if (!Lifecycle.Open.Contains(item.Status)) return [];
        var attention = new List<Attention>();
        if (item.DueDate is { } due)
        {
            var days = due.DayNumber - today.DayNumber;
            if (days < 0) attention.Add(new(AttentionKind.Overdue, $"Försenad: klart senast {SwedishFormat.Date(due)}"));
            else if (days <= DueSoonDays) attention.Add(new(AttentionKind.DueSoon, days == 0 ? "Klart senast i dag" : $"Klart senast om {days} {(days == 1 ? "dag" : "dagar")}"));
        }
        if (lastChange is { } changed && today.DayNumber - SwedishTime.Day(changed).DayNumber is var quiet && quiet >= StaleDays)
            attention.Add(new(AttentionKind.Stale, $"Ingen uppdatering på {quiet} dagar"));
        return attention;
    }
}
