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
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"handlingsplan/genomlysning/{committee}/{year}")));

    public static async Task<IResult> BeforeAsync(StartGenomlysning command, ClaimsPrincipal principal, IDocumentSession session, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        if (!user.IsManagement)
            return Problems.Forbidden(user.Role == Roles.Auditor ? Permissions.WhyNot(user, null, null) : "Genomlysningar startas av kommunledningen.");
        var (committee, year) = (command.Committee!, command.Year!.Value);
        if ((await session.Query<Genomlysning>().ToListAsync(ct)).FirstOrDefault(g => g.Committee == committee && g.Year == year) is { } existing)
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

    [WolverinePost("/api/genomlysningar")]
    public static (GenomlysningCreated, IStartStream) Post(StartGenomlysning command)
    {
        var id = IdOf(command.Committee!, command.Year!.Value);
        return (new GenomlysningCreated($"/api/genomlysningar/{id}", id, 1), MartenOps.StartStream<Genomlysning>(id, Decide(command)));
    }
}
