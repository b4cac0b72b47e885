using System.Net;
using Alba;
using Handlingsplan.Items;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Items;

/// <summary>What about an open item needs its owner's attention: overdue, due within 30 days, or quiet for 90.</summary>
public sealed class AttentionTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly DateOnly Today = new(2026, 12, 3);
    static readonly DateTimeOffset Recently = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    static Item Assigned(DateOnly? due, ItemStatus status = ItemStatus.Assigned) =>
        new() { Id = Guid.NewGuid(), Title = "Åtgärd", Committee = "SN", Status = status, Department = "Socialförvaltningen", DueDate = due };

    [Fact]
    public void A_due_date_passed_is_overdue_and_one_within_30_days_is_close_at_hand()
    {
        Assert.Equal("Försenad: klart senast 2026-12-02", Assert.Single(ItemAttention.Of(Assigned(new(2026, 12, 2)), Recently, Today)).Text);
        Assert.Equal("Klart senast i dag", Assert.Single(ItemAttention.Of(Assigned(Today), Recently, Today)).Text);
        Assert.Equal("Klart senast om 1 dag", Assert.Single(ItemAttention.Of(Assigned(new(2026, 12, 4)), Recently, Today)).Text);
        Assert.Equal("Klart senast om 30 dagar", Assert.Single(ItemAttention.Of(Assigned(new(2027, 1, 2)), Recently, Today)).Text);
        Assert.Empty(ItemAttention.Of(Assigned(new(2027, 1, 3)), Recently, Today));
        Assert.Empty(ItemAttention.Of(Assigned(null), Recently, Today));
    }

    [Fact]
    public void An_item_quiet_for_90_days_has_gone_stale_and_a_closed_item_needs_nothing()
    {
        var quiet = new DateTimeOffset(2026, 9, 4, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal(AttentionKind.Stale, Assert.Single(ItemAttention.Of(Assigned(null), quiet, Today)).Kind);
        Assert.Equal("Ingen uppdatering på 90 dagar", ItemAttention.Of(Assigned(null), quiet, Today)[0].Text);
        Assert.Empty(ItemAttention.Of(Assigned(null), quiet.AddDays(1), Today));
        Assert.Equal([AttentionKind.Overdue, AttentionKind.Stale], ItemAttention.Of(Assigned(new(2026, 1, 1)), quiet, Today).Select(a => a.Kind));
        foreach (var closed in new[] { ItemStatus.Completed, ItemStatus.Cancelled, ItemStatus.Declined })
            Assert.Empty(ItemAttention.Of(Assigned(new(2026, 1, 1), closed), quiet, Today));
    }

    [Fact]
    public async Task The_list_shows_the_department_the_due_date_and_what_needs_attention()
    {
        var late = Guid.NewGuid();
        var soon = Guid.NewGuid();
        var today = Handlingsplan.Infrastructure.SwedishTime.Today();
        await using (var session = Store.LightweightSession())
        {
            session.Events.StartStream(late, new MeasureProposed { Title = "Sen åtgärd", Committee = "SN" },
                new ItemPrioritised("SN 2025-01-01 § 1", null, new DateOnly(2025, 1, 1)),
                new ItemAssigned("Socialförvaltningen", null, today.AddDays(-3)));
            session.Events.StartStream(soon, new MeasureProposed { Title = "Snart klar", Committee = "SN" },
                new ItemPrioritised("SN 2025-01-01 § 1", null, new DateOnly(2025, 1, 1)),
                new ItemAssigned("Socialförvaltningen", null, today.AddDays(10)));
            await session.SaveChangesAsync();
        }

        var html = WebUtility.HtmlDecode(await (await Host.Scenario(s => s.Get.Url("/atgarder"))).ReadAsTextAsync());

        Assert.Contains("Ansvarig förvaltning", html);
        Assert.Contains($"Försenad: klart senast {today.AddDays(-3):yyyy-MM-dd}", html);
        Assert.Contains("Klart senast om 10 dagar", html);
        Assert.Contains("Socialförvaltningen", html);
    }

    [Fact]
    public async Task The_list_says_ej_beloppsatt_where_the_estimate_is_deliberately_not_put_in_figures()
    {
        await using (var session = Store.LightweightSession())
        {
            session.Events.StartStream(Guid.NewGuid(), new MeasureProposed { Title = "Utan belopp", Committee = "SN", NotQuantified = true });
            session.Events.StartStream(Guid.NewGuid(), new MeasureProposed { Title = "För tidigt", Committee = "SN" });
            await session.SaveChangesAsync();
        }

        var html = WebUtility.HtmlDecode(await (await Host.Scenario(s => s.Get.Url("/atgarder"))).ReadAsTextAsync());

        var rows = html.Split("<tr data-id=").Skip(1).ToList();
        Assert.Contains("ej beloppsatt", rows.Single(r => r.Contains("Utan belopp")));
        Assert.Contains("för tidigt att bedöma", rows.Single(r => r.Contains("För tidigt")));
    }
}
