using System.Security.Claims;
using FluentValidation;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine.Attributes;
using Wolverine.Http;

namespace Handlingsplan.Genomlysningar.KeyFigures;

/// <param name="Kpis">Kolada's ids of the key figures, e.g. "N00945".</param>
public sealed record FetchFromKolada(IReadOnlyList<string>? Kpis, IReadOnlyList<int>? Years);

public sealed class FetchFromKoladaValidator : AbstractValidator<FetchFromKolada>
{
    public const int MaxKpis = 50;

    public FetchFromKoladaValidator()
    {
        RuleFor(x => x.Kpis)
            .NotEmpty().WithMessage("Ange minst ett nyckeltal med Koladas id, t.ex. N00945.")
            .Must(k => k is null || k.Count <= MaxKpis).WithMessage($"Högst {MaxKpis} nyckeltal åt gången.");
        RuleForEach(x => x.Kpis)
            .Matches("^[A-Z][0-9]{5}$").WithMessage("Ett nyckeltals id i Kolada är en versal och fem siffror, t.ex. N00945.");
        RuleFor(x => x.Years)
            .NotEmpty().WithMessage("Ange minst ett år.")
            .Must(y => y is null || y.Count <= 10).WithMessage("Högst tio år åt gången.");
        RuleForEach(x => x.Years)
            .InclusiveBetween(1998, Limits.LastYear).WithMessage($"Ange år mellan 1998 och {Limits.LastYear}.");
    }
}

/// <summary>
/// Kommunledning fetches key figures from Kolada for Alingsås, its similar municipalities and the
/// average of the country. The answer is stored as it came, with the time of the fetch, and compared
/// with what earlier fetches said. When Kolada cannot be reached nothing is stored and the rest of
/// the app goes on as before.
/// </summary>
public static class FetchFromKoladaEndpoint
{
    public sealed record Fetched(DateTimeOffset FetchedAt, IReadOnlyList<FetchedValue> Values, IReadOnlyList<string> Changed);

    public static IResult Before(ClaimsPrincipal principal, IDocumentSession session, IOptions<KoladaOptions> options)
    {
        var user = AppUser.From(principal);
        if (!user.IsManagement) return Problems.Forbidden(Permissions.Refusal(user, "Nyckeltal hämtas av kommunledningen."));
        if (options.Value.For(Tenancy.MunicipalityContext.Current).Municipality.Length == 0)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Kommunen saknas i inställningarna för Kolada",
                detail: $"{Tenancy.MunicipalityContext.Current.Name} lades till utan sitt id i Kolada (\"kolada\": {{ \"municipality\": \"…\" }} i planfilen), så inga nyckeltal kan hämtas. Inget har sparats.");
        session.StampWith(user);
        return WolverineContinue.Result();
    }

    /// <summary>
    /// Asks Kolada, then appends what it answered to the fetches' stream. When Kolada cannot be reached,
    /// <see cref="KoladaUnreachable"/> ends the request (503, <see cref="KoladaUnreachableHandler"/>) before anything is stored.
    /// </summary>
    [WolverinePost("/api/nyckeltal/kolada")]
    [Transactional]
    public static async Task<Fetched> Post(FetchFromKolada command, KoladaClient kolada, IOptions<KoladaOptions> options,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var settings = options.Value.For(Tenancy.MunicipalityContext.Current);
        var columns = new Dictionary<string, string> { [settings.Municipality] = settings.MunicipalityName };
        var similar = settings.SimilarGroupId ?? await kolada.GroupIdAsync(settings.SimilarGroupTitle, ct);
        if (similar is not null) columns[similar] = KoladaFetches.ColumnSimilar;
        columns[settings.AverageId] = KoladaFetches.ColumnAverage;
        var answered = await kolada.DataAsync(command.Kpis!.Distinct().ToList(), columns.Keys, command.Years!.Distinct().Order().ToList(), ct);

        var fetched = new KoladaFetched(
            answered.Where(v => columns.ContainsKey(v.Municipality))
                .Select(v => new FetchedValue(v.Kpi, columns[v.Municipality], v.Municipality, v.Year, v.Value))
                .ToList(),
            clock.GetUtcNow(), settings.BaseAddress);
        var before = KoladaFetches.Latest(await KoladaFetches.ReadAsync(session, null, ct));
        var changed = fetched.Values
            .Where(v => before.TryGetValue((v.Kpi, v.Column, v.Year), out var was) && was.Value != v.Value)
            .Select(v => $"{new KeyFigureRevision(v.Column, v.Year, before[(v.Kpi, v.Column, v.Year)].Value, v.Value, fetched.FetchedAt).Text(null)} [{v.Kpi}]")
            .ToList();
        session.Events.Append(KoladaFetches.StreamId, fetched);
        return new Fetched(fetched.FetchedAt, fetched.Values, changed);
    }

    public sealed record LatestValue(string Kpi, string Column, int Year, decimal? Value, DateTimeOffset FetchedAt);

    /// <summary>What Kolada said most recently of each key figure, column and year, and when; a page at a time.</summary>
    [WolverineGet("/api/nyckeltal/kolada")]
    public static async Task<IResult> Get(string? page, string? pageSize, HttpContext context, IQuerySession session, CancellationToken ct)
    {
        if (!Paging.TryRead(page, pageSize, out var paging, out var errors)) return Problems.Invalid(errors);
        var latest = KoladaFetches.Latest(await KoladaFetches.ReadAsync(session, null, ct))
            .OrderBy(l => l.Key.Kpi, StringComparer.Ordinal).ThenBy(l => l.Key.Column, StringComparer.Ordinal).ThenBy(l => l.Key.Year)
            .Select(l => new LatestValue(l.Key.Kpi, l.Key.Column, l.Key.Year, l.Value.Value, l.Value.FetchedAt))
            .ToList();
        paging.Describe(context, latest.Count);
        return Results.Ok(paging.Of(latest));
    }
}
