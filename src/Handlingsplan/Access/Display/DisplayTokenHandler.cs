using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Handlingsplan.Access.Display;

/// <summary>What a display link is, to the rest of the app: its scheme, where its secret travels, and who holds one.</summary>
public static class DisplayAccess
{
    public const string Scheme = "display-link";
    /// <summary>The one page a display link opens; its secret may come in the query, as <c>?nyckel=</c>.</summary>
    public const string ScreenPath = "/skarm";
    public const string QueryKey = "nyckel";
    /// <summary>
    /// The cookie the secret is kept in after the link was opened: a name of its own, never the
    /// Authorization header or the sign-in cookie, so it is never taken for a person's sign-in.
    /// </summary>
    public const string CookieName = "handlingsplan-skarm";
    public const string LinkClaim = "display_link";

    /// <summary>The secret of a display link in this request, from <c>/skarm?nyckel=</c> or the display cookie.</summary>
    public static string? TokenOf(HttpRequest request) =>
        TokenInQuery(request) ?? (request.Cookies.TryGetValue(CookieName, out var cookie) && cookie.Length > 0 ? cookie : null);

    static string? TokenInQuery(HttpRequest request) =>
        request.Path.Equals(ScreenPath, StringComparison.OrdinalIgnoreCase) && request.Query.TryGetValue(QueryKey, out var token) && token.Count == 1
            ? token[0]
            : null;

    public static bool CameInQuery(HttpRequest request) => TokenInQuery(request) is not null;

    /// <summary>The id of the display link this principal holds; null for a person (or no one).</summary>
    public static Guid? LinkOf(ClaimsPrincipal? principal) =>
        principal?.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == Scheme) is { } identity
        && Guid.TryParse(identity.FindFirst(LinkClaim)?.Value, out var id)
            ? id
            : null;

    public static bool IsDisplay(ClaimsPrincipal? principal) => LinkOf(principal) is not null;
}

/// <summary>
/// Signs in a display link: the secret's hash is looked up on every request, so a revoked link is
/// refused from the moment the revocation commits. The principal it makes holds the role
/// <see cref="Roles.Display"/> and the link's id, and no policy but the screen's lets it through.
/// The secret is never logged: it is neither in the failure messages nor in the claims.
/// </summary>
public sealed class DisplayTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IDocumentStore store, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Refused = "Skärmlänken är återkallad eller okänd. Be kommunledningen om en ny länk.";
    public const string OnlyTheScreen = "En skärmlänk visar bara skärmen (/skarm) och inget annat.";
    static readonly object RefusedKey = new();
    static readonly TimeSpan NoteUseEvery = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (DisplayAccess.TokenOf(Request) is not { } token) return AuthenticateResult.NoResult();
        if (!DisplaySecrets.IsWellFormed(token)) return Refuse();

        var ct = Context.RequestAborted;
        var hash = DisplaySecrets.Hash(token);
        // The secret alone says which municipality's screen it opens: it is looked up in every one.
        await using var session = store.QuerySession();
        var link = await session.Query<DisplayLink>().Where(l => l.AnyTenant() && l.TokenHash == hash).FirstOrDefaultAsync(ct);
        if (link is null || link.IsRevoked) return Refuse();
        var tenant = link.Tenant ?? Tenancy.Municipalities.DefaultTenantId;

        if (DisplayAccess.CameInQuery(Request))
        {
            // Lax, not Strict: the screen is opened from a link in an e-mail or a calendar, and the
            // cookie only ever reads.
            Response.Cookies.Append(DisplayAccess.CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                Secure = true,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
        }
        await NoteUseAsync(tenant, link.Id, ct);

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimNames.Name, "Skärm: " + link.Name),
                new Claim(ClaimNames.Role, Roles.Display),
                new Claim(DisplayAccess.LinkClaim, link.Id.ToString()),
                new Claim(Tenancy.MunicipalityContext.Claim, Tenancy.Municipalities.CodeOf(tenant)),
            ],
            DisplayAccess.Scheme, ClaimNames.Name, ClaimNames.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), DisplayAccess.Scheme));
    }

    AuthenticateResult Refuse()
    {
        Context.Items[RefusedKey] = true;
        return AuthenticateResult.Fail("Skärmlänken är återkallad eller okänd.");
    }

    /// <summary>At most one write a minute per link: the list shows when a screen last asked.</summary>
    async Task NoteUseAsync(string tenant, Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var query = store.QuerySession(tenant);
        var use = await query.LoadAsync<DisplayLinkUse>(id, ct);
        if (use is not null && use.LastUsedAt > now - NoteUseEvery) return;
        await using var session = store.LightweightSession(tenant);
        session.Store(new DisplayLinkUse(id, now));
        await session.SaveChangesAsync(ct);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // A refused secret is no use to keep: the browser forgets it, and a person may sign in.
        if (Context.Items.ContainsKey(RefusedKey)) Response.Cookies.Delete(DisplayAccess.CookieName, new CookieOptions { Path = "/", Secure = true });
        return Answer(StatusCodes.Status401Unauthorized, "Skärmlänken gäller inte", Refused);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Answer(StatusCodes.Status403Forbidden, "Behörighet saknas", OnlyTheScreen);

    Task Answer(int status, string title, string detail)
    {
        if (Request.Path.StartsWithSegments("/api") || Request.Path.StartsWithSegments("/hubs"))
            return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(Context);
        Response.StatusCode = status;
        Response.ContentType = "text/html; charset=utf-8";
        return Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="sv">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{WebUtility.HtmlEncode(title)} – Handlingsplan</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main id="main"><h1>{WebUtility.HtmlEncode(title)}</h1><p id="display-refused">{WebUtility.HtmlEncode(detail)}</p><p><a href="/logga-in">Logga in</a></p></main></body>
            </html>
            """, Context.RequestAborted);
    }
}
