using System.Security.Claims;
using FluentValidation;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Handlingsplan.Items.Reporting;
using Marten;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.Http;

namespace Handlingsplan.Notices;

/// <summary>One of my items, with what about it needs attention today.</summary>
public sealed record MyItem(Item Item, string Path, DateTimeOffset? LastChange, IReadOnlyList<Attention> Attention);

/// <summary>My settings for messages: where e-mail goes, and whether single messages or one weekly digest.</summary>
public sealed record MySettings(string? Email, bool WeeklyDigest, bool MailConfigured);

/// <summary>
/// Mina poster: every item of the user's nämnd or assigned to their förvaltning (for kommunledning and
/// the revisor, every item), what is overdue, due within 30 days or quiet for 90 days, the items whose
/// status report for the current reporting period is missing (those the user may report on), and the
/// latest notices to them.
/// </summary>
public sealed record Mine(
    string User,
    string? Committee,
    string? Department,
    DateOnly Today,
    IReadOnlyList<MyItem> Items,
    IReadOnlyList<MyItem> Overdue,
    IReadOnlyList<MyItem> DueSoon,
    IReadOnlyList<MyItem> Stale,
    ReportingPeriod? Period,
    IReadOnlyList<MyItem> ReportsMissing,
    IReadOnlyList<Notice> Notices,
    MySettings Settings)
{
    /// <summary>How many of the latest notices are shown.</summary>
    public const int NoticesShown = 20;

    public static async Task<Mine> ReadAsync(AppUser user, IQuerySession session, Mailer mailer, TimeProvider clock, CancellationToken ct)
    {
        var today = SwedishTime.Today(clock);
        var all = await session.Query<Item>().ToListAsync(ct);
        var mine = user.Role == Roles.DepartmentHead ? all.Where(i => Permissions.InScope(user, i)).ToList() : all;
        var lastChange = await ReminderSweepHandler.LastChangesAsync(session, mine.Select(i => i.Id).ToArray(), ct);
        var items = mine
            .Select(i => new MyItem(i, NoticeRules.ItemPath(i), lastChange.TryGetValue(i.Id, out var c) ? c : null,
                ItemAttention.Of(i, lastChange.TryGetValue(i.Id, out var d) ? d : null, today)))
            .OrderBy(i => Lifecycle.Open.Contains(i.Item.Status) ? 0 : 1)
            .ThenBy(i => i.Item.DueDate ?? DateOnly.MaxValue)
            .ThenBy(i => i.Item.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true))
            .ToList();
        List<MyItem> With(AttentionKind kind) => items.Where(i => i.Attention.Any(a => a.Kind == kind)).ToList();
        var recipient = await session.LoadAsync<Recipient>(Recipient.IdOf(user.Name), ct);
        var missing = await ReportingQueries.MissingReportsForAsync(user, session, ct);
        var missingIds = missing.Items.Select(i => i.Id).ToHashSet();
        return new Mine(user.Name, user.Committee, user.Department, today, items,
            With(AttentionKind.Overdue), With(AttentionKind.DueSoon), With(AttentionKind.Stale),
            missing.Period, items.Where(i => missingIds.Contains(i.Item.Id)).ToList(),
            await NoticeStore.ForAsync(session, user.Name, NoticesShown, ct),
            new MySettings(recipient?.Email, recipient?.WeeklyDigest ?? false, mailer.IsConfigured));
    }

    /// <summary>Keeps the user's role, nämnd and förvaltning as they signed in, so the notices' rules find them.</summary>
    public static async Task RememberAsync(AppUser user, IDocumentStore store, CancellationToken ct)
    {
        if (!user.IsSignedIn) return;
        await using var session = store.LightweightSession(Tenancy.MunicipalityContext.CurrentTenantId);
        var existing = await session.LoadAsync<Recipient>(Recipient.IdOf(user.Name), ct);
        var current = (existing ?? new Recipient { Id = Recipient.IdOf(user.Name) }) with
        {
            Role = user.Role, Committee = user.Committee, Department = user.Department,
        };
        if (current == existing) return;
        session.Store(current);
        await session.SaveChangesAsync(ct);
    }
}

public sealed record ChangeMySettings(string? Email, bool? WeeklyDigest);

