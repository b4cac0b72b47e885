using System.Security.Claims;
using System.Text.Json;
using FluentValidation;
using Handlingsplan.Access;
using Handlingsplan.Dashboard;
using Handlingsplan.Genomlysningar;
using Handlingsplan.Genomlysningar.Reading;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Meetings;

/// <param name="MeetingDate">The meeting's day, yyyy-MM-dd.</param>
public sealed record FreezeMeetingPack(string? Title, string? MeetingDate);

public sealed class FreezeMeetingPackValidator : AbstractValidator<FreezeMeetingPack>
{
    public FreezeMeetingPackValidator()
    {
        RuleFor(x => x.Title).ValidRequiredText("Ange en titel, t.ex. Sammanträdesunderlag för KS 2026-02-10.", "Titeln", Limits.MaxTitleLength);
        RuleFor(x => x.MeetingDate)
            .NotEmpty().WithMessage("Ange sammanträdets dag.")
            .Must(d => d is null || Rules.TryParseDate(d, out _)).WithMessage($"Ange dagen på formen ÅÅÅÅ-MM-DD, mellan {Limits.FirstYear} och {Limits.LastYear}.");
    }
}

public sealed record MeetingPackCreated(string Url, Guid Id, DateTimeOffset FrozenAt) : CreationResponse(Url);

/// <summary>The figures a pack holds, read for one instant before the pack is recorded.</summary>
public sealed record FrozenFigures(DateTimeOffset At, JsonElement Dashboard, JsonElement Genomlysningar);

/// <summary>
/// Kommunledning freezes the dashboard and the genomlysningar as they stand now into a pack for a
/// meeting. Both are read as of one instant (replayed to it, not from the async dashboard), so the
/// pack holds exactly what had been committed then.
/// </summary>
public static class FreezeMeetingPackEndpoint
{
    public static IResult Before(ClaimsPrincipal principal, IDocumentSession session)
    {
        var user = AppUser.From(principal);
        if (!user.IsManagement)
            return Problems.Forbidden(Permissions.Refusal(user, "Sammanträdesunderlag fryses av kommunledningen."));
        session.StampWith(user);
        return WolverineContinue.Result();
    }

    public static async Task<FrozenFigures> LoadAsync(IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var at = clock.GetUtcNow();
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Json.Configure(options);
        var dashboard = await DashboardQueries.AsOf(at, session, ct);
        var reports = new List<GenomlysningReport>();
        foreach (var genomlysning in (await session.Query<Genomlysning>().ToListAsync(ct)).OrderByDescending(g => g.Year).ThenBy(g => g.Committee, StringComparer.Ordinal))
        {
            if (await GetGenomlysningarEndpoint.ReportAsync(genomlysning.Id, at, session, ct) is { } report) reports.Add(report);
        }
        return new FrozenFigures(at, JsonSerializer.SerializeToElement(dashboard, options), JsonSerializer.SerializeToElement(reports, options));
    }

    [WolverinePost("/api/sammantradesunderlag")]
    public static (MeetingPackCreated, IStartStream) Post(FreezeMeetingPack command, FrozenFigures figures, ClaimsPrincipal principal)
    {
        var id = Guid.NewGuid();
        Rules.TryParseDate(command.MeetingDate, out var day);
        var frozen = new MeetingPackFrozen(command.Title!.Trim(), day, figures.At, AppUser.From(principal).Name, figures.Dashboard, figures.Genomlysningar);
        return (new MeetingPackCreated($"/api/sammantradesunderlag/{id}", id, figures.At), MartenOps.StartStream<MeetingPack>(id, frozen));
    }
}
