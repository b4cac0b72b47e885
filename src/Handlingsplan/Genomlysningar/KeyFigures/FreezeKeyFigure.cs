using System.Security.Claims;
using FluentValidation;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Marten;
using Microsoft.Extensions.Options;
using JasperFx.Events;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Genomlysningar.KeyFigures;

/// <summary>A value entered by hand, for a figure Kolada does not have.</summary>
public sealed record EnteredValue(string? Column, int? Year, decimal? Value);

/// <summary>
/// A key figure for a genomlysning: either Kolada's KPI (<c>kpi</c>), taken from the latest fetch, or
/// values entered by hand (<c>values</c>), which the report marks as such.
/// </summary>
/// <param name="Group">economy, personnel or quality.</param>
/// <param name="Form">comparison or overTime.</param>
public sealed record FreezeKeyFigure(string? Group, string? Form, string? Name, string? Unit, string? Kpi, IReadOnlyList<EnteredValue>? Values, long? ExpectedVersion);

public sealed class FreezeKeyFigureValidator : AbstractValidator<FreezeKeyFigure>
{
    public FreezeKeyFigureValidator()
    {
        RuleFor(x => x.Group).Must(g => Enum.GetValues<KeyFigureGroup>().Any(v => Json.Name(v) == g)).WithMessage("Välj grupp: economy, personnel eller quality.");
        RuleFor(x => x.Form).Must(f => Enum.GetValues<KeyFigureForm>().Any(v => Json.Name(v) == f)).WithMessage("Välj form: comparison eller overTime.");
        RuleFor(x => x.Name).ValidRequiredText("Ange nyckeltalets namn.", "Namnet", Limits.MaxTitleLength);
        RuleFor(x => x.Unit).ValidOptionalText("Enheten", 20);
        RuleFor(x => x).Must(x => (x.Kpi is null) != (x.Values is null))
            .WithName("kpi").WithMessage("Ange antingen kpi (hämtat från Kolada) eller values (inmatade för hand), inte båda.");
        RuleFor(x => x.Kpi).Matches("^[A-Z][0-9]{5}$").When(x => x.Kpi is not null).WithMessage("Ett nyckeltals id i Kolada är en versal och fem siffror, t.ex. N00945.");
        RuleFor(x => x.Values).Must(v => v is null || v.Count is > 0 and <= 30).WithMessage("Ange mellan 1 och 30 värden.");
        RuleForEach(x => x.Values).ChildRules(value =>
        {
            value.RuleFor(v => v.Column).ValidRequiredText("Ange kolumnen, t.ex. Alingsås eller Liknande kommuner.", "Kolumnen", 60);
            value.RuleFor(v => v.Year).ValidBudgetYear();
            value.RuleFor(v => v.Value).Must(v => v is null || Math.Abs(v.Value) <= 1_000_000_000m).WithMessage("Värdet är orimligt stort.");
        });
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");
    }
}

/// <summary>A key figure frozen into a genomlysning: its new version.</summary>
public sealed record KeyFigureFrozen(Guid Id, long Version, string Origin);

/// <summary>Kolada's latest values of the KPI a freeze asks for, read before the decision so that it stays pure.</summary>
public sealed record LatestFromKolada(IReadOnlyList<(string Column, int Year, decimal? Value)> Values, DateTimeOffset? FetchedAt);

/// <summary>
/// Kommunledning freezes a key figure into a genomlysning that is still an utkast: the values are
/// copied into its own event, so the report shows them as they were however Kolada revises them later.
/// </summary>
public static class FreezeKeyFigureEndpoint
{
    public const string HandOrigin = "Inmatat för hand";

    public static async Task<LatestFromKolada> LoadAsync(FreezeKeyFigure command, IDocumentSession session, CancellationToken ct)
    {
        if (command.Kpi is not { } kpi) return new LatestFromKolada([], null);
        var latest = KoladaFetches.Latest(await KoladaFetches.ReadAsync(session, null, ct)).Where(l => l.Key.Kpi == kpi).ToList();
        return new LatestFromKolada(latest.Select(l => (l.Key.Column, l.Key.Year, l.Value.Value)).ToList(),
            latest.Count == 0 ? null : latest.Max(l => l.Value.FetchedAt));
    }

    public static IResult Before(Guid id, FreezeKeyFigure command, LatestFromKolada kolada, IEventStream<Genomlysning> stream, ClaimsPrincipal principal, IDocumentSession session)
    {
        var user = AppUser.From(principal);
        if (!user.IsManagement) return Problems.Forbidden(Permissions.Refusal(user, "Nyckeltal läggs in av kommunledningen."));
        if (stream.Aggregate is not { } genomlysning) return Problems.NotFound("genomlysning", id);
        if (command.ExpectedVersion is { } expected && expected != (stream.CurrentVersion ?? 0)) return Problems.StaleVersion(expected, stream.CurrentVersion ?? 0);
        if (genomlysning.Status == GenomlysningStatus.Adopted)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Genomlysningen är antagen",
                detail: $"{genomlysning.Title} är antagen ({genomlysning.DecisionReference}); dess nyckeltal är de den antogs med och ändras inte. Nya värden från Kolada visas som revideringar bredvid dem.");
        if (command.Kpi is { } kpi && kolada.Values.Count == 0)
            return Problems.Invalid(new Dictionary<string, string[]> { ["kpi"] = [$"{kpi} har inte hämtats från Kolada ännu. Hämta det först (POST /api/nyckeltal/kolada)."] });
        session.StampWith(user);
        return WolverineContinue.Result();
    }

    /// <summary>Pure: the figure as the genomlysning will keep it. Over time, only the municipality's own values.</summary>
    public static KeyFigure Decide(FreezeKeyFigure command, LatestFromKolada kolada, string municipality)
    {
        var group = Enum.GetValues<KeyFigureGroup>().First(v => Json.Name(v) == command.Group);
        var form = Enum.GetValues<KeyFigureForm>().First(v => Json.Name(v) == command.Form);
        if (command.Kpi is { } kpi)
            return new KeyFigure(group, command.Name!.Trim(), form, command.Unit,
                kolada.Values.Where(v => form == KeyFigureForm.Comparison || v.Column == municipality)
                    .OrderBy(v => v.Column, StringComparer.Ordinal).ThenByDescending(v => v.Year)
                    .Select(v => new KeyFigureValue(v.Column, v.Year, v.Value))
                    .ToList(),
                $"Kolada, hämtat {SwedishTime.Day(kolada.FetchedAt!.Value):yyyy-MM-dd}", kpi, FetchedAt: kolada.FetchedAt);
        return new KeyFigure(group, command.Name!.Trim(), form, command.Unit,
            command.Values!.Select(v => new KeyFigureValue(v.Column!.Trim(), v.Year, v.Value)).ToList(), HandOrigin);
    }

    [WolverinePost("/api/genomlysningar/{id}/nyckeltal")]
    public static (KeyFigureFrozen, Events) Post(Guid id, FreezeKeyFigure command, LatestFromKolada kolada,
        [WriteAggregate(Required = false)] Genomlysning genomlysning, IOptions<KoladaOptions> options)
    {
        var figure = Decide(command, kolada, options.Value.For(Tenancy.MunicipalityContext.Current).MunicipalityName);
        return (new KeyFigureFrozen(id, genomlysning.Version + 1, figure.Origin), [new KeyFiguresFrozen([figure], figure.Origin)]);
    }
}