public sealed class ChangeMySettingsValidator : AbstractValidator<ChangeMySettings>
{
    public ChangeMySettingsValidator()
    {
        RuleFor(x => x.Email)
            .MaximumLength(254).WithMessage("E-postadressen får vara högst 254 tecken.")
            .Must(e => string.IsNullOrWhiteSpace(e) || MimeKit.MailboxAddress.TryParse(e.Trim(), out var address) && address.Address.Contains('@') && !address.Address.Contains(' '))
            .WithMessage("Ange en e-postadress som namn@kommun.se, eller lämna fältet tomt för att bara få meddelanden i appen.");
        RuleFor(x => x.WeeklyDigest).NotNull().WithMessage("Välj enskilda meddelanden eller en veckosammanfattning.");
    }
}

public static class MineEndpoints
{
    /// <summary>Mina poster; <c>items</c> is paged (<c>page</c>, <c>pageSize</c>, the total in <c>X-Total-Count</c>), the lists of what needs attention are whole.</summary>
    [WolverineGet("/api/mina")]
    public static async Task<IResult> Get(string? page, string? pageSize, HttpContext context, ClaimsPrincipal principal, IDocumentStore store,
        IQuerySession session, Mailer mailer, TimeProvider clock, CancellationToken ct)
    {
        if (!Paging.TryRead(page, pageSize, out var paging, out var errors)) return Problems.Invalid(errors);
        var user = AppUser.From(principal);
        await Mine.RememberAsync(user, store, ct);
        var mine = await Mine.ReadAsync(user, session, mailer, clock, ct);
        paging.Describe(context, mine.Items.Count);
        return Results.Ok(mine with { Items = paging.Of(mine.Items) });
    }

    /// <summary>Anyone signed in chooses where their own messages go; nobody else's.</summary>
    [WolverinePost("/api/mina/installningar")]
    [Transactional]
    public static async Task<MySettings> ChangeSettings(ChangeMySettings command, ClaimsPrincipal principal, IDocumentSession session, Mailer mailer, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var existing = await session.LoadAsync<Recipient>(Recipient.IdOf(user.Name), ct);
        var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
        session.Store((existing ?? new Recipient { Id = Recipient.IdOf(user.Name) }) with
        {
            Role = user.Role, Committee = user.Committee, Department = user.Department,
            Email = email, WeeklyDigest = command.WeeklyDigest!.Value,
        });
        return new MySettings(email, command.WeeklyDigest.Value, mailer.IsConfigured);
    }

}

/// <summary>Kommunledning sweeps for reminders now, instead of waiting for the daily sweep; it makes no reminder twice.</summary>
public static class SweepRemindersEndpoint
{
    public static IResult Before(ClaimsPrincipal principal)
    {
        var user = AppUser.From(principal);
        return user.IsManagement ? WolverineContinue.Result() : Problems.Forbidden(Permissions.Refusal(user, "Påminnelser skickas av kommunledningen."));
    }

    [WolverinePost("/api/paminnelser")]
    [Transactional]
    public static Task<SweepResult> Post(IMessageBus bus, IDocumentSession session, CancellationToken ct) =>
        bus.InvokeAsync<SweepResult>(new ReminderSweep(), ct);
}

/// <summary>The built-in demo accounts are known as recipients from the first start, without an address, so assignments reach them in the app.</summary>
public sealed class DemoRecipientsOnStart(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!services.GetRequiredService<AccessSettings>().BuiltInSignIn) return;
        var store = services.GetRequiredService<IDocumentStore>();
        // Each account is a recipient in its own municipality.
        foreach (var municipality in services.GetRequiredService<Accounts>().All.GroupBy(a => a.MunicipalityCode))
        {
            await using var session = store.LightweightSession(Tenancy.Municipalities.TenantIdOf(municipality.Key));
            var accounts = municipality.ToList();
            var known = (await session.LoadManyAsync<Recipient>(ct, accounts.Select(a => Recipient.IdOf(a.Username)).ToArray())).Select(r => r.Id).ToHashSet();
            foreach (var account in accounts.Where(a => !known.Contains(Recipient.IdOf(a.Username))))
                session.Store(new Recipient { Id = Recipient.IdOf(account.Username), Role = account.Role, Committee = account.Committee, Department = account.Department });
            await session.SaveChangesAsync(ct);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
