using System.Security.Claims;

namespace Handlingsplan.Tenancy;

/// <summary>
/// The municipality a request works in, taken from the sign-in and nothing the client sends beside it:
/// the built-in sign-in's own signed claim (<see cref="Claim"/>), or for OpenID Connect the token's
/// issuer through <c>Tenancy:Issuers</c>. Someone not signed in (the public overview) sees the first
/// customer's. Set once per request, after authentication, and read by everything the request runs.
/// </summary>
public static class MunicipalityContext
{
    /// <summary>The claim the built-in sign-in and display links carry: the municipality's code.</summary>
    public const string Claim = "kommun";

    static readonly AsyncLocal<Municipality?> _current = new();

    /// <summary>The municipality of the work under way; the first customer outside a request.</summary>
    public static Municipality Current => _current.Value ?? Municipalities.Default;

    public static string CurrentTenantId => Current.TenantId;

    /// <summary>Runs the rest of the work as the given municipality's (a command, a background job).</summary>
    public static IDisposable Enter(Municipality municipality)
    {
        var before = _current.Value;
        _current.Value = municipality;
        return new Restore(before);
    }

    sealed class Restore(Municipality? before) : IDisposable
    {
        public void Dispose() => _current.Value = before;
    }

    /// <summary>
    /// The code a principal belongs to. With the built-in sign-in, its claim (absent on tokens and
    /// cookies issued before there were municipalities: the first customer). With OpenID Connect, only
    /// the issuer counts, through <c>Tenancy:Issuers</c> (a list of <c>Issuer</c> and
    /// <c>Municipality</c>): a provider may name any municipality in its claims, but it speaks for the
    /// one it is configured for. An issuer not in the list signs in to the first customer, as an
    /// installation with one provider always has. Claims this app made itself (a display link's)
    /// name their municipality in either mode.
    /// </summary>
    public static string CodeOf(ClaimsPrincipal? principal, IConfiguration configuration)
    {
        if (principal?.Identity?.IsAuthenticated != true) return Municipalities.DefaultCode;
        var oidc = !string.IsNullOrWhiteSpace(configuration["Authentication:Oidc:Authority"]);
        var own = principal.FindAll(Claim).FirstOrDefault(c => !oidc || c.Issuer == ClaimsIdentity.DefaultIssuer);
        if (own is { Value.Length: > 0 }) return own.Value;
        if (!oidc) return Municipalities.DefaultCode;
        var issuer = principal.FindFirst("iss")?.Value ?? principal.Claims.FirstOrDefault()?.Issuer;
        var mapped = configuration.GetSection("Tenancy:Issuers").GetChildren()
            .FirstOrDefault(m => string.Equals(m["Issuer"]?.TrimEnd('/'), issuer?.TrimEnd('/'), StringComparison.Ordinal))?["Municipality"];
        return string.IsNullOrWhiteSpace(mapped) ? Municipalities.DefaultCode : mapped;
    }

    /// <summary>
    /// Finds the request's municipality after authentication. A sign-in naming a municipality this
    /// installation does not serve (removed since) is refused, never shown another's data.
    /// </summary>
    public static IApplicationBuilder UseMunicipality(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var registry = context.RequestServices.GetRequiredService<MunicipalityRegistry>();
        var configuration = context.RequestServices.GetRequiredService<IConfiguration>();
        var code = CodeOf(context.User, configuration);
        var municipality = await registry.FindAsync(code, context.RequestAborted);
        if (municipality is null)
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Okänd kommun",
                detail: $"Inloggningen gäller kommunen '{code}', som inte finns i den här installationen. Logga in på nytt.").ExecuteAsync(context);
            return;
        }
        using (Enter(municipality)) await next(context);
    });
}
