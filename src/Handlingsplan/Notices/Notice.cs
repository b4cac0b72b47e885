namespace Handlingsplan.Notices;

/// <summary>What a notice is about.</summary>
public enum NoticeKind
{
    /// <summary>An item was assigned (or moved) to the recipient's förvaltning.</summary>
    Assigned,
    /// <summary>The recipient's proposal was prioritised.</summary>
    Prioritised,
    /// <summary>The recipient's proposal was judged not a priority.</summary>
    Declined,
    /// <summary>An open item in the recipient's care is past its due date.</summary>
    Overdue,
    /// <summary>An open item's due date is close at hand.</summary>
    DueSoon,
    /// <summary>An open item has had no update for a long time.</summary>
    Stale,
    /// <summary>An item in the recipient's care has no status report for the current reporting period.</summary>
    ReportMissing,
}

/// <summary>
/// One message to one user, in the app and, when they have an address and the app has an SMTP
/// server, by e-mail. The id is derived from what caused it (the event, or the reminder's rule, item
/// and period), so a cause handled twice, by a retry, a restart or a second node, finds the notice the
/// first made instead of making another.
/// </summary>
public sealed record Notice
{
    public Guid Id { get; init; }
    /// <summary>The user name of the recipient (<see cref="Recipient.Id"/>).</summary>
    public string Recipient { get; init; } = "";
    public NoticeKind Kind { get; init; }
    public Guid? ItemId { get; init; }
    /// <summary>The item's page in the web app, e.g. <c>/atgarder/{id}</c>.</summary>
    public string? ItemPath { get; init; }
    /// <summary>The e-mail's subject and the notice's heading, in Swedish.</summary>
    public string Subject { get; init; } = "";
    public string Text { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Sent in the recipient's weekly digest instead of on its own.</summary>
    public bool Digest { get; init; }
    /// <summary>When it was handed to the SMTP server; null while it is in the app only.</summary>
    public DateTimeOffset? MailedAt { get; init; }
    public string? MailedTo { get; init; }
}

/// <summary>
/// A user who can be told things: who they are as the rules need it (role, nämnd, förvaltning), the
/// e-mail address they gave, and whether they want one weekly digest instead of single messages. The
/// id is the user name, compared without regard to case.
/// </summary>
public sealed record Recipient
{
    public string Id { get; init; } = "";
    public string? Role { get; init; }
    public string? Committee { get; init; }
    public string? Department { get; init; }
    public string? Email { get; init; }
    public bool WeeklyDigest { get; init; }

    public static string IdOf(string userName) => userName.Trim().ToLowerInvariant();
}

/// <summary>When the next reminder sweep is due; one document, so a restart knows whether one is already waiting.</summary>
public sealed record ReminderClock
{
    public const string TheId = "reminders";
    public string Id { get; init; } = TheId;
    public DateTimeOffset NextSweepAt { get; init; }
    public DateOnly? LastSweptDay { get; init; }
    public DateTimeOffset? LastSweptAt { get; init; }
}
