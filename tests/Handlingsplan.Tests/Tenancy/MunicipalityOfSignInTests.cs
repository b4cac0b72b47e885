using System.Security.Claims;
using Handlingsplan.Tenancy;
using Microsoft.Extensions.Configuration;

namespace Handlingsplan.Tests.Tenancy;

/// <summary>Which municipality a sign-in belongs to: only what the sign-in itself vouches for.</summary>
public class MunicipalityOfSignInTests
{
    static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    static readonly IConfiguration BuiltIn = Settings();
    static readonly IConfiguration Oidc = Settings(
        ("Authentication:Oidc:Authority", "https://login.lerum.example/realms/kommun"),
        ("Tenancy:Issuers:0:Issuer", "https://login.lerum.example/realms/kommun"),
        ("Tenancy:Issuers:0:Municipality", "lerum"),
        ("Tenancy:Issuers:1:Issuer", "https://idp.partille.example/"),
        ("Tenancy:Issuers:1:Municipality", "partille"));

    static ClaimsPrincipal SignedIn(string? issuer, params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => issuer is null ? new Claim(c.Type, c.Value) : new Claim(c.Type, c.Value, ClaimValueTypes.String, issuer)), "test"));

    [Fact]
    public void Nobody_signed_in_sees_the_first_customer() =>
        Assert.Equal(Municipalities.DefaultCode, MunicipalityContext.CodeOf(new ClaimsPrincipal(new ClaimsIdentity()), BuiltIn));

    [Fact]
    public void The_built_in_sign_in_names_its_municipality_and_older_tokens_the_first_customer()
    {
        Assert.Equal("lerum", MunicipalityContext.CodeOf(SignedIn("handlingsplan", ("name", "ledning@lerum"), ("kommun", "lerum")), BuiltIn));
        Assert.Equal(Municipalities.DefaultCode, MunicipalityContext.CodeOf(SignedIn("handlingsplan", ("name", "ledning")), BuiltIn));
    }

    [Fact]
    public void With_oidc_the_issuer_decides_and_a_provider_s_own_claim_is_ignored()
    {
        var lerumUser = SignedIn("https://login.lerum.example/realms/kommun", ("iss", "https://login.lerum.example/realms/kommun"), ("kommun", "partille"));
        Assert.Equal("lerum", MunicipalityContext.CodeOf(lerumUser, Oidc));
        var partilleUser = SignedIn("https://idp.partille.example", ("iss", "https://idp.partille.example"));
        Assert.Equal("partille", MunicipalityContext.CodeOf(partilleUser, Oidc));
        var unknownIssuer = SignedIn("https://elsewhere.example", ("iss", "https://elsewhere.example"), ("kommun", "lerum"));
        Assert.Equal(Municipalities.DefaultCode, MunicipalityContext.CodeOf(unknownIssuer, Oidc));
    }

    [Fact]
    public void A_display_link_made_by_the_app_names_its_municipality_in_either_mode() =>
        Assert.Equal("lerum", MunicipalityContext.CodeOf(SignedIn(null, ("display_link", Guid.NewGuid().ToString()), ("kommun", "lerum")), Oidc));

    [Theory]
    [InlineData("alingsas", true)]
    [InlineData("lilla-edet", true)]
    [InlineData("Lerum", false)]
    [InlineData("a", false)]
    [InlineData("../etc", false)]
    [InlineData("", false)]
    public void A_code_is_short_lower_case_letters_digits_and_hyphens(string code, bool fine) =>
        Assert.Equal(fine, Municipalities.ProblemWithCode(code) is null);
}
