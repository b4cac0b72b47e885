using System.Security.Claims;
using Handlingsplan.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Handlingsplan.Pages.Access;

/// <summary>Logga in with a demo account (when no OpenID Connect provider is configured).</summary>
[AllowAnonymous]
[EnableRateLimiting(AccessConfiguration.SignInRateLimit)]
public sealed class SignInModel(AccessSettings settings) : PageModel
{
    [BindProperty] public string? Username { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }
    public bool BuiltIn => settings.BuiltInSignIn;

    public IActionResult OnGet() =>
        settings.BuiltInSignIn ? Page() : Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl() }, "OpenIdConnect");

    public async Task<IActionResult> OnPostAsync()
    {
        if (!settings.BuiltInSignIn) return NotFound();
        if (string.IsNullOrWhiteSpace(Username) || string.IsNullOrEmpty(Password))
        {
            Error = "Ange både användarnamn och lösenord.";
            return Page();
        }
        var (account, error) = HttpContext.RequestServices.GetRequiredService<PasswordSignIn>().Check(Username, Password);
        if (account is null)
        {
            Error = error;
            Password = null;
            return Page();
        }
        var identity = new ClaimsIdentity(TokenIssuer.Claims(account), CookieAuthenticationDefaults.AuthenticationScheme, ClaimNames.Name, ClaimNames.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        // A förvaltningschef starts on Mina poster, unless they were on their way somewhere.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : account.Role == Roles.DepartmentHead ? "/mina" : "/");
    }

    string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
