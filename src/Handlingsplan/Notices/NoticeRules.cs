using System.Globalization;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Handlingsplan.Items.Reporting;

namespace Handlingsplan.Notices;

/// <summary>
/// Pure: who is told what, and under which id. Notices on assignment go to the förvaltningschefer of
/// the förvaltning the item was given to; notices on a decision go to whoever proposed the item,
/// unless they took the decision themselves. Reminders go to each förvaltningschef about the open
/// items in their care (their nämnd's, or assigned to their förvaltning): overdue once a week,
/// a due date close at hand once for that date, and no update for 90 days once for each quiet spell.
/// </summary>
public static class NoticeRules
{
    public static string ItemPath(Item item) => $"/{Kinds.Of(item.Kind).Slug}/{item.Id}";

    static AppUser UserOf(Recipient r) => new(r.Id, r.Role, r.Committee, r.Department);

    /// <summary>The notices an assignment (or a move to another förvaltning) makes: one to each förvaltningschef of the departments that now carry it.</summary>
    public static IReadOnlyList<Notice> OnAssignment(Guid eventId, Item item, IReadOnlyList<string> departments, string? by,
        IEnumerable<Recipient> recipients, DateTimeOffset at)
    {
        var kind = Kinds.Of(item.Kind);
        return recipients
            .Where(r => r.Role == Roles.DepartmentHead && r.Department is not null &&
                        departments.Any(d => string.Equals(d, r.Department, StringComparison.OrdinalIgnoreCase)))
            .Where(r => !SameUser(r.Id, by))
            .Select(r => To(r, $"notice/{eventId}", NoticeKind.Assigned, item, at, $"Tilldelad {r.Department}: {item.Title}",
                $"{Capitalised(kind.Definite)} \"{item.Title}\" ({item.Committee}) har tilldelats {r.Department}" +
                (item.DueDate is { } due ? $", klart senast {SwedishFormat.Date(due)}." : ".")))
            .ToList();
    }

    /// <summary>The notice a decision makes: to the proposer, when they are known and did not decide it themselves.</summary>
    public static IReadOnlyList<Notice> OnDecision(Guid eventId, Item item, bool prioritised, string reference, string? proposer, string? by,
        IEnumerable<Recipient> recipients, DateTimeOffset at)
    {
        if (proposer is null || SameUser(proposer, by)) return [];
        var recipient = recipients.FirstOrDefault(r => SameUser(r.Id, proposer));
        if (recipient is null) return [];
        var kind = Kinds.Of(item.Kind);
        var outcome = prioritised ? "prioriterades" : "bedömdes inte som prioriterad";
        return
        [
            To(recipient, $"notice/{eventId}", prioritised ? NoticeKind.Prioritised : NoticeKind.Declined, item, at,
                $"{(prioritised ? "Prioriterad" : "Inte prioriterad")}: {item.Title}",
                $"Ditt förslag till {kind.Indefinite} \"{item.Title}\" {outcome} ({reference})."),
        ];
    }

    /// <summary>
    /// The reminders due on a day: for each förvaltningschef, each open item in their care that is
    /// overdue, due soon or has gone quiet (<see cref="ItemAttention"/>). The id carries the rule's
    /// period, so the same reminder is made once however often the sweep runs.
    /// </summary>
    /// <remarks>
    /// With a reporting period open, an item in their care that the period expects a report of and has
    /// none is reminded of once while the deadline is ahead, and once more when it has passed.
    /// </remarks>
    public static IReadOnlyList<Notice> Reminders(IReadOnlyList<Item> items, IReadOnlyDictionary<Guid, DateTimeOffset> lastChange,
        IEnumerable<Recipient> recipients, DateOnly today, DateTimeOffset at, ReportingPeriod? period = null)
    {
        var notices = new List<Notice>();
        foreach (var recipient in recipients.Where(r => r.Role == Roles.DepartmentHead))
        {
            var user = UserOf(recipient);
            foreach (var item in items.Where(i => Permissions.InScope(user, i)))
            {
                var changed = lastChange.TryGetValue(item.Id, out var c) ? c : (DateTimeOffset?)null;
                if (period is not null && PeriodReport.IsExpected(item, period.Id) && item.ReportFor(period.Id) is null &&
                    Lifecycle.IsAllowed(item, ReportStatus.Step) && Permissions.CanTake(user, item, ReportStatus.Step))
                {
                    var late = today > period.Deadline;
                    notices.Add(To(recipient, $"reminder/report/{item.Id}/{period.Id}/{(late ? "late" : "due")}", NoticeKind.ReportMissing, item, at,
                        $"Statusrapport saknas: {item.Title}",
                        $"{period.Name}: statusrapporten för \"{item.Title}\" ({item.Committee}) saknas. " +
                        (late ? $"Sista dag var {SwedishFormat.Date(period.Deadline)}; en sen rapport tas emot och markeras sen." : $"Sista dag är {SwedishFormat.Date(period.Deadline)}.")));
                }
                foreach (var attention in ItemAttention.Of(item, changed, today))
                {
                    var (kind, key) = attention.Kind switch
                    {
                        AttentionKind.Overdue => (NoticeKind.Overdue, $"overdue/{item.Id}/{IsoWeek(today)}"),
                        AttentionKind.DueSoon => (NoticeKind.DueSoon, $"due-soon/{item.Id}/{item.DueDate:yyyy-MM-dd}"),
                        _ => (NoticeKind.Stale, $"stale/{item.Id}/{SwedishTime.Day(changed!.Value):yyyy-MM-dd}"),
                    };
                    notices.Add(To(recipient, $"reminder/{key}", kind, item, at, $"Påminnelse: {item.Title}",
                        $"{attention.Text}. {Capitalised(Kinds.Of(item.Kind).Definite)} \"{item.Title}\" ({item.Committee}" +
                        (item.Department is null ? ")" : $", {item.Department})") + " behöver uppdateras."));
                }
            }
        }
        return notices;
    }

    /// <summary>
    /// One notice to one recipient about an item. The id is the cause's key with the recipient: the
    /// same cause for the same person is the same notice.
    /// </summary>
    static Notice To(Recipient recipient, string cause, NoticeKind kind, Item item, DateTimeOffset at, string subject, string text) => new()
    {
        Id = StableIds.Of($"{cause}/{recipient.Id}"),
        Recipient = recipient.Id,
        Kind = kind,
        ItemId = item.Id,
        ItemPath = ItemPath(item),
        Subject = subject,
        Text = text,
        CreatedAt = at,
        Digest = recipient.WeeklyDigest,
    };

    /// <summary>The ISO week a day falls in, e.g. "2026-W49".</summary>
    public static string IsoWeek(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}";
    }

    static bool SameUser(string? a, string? b) => a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.GetCultureInfo("sv-SE")) + text[1..];
}
