using System.Security.Claims;
using System.Security.Cryptography;
using Handlingsplan.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Handlingsplan.Access;

/// <summary>
/// Issues the bearer tokens of the built-in sign-in. The signing key is generated once per data
/// folder (token-signing.key, readable by the app's user only) and never leaves it.
/// </summary>
public sealed class TokenIssuer
{
    public const string Issuer = "handlingsplan";
    public const string Audience = "handlingsplan-api";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);
    const string KeyFile = "token-signing.key";

    readonly TimeProvider _clock;

    public TokenIssuer(DataFolder folder, TimeProvider clock)
    {
        _clock = clock;
        var path = folder.File(KeyFile);
        if (!File.Exists(path)) folder.WriteSecret(KeyFile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        Key = new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }

    public SymmetricSecurityKey Key { get; }

    public TokenValidationParameters ValidationParameters => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = Key,
        NameClaimType = ClaimNames.Name,
        RoleClaimType = ClaimNames.Role,
        ClockSkew = TimeSpan.FromMinutes(1),
    };

    public (string Token, DateTimeOffset ExpiresAt) Issue(Account account)
    {
        var expires = _clock.GetUtcNow() + Lifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Expires = expires.UtcDateTime,
            IssuedAt = _clock.GetUtcNow().UtcDateTime,
            Subject = new ClaimsIdentity(Claims(account)),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }

    public static IEnumerable<Claim> Claims(Account account)
    {
        yield return new Claim(ClaimNames.Name, account.Username);
        yield return new Claim(ClaimNames.Role, account.Role);
        if (account.Committee is not null) yield return new Claim(ClaimNames.Committee, account.Committee);
        if (account.Department is not null) yield return new Claim(ClaimNames.Department, account.Department);
        yield return new Claim(Tenancy.MunicipalityContext.Claim, account.MunicipalityCode);
    }
}

/// <summary>Checks a username and password against the demo accounts, with lockout.</summary>
public sealed class PasswordSignIn(Accounts accounts, SignInThrottle throttle)
{
    public const string WrongCredentials = "Fel användarnamn eller lösenord.";
    public static readonly string LockedOut = $"För många misslyckade försök. Kontot är låst i {SignInThrottle.LockoutTime.TotalMinutes:0} minuter.";

    public (Account? Account, string? Error) Check(string? username, string? password)
    {
        username = username?.Trim() ?? "";
        if (throttle.IsLockedOut(username)) return (null, LockedOut);
        if (accounts.Verify(username, password) is { } account)
        {
            // Wrong attempts racing this one may have locked the account meanwhile: the lock holds.
            if (throttle.IsLockedOut(username)) return (null, LockedOut);
            throttle.Succeeded(username);
            return (account, null);
        }
        throttle.Failed(username);
        return (null, throttle.IsLockedOut(username) ? LockedOut : WrongCredentials);
    }
}
