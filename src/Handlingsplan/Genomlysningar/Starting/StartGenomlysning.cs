using System.Security.Claims;
using FluentValidation;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Genomlysningar.Starting;

public sealed record StartGenomlysning(string? Committee, int? Year, string? Title);

public sealed class StartGenomlysningValidator : AbstractValidator<StartGenomlysning>
{
    public StartGenomlysningValidator()
    {
        RuleFor(x => x.Committee)
            .NotEmpty().WithMessage("Ange nämnden.")
            .Must(c => c is null || Committees.All.Any(k => k.Code == c && !k.IsCompany))
            .WithMessage($"Okänd nämnd. Giltiga koder: {string.Join(", ", Committees.All.Where(c => !c.IsCompany).Select(c => c.Code))}.");
        RuleFor(x => x.Year).ValidBudgetYear();
        RuleFor(x => x.Title).ValidOptionalText("Titeln", Limits.MaxTitleLength);
    }
}

public sealed record GenomlysningCreated(string Url, Guid Id, long Version) : CreationResponse(Url);

/// <summary>Kommunledning starts a nämnd's genomlysning for a year, as an utkast; one per nämnd and year.</summary>
public static class StartGenomlysningEndpoint
{
    /// <summary>The same nämnd and year always give the same id, so a second start meets the first instead of doubling it.</summary>
    public static Guid IdOf(string committee, int year) =>
        StableIds.Of($"genomlysning/{committee}/{year}");

    /// <summary>The nämnd's genomlysningar so far: one of this year means a second start; last year's is followed up.</summary>
    public sealed record Earlier(Genomlysning? SameYear, Genomlysning? LastYear);

    public static async Task<Earlier> LoadAsync(StartGenomlysning command, IDocumentSession session, CancellationToken ct)
    {
        var mine = (await session.Query<Genomlysning>().ToListAsync(ct)).Where(g => g.Committee == command.Committee).ToList();
        return new Earlier(mine.FirstOrDefault(g => g.Year == command.Year), mine.Where(g => g.Year < command.Year).MaxBy(g => g.Year));
    }

    public static IResult Before(StartGenomlysning command, Earlier earlier, ClaimsPrincipal principal, IDocumentSession session)
    {
        var user = AppUser.From(principal);
        if (!user.IsManagement)
            return Problems.Forbidden(Permissions.Refusal(user, "Genomlysningar startas av kommunledningen."));
        if (earlier.SameYear is { } existing)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Genomlysningen finns redan",
                detail: $"{existing.Title} finns redan.", extensions: new Dictionary<string, object?> { ["id"] = existing.Id });
        session.StampWith(user);
        return WolverineContinue.Result();
    }

    /// <summary>Pure: the first event of a new genomlysning, titled after its nämnd unless a title is given.</summary>
    public static GenomlysningStarted Decide(StartGenomlysning command)
    {
        var name = Committees.All.First(c => c.Code == command.Committee).Name;
        var title = string.IsNullOrWhiteSpace(command.Title) ? $"{name}s genomlysning {command.Year}" : command.Title.Trim();
        return new GenomlysningStarted(command.Committee!, command.Year!.Value, title, null);
    }

    /// <summary>
    /// Pure: what the previous genomlysning decided is what this one follows up (the template's section
    /// 3): its measures in the same sections, and the shifts it proposed as work being investigated (3.3).
    /// </summary>
    public static IReadOnlyList<GenomlysningLink> FollowedUp(Genomlysning? previous) => previous is null ? [] :
        previous.Links.Select(l => l with
        {
            Section = l.Section is GenomlysningSection.ExaminedByDepartment or GenomlysningSection.NeedsCoordination ? GenomlysningSection.Investigated : l.Section,
        }).ToList();

    [WolverinePost("/api/genomlysningar")]
    public static (GenomlysningCreated, IStartStream) Post(StartGenomlysning command, Earlier earlier)
    {
        var id = IdOf(command.Committee!, command.Year!.Value);
        var followed = FollowedUp(earlier.LastYear);
        object[] events = followed.Count > 0 ? [Decide(command), new GenomlysningItemsLinked(followed)] : [Decide(command)];
        return (new GenomlysningCreated($"/api/genomlysningar/{id}", id, events.Length), MartenOps.StartStream<Genomlysning>(id, events));
    }
}
