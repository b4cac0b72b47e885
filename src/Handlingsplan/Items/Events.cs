namespace Handlingsplan.Items;

// Lifecycle events shared by every kind of item. Never change their meaning once shipped:
// add a new event instead.

/// <summary>A saving was realised for a budget year: recurring (a lasting yearly effect) or one-off.</summary>
public sealed record SavingRealised(decimal AmountTkr, int Year, bool Recurring, string? Note, DateTimeOffset RealisedAt);
