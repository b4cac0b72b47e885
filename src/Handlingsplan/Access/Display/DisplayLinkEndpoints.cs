using System.Security.Claims;
using FluentValidation;
using Handlingsplan.Infrastructure;
using JasperFx.Events;
using Marten;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Access.Display;

public sealed record CreateDisplayLink(string? Name);

public sealed class CreateDisplayLinkValidator : AbstractValidator<CreateDisplayLink>
{
    public const int MaxNameLength = 100;

    public CreateDisplayLinkValidator() =>
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Ange ett namn på skärmen, t.ex. Sammanträdesrummet plan 3.")
            .MaximumLength(MaxNameLength).WithMessage($"Namnet får vara högst {MaxNameLength} tecken.");
}

/// <summary>A link just made: the only answer that ever holds its secret.</summary>
/// <param name="Token">The secret; kept nowhere but in this answer.</param>
/// <param name="ScreenUrl">The screen's address with the secret, to open on the screen.</param>
public sealed record DisplayLinkMade(string Url, Guid Id, long Version, string Name, string Token, string ScreenUrl) : CreationResponse(Url);

public sealed record RevokeDisplayLink(long? ExpectedVersion);

public sealed class RevokeDisplayLinkValidator : AbstractValidator<RevokeDisplayLink>
{
    public RevokeDisplayLinkValidator() =>
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");
}

public sealed record DisplayLinkVersion(Guid Id, long Version, DateTimeOffset RevokedAt);

/// <summary>A link as the list shows it: never its secret nor its hash.</summary>
public sealed record DisplayLinkSummary(
    Guid Id, string Name, string CreatedBy, DateTimeOffset CreatedAt, string? RevokedBy, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, long Version)
{
    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>Tells this process's screens of a revoked link so, and closes their live connections.</summary>
public sealed record CloseDisplayConnections(Guid LinkId);

/// <summary>
/// The write's answer holds a secret that is stored nowhere, so it is not kept for an
/// <c>Idempotency-Key</c> either: a retry makes another link, which the list shows and kommunledning
/// may revoke.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AnswerHoldsSecretAttribute : Attribute;

/// <summary>Display links are made, listed and revoked by kommunledning.</summary>
public static class DisplayLinkAccess
{
    public static IResult? Refuse(AppUser user) => user.Role switch
    {
        Roles.Management => null,
        Roles.Auditor => Problems.Forbidden(Roles.AuditorMayNotChange),
        _ => Problems.Forbidden("Skärmlänkar skapas och återkallas av kommunledningen."),
    };
}

public static class DisplayLinkQueries
{
    /// <summary>Every link, those in use first, the newest first.</summary>
    public static async Task<IReadOnlyList<DisplayLinkSummary>> AllAsync(IQuerySession session, CancellationToken ct)
    {
        var links = await session.Query<DisplayLink>().ToListAsync(ct);
        var uses = (await session.Query<DisplayLinkUse>().ToListAsync(ct)).ToDictionary(u => u.Id, u => u.LastUsedAt);
        return links
            .Where(l => l.Name.Length > 0)
            .OrderBy(l => l.IsRevoked).ThenByDescending(l => l.CreatedAt)
            .Select(l => new DisplayLinkSummary(l.Id, l.Name, l.CreatedBy, l.CreatedAt, l.RevokedBy, l.RevokedAt,
                uses.TryGetValue(l.Id, out var used) ? used : null, l.Version))
            .ToList();
    }
}

/// <summary>Kommunledning makes a display link for a named screen; the answer holds its secret, once.</summary>
public static class CreateDisplayLinkEndpoint
{
    public static IResult Before(ClaimsPrincipal principal, IDocumentSession session)
    {
        var user = AppUser.From(principal);
        if (DisplayLinkAccess.Refuse(user) is { } refused) return refused;
        session.StampWith(user);
        return WolverineContinue.Result();
    }

    /// <summary>Pure: the event that starts a link with this secret.</summary>
    public static DisplayLinkCreated Decide(CreateDisplayLink command, string token, string createdBy, DateTimeOffset now) =>
        new(command.Name!.Trim(), DisplaySecrets.Hash(token), createdBy, now);

    [WolverinePost("/api/display-links")]
    [AnswerHoldsSecret]
    public static (DisplayLinkMade, IStartStream) Post(CreateDisplayLink command, ClaimsPrincipal principal, TimeProvider clock)
    {
        var id = Guid.NewGuid();
        var token = DisplaySecrets.New();
        var created = Decide(command, token, AppUser.From(principal).Name, clock.GetUtcNow());
        return (new DisplayLinkMade($"/api/display-links/{id}", id, 1, created.Name, token, $"{DisplayAccess.ScreenPath}?{DisplayAccess.QueryKey}={token}"),
            MartenOps.StartStream<DisplayLink>(id, created));
    }
}

/// <summary>Kommunledning revokes a link: refused from the next request on, and its open screens are told at once.</summary>
public static class RevokeDisplayLinkEndpoint
{
    public static IResult Before(Guid id, RevokeDisplayLink command, IEventStream<DisplayLink> stream, ClaimsPrincipal principal, IDocumentSession session)
    {
        var user = AppUser.From(principal);
        if (DisplayLinkAccess.Refuse(user) is { } refused) return refused;
        if (stream.Aggregate is not { } link) return Problems.NotFound("skärmlänk", id);
        var current = stream.CurrentVersion ?? 0;
        if (command.ExpectedVersion is { } expected && expected != current) return Problems.StaleVersion(expected, current);
        if (link.IsRevoked)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Skärmlänken är redan återkallad",
                detail: $"Skärmlänken {link.Name} återkallades {SwedishTime.InSweden(link.RevokedAt!.Value):yyyy-MM-dd HH:mm} av {link.RevokedBy}.");
        session.StampWith(user);
        return WolverineContinue.Result();
    }

    [WolverinePost("/api/display-links/{id}/revoke")]
    public static (DisplayLinkVersion, Events, OutgoingMessages) Post(
        Guid id, RevokeDisplayLink command, [WriteAggregate(Required = false)] DisplayLink link, ClaimsPrincipal principal, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return (new DisplayLinkVersion(id, link.Version + 1, now),
            [new DisplayLinkRevoked(AppUser.From(principal).Name, now)],
            [new CloseDisplayConnections(id)]);
    }
}

public static class GetDisplayLinksEndpoint
{
    /// <summary>One page of the links, those in use first; the total in <c>X-Total-Count</c>.</summary>
    [WolverineGet("/api/display-links")]
    public static async Task<IResult> List(string? page, string? pageSize, ClaimsPrincipal principal, HttpContext context, IQuerySession session, CancellationToken ct)
    {
        if (DisplayLinkAccess.Refuse(AppUser.From(principal)) is { } refused) return refused;
        if (!Paging.TryRead(page, pageSize, out var paging, out var errors)) return Problems.Invalid(errors);
        var all = await DisplayLinkQueries.AllAsync(session, ct);
        paging.Describe(context, all.Count);
        return Results.Ok(paging.Of(all));
    }
}
