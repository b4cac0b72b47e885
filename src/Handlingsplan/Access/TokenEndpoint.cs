using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Wolverine.Http;

namespace Handlingsplan.Access;

public sealed record TokenRequest(string? Username, string? Password);

public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);

public sealed class TokenRequestValidator : AbstractValidator<TokenRequest>
{
    public TokenRequestValidator()
    {
        RuleFor(x => x.Username).NotEmpty().WithMessage("Ange användarnamn.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Ange lösenord.");
    }
}

public static class TokenEndpoint
{
    /// <summary>Bearer tokens for API clients, from a demo account. Not offered when OpenID Connect is configured.</summary>
    [WolverinePost("/api/auth/token")]
    [AllowAnonymous]
    [EnableRateLimiting(AccessConfiguration.SignInRateLimit)]
    public static IResult Post(TokenRequest request, AccessSettings settings, HttpContext context)
    {
        if (!settings.BuiltInSignIn)
            return Results.Problem(statusCode: 404, title: "Hittades inte", detail: "Inloggningen sker via organisationens identitetstjänst (OpenID Connect).");
        var services = context.RequestServices;
        var (account, error) = services.GetRequiredService<PasswordSignIn>().Check(request.Username, request.Password);
        if (account is null)
            return Results.Problem(statusCode: 401, title: "Inloggningen misslyckades", detail: error);
        var (token, expires) = services.GetRequiredService<TokenIssuer>().Issue(account);
        return Results.Ok(new TokenResponse(token, expires));
    }
}
