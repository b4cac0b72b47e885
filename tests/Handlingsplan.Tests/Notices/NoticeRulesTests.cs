using Handlingsplan.Access;
using Handlingsplan.Items;
using Handlingsplan.Items.Reporting;
using Handlingsplan.Notices;

namespace Handlingsplan.Tests.Notices;

/// <summary>Who is told what, and under which id: the pure rules behind the notices and reminders.</summary>
public sealed class NoticeRulesTests
{
    static readonly DateOnly Thursday = new(2026, 12, 3);
    static readonly DateTimeOffset Now = new(2026, 12, 3, 6, 0, 0, TimeSpan.Zero);
    static readonly Recipient ChefSn = new() { Id = "chef-sn", Role = Roles.DepartmentHead, Committee = "SN", Department = "Socialförvaltningen" };
    static readonly Recipient ChefVon = new() { Id = "chef-von", Role = Roles.DepartmentHead, Committee = "VON", Department = "Vård- och omsorgsförvaltningen" };
    static readonly Recipient Ledning = new() { Id = "ledning", Role = Roles.Management };
    static readonly Recipient[] Everyone = [ChefSn, ChefVon, Ledning];

    static Item Assigned(string committee, string department, DateOnly? due) => new()
    {
        Id = Guid.NewGuid(), Kind = ItemKind.Measure, Title = "Färre placeringar", Committee = committee,
        Status = ItemStatus.Assigned, Department = department, DueDate = due,
    };

    static IReadOnlyList<Notice> Reminders(Item item, DateOnly today, DateTimeOffset? lastChange = null, ReportingPeriod? period = null) =>
        NoticeRules.Reminders([item], new Dictionary<Guid, DateTimeOffset> { [item.Id] = lastChange ?? Now }, Everyone, today, Now, period);

    [Fact]
    public void An_overdue_item_reminds_its_förvaltningschef_once_a_week()
    {
        var item = Assigned("KS", "Socialförvaltningen", new DateOnly(2026, 11, 30));
        var thursday = Reminders(item, Thursday);
        var notice = Assert.Single(thursday);
        Assert.Equal(("chef-sn", NoticeKind.Overdue), (notice.Recipient, notice.Kind));
        Assert.StartsWith("Försenad: klart senast 2026-11-30", notice.Text);
        // The same week makes the same reminder (one id); the next week another.
        Assert.Equal(notice.Id, Reminders(item, Thursday.AddDays(3)).Single().Id);
        Assert.NotEqual(notice.Id, Reminders(item, Thursday.AddDays(4)).Single().Id);
    }

    [Fact]
    public void A_due_date_close_at_hand_reminds_once_and_a_quiet_item_once_a_spell()
    {
        var due = Assigned("SN", "Socialförvaltningen", Thursday.AddDays(10));
        Assert.Equal(Reminders(due, Thursday).Single().Id, Reminders(due, Thursday.AddDays(5)).Single().Id);

        var quiet = Assigned("SN", "Socialförvaltningen", null);
        var since = new DateTimeOffset(2026, 8, 1, 10, 0, 0, TimeSpan.Zero);
        var stale = Reminders(quiet, Thursday, since).Single();
        Assert.Equal(NoticeKind.Stale, stale.Kind);
        Assert.Equal(stale.Id, Reminders(quiet, Thursday.AddDays(30), since).Single().Id);
        Assert.Empty(Reminders(quiet, Thursday, Now));
    }

    [Fact]
    public void A_missing_status_report_reminds_before_the_deadline_and_once_more_after_it()
    {
        var item = Assigned("SN", "Socialförvaltningen", null);
        var period = new ReportingPeriod { Id = Guid.NewGuid(), Name = "Tertial 3 2026", Deadline = new DateOnly(2026, 12, 15) };
        var before = Reminders(item, Thursday, period: period).Single();
        Assert.Equal(NoticeKind.ReportMissing, before.Kind);
        Assert.Contains("Sista dag är 2026-12-15", before.Text);
        Assert.Equal(before.Id, Reminders(item, Thursday.AddDays(7), period: period).Single().Id);
        var after = Reminders(item, new DateOnly(2026, 12, 16), period: period).Single();
        Assert.NotEqual(before.Id, after.Id);
        Assert.Contains("markeras sen", after.Text);

        var reported = item with { StatusReports = [new StatusReport(period.Id, period.Name, ReportedStatus.OnTrack, "Enligt plan.", null, period.Deadline, false, Now)] };
        Assert.Empty(Reminders(reported, Thursday, period: period));
    }

    [Fact]
    public void A_closed_item_reminds_nobody()
    {
        var item = Assigned("SN", "Socialförvaltningen", new DateOnly(2026, 1, 1)) with { Status = ItemStatus.Completed };
        Assert.Empty(Reminders(item, Thursday, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_assignment_tells_the_förvaltningschefer_of_the_departments_that_carry_it()
    {
        var item = Assigned("KS", "Socialförvaltningen", new DateOnly(2027, 6, 30));
        var eventId = Guid.NewGuid();
        var notices = NoticeRules.OnAssignment(eventId, item, ["Socialförvaltningen", "Vård- och omsorgsförvaltningen"], "ledning", Everyone, Now);
        Assert.Equal(["chef-sn", "chef-von"], notices.Select(n => n.Recipient).Order());
        Assert.All(notices, n => Assert.Equal(NoticeKind.Assigned, n.Kind));
        // Handled again, the same event makes the same ids.
        Assert.Equal(notices.Select(n => n.Id), NoticeRules.OnAssignment(eventId, item, ["Socialförvaltningen", "Vård- och omsorgsförvaltningen"], "ledning", Everyone, Now).Select(n => n.Id));
    }

    [Fact]
    public void A_decision_tells_the_proposer_unless_they_took_it_or_are_unknown()
    {
        var item = Assigned("SN", "Socialförvaltningen", null);
        var told = NoticeRules.OnDecision(Guid.NewGuid(), item, false, "KS 2026-11-02 § 9", "CHEF-SN", "ledning", Everyone, Now).Single();
        Assert.Equal(("chef-sn", NoticeKind.Declined), (told.Recipient, told.Kind));
        Assert.Contains("bedömdes inte som prioriterad (KS 2026-11-02 § 9)", told.Text);
        Assert.Empty(NoticeRules.OnDecision(Guid.NewGuid(), item, true, "KS 1", "ledning", "ledning", Everyone, Now));
        Assert.Empty(NoticeRules.OnDecision(Guid.NewGuid(), item, true, "KS 1", "okänd", "ledning", Everyone, Now));
    }

    [Fact]
    public void The_sweep_is_due_each_morning_in_Swedish_time()
    {
        var options = new ReminderOptions();
        // 2026-12-03 06:00 UTC is 07:00 in Sweden (winter time): the next sweep is the next morning.
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 6, 0, 0, TimeSpan.Zero), options.NextAfter(Now));
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 6, 0, 0, TimeSpan.Zero), options.NextAfter(Now.AddMinutes(-1)));
        // Summer time: 07:00 in Sweden is 05:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 5, 0, 0, TimeSpan.Zero), options.NextAfter(new DateTimeOffset(2026, 6, 1, 5, 0, 0, TimeSpan.Zero)));
    }
}
