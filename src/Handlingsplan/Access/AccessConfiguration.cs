using System.Security.Claims;
using System.Threading.RateLimiting;
using Handlingsplan.Access.Display;
using Handlingsplan.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;

namespace Handlingsplan.Access;

/// <summary>How people sign in here: OpenID Connect when configured, else the built-in demo accounts.</summary>
public sealed record AccessSettings(bool BuiltInSignIn, bool PublicOverview);

public static class AccessConfiguration
{
    public const string SignInRateLimit = "sign-in";
    /// <summary>The overview: a signed-in person, or anyone when the public overview is on.</summary>
    public const string ReadDashboard = "read-dashboard";
    /// <summary>The dashboard's figures and the live hub: whoever may read the overview, and a display link.</summary>
    public const string ReadDashboardData = "read-dashboard-data";
    /// <summary>The meeting-room screen (<c>/skarm</c>) and its reporting figures: a signed-in person or a display link.</summary>
    public const string ReadScreen = "read-screen";
    public const string SignInPath = "/logga-in";
    const string Smart = "cookie-or-bearer";
    const string SignInCookie = "handlingsplan";
    const string Oidc = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>
    /// Cookies for the web app, bearer tokens for API clients, chosen per request. With
    /// <c>Authentication:Oidc:Authority</c> set, the web app signs in through that provider and API
    /// tokens are validated against <c>Authentication:Jwt</c> (or the same authority); the demo
    /// accounts and <c>POST /api/auth/token</c> are then off.
    /// </summary>
    public static void AddAccess(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var services = builder.Services;
        var oidc = config.GetSection("Authentication:Oidc");
        var useOidc = !string.IsNullOrWhiteSpace(oidc["Authority"]);
        var settings = new AccessSettings(BuiltInSignIn: !useOidc, PublicOverview: config.GetValue<bool>("PublicOverview:Enabled"));

        services.AddSingleton(settings);
        services.AddSingleton<DataFolder>();
        services.AddSingleton<Accounts>();
        // The demo accounts and their passwords are made at the first start, not at the first sign-in.
        if (settings.BuiltInSignIn) services.AddHostedService<DemoAccountsOnStart>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<PasswordSignIn>();
        services.AddSingleton<TokenIssuer>();

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = Smart;
                o.DefaultChallengeScheme = Smart;
            })
            .AddPolicyScheme(Smart, "Cookie, bearer token or display link", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query.ContainsKey("access_token"))
                    ? JwtBearerDefaults.AuthenticationScheme
                    // A person's sign-in wins over a display link kept in the same browser.
                    : !context.Request.Cookies.ContainsKey(SignInCookie) && DisplayAccess.TokenOf(context.Request) is not null
                        ? DisplayAccess.Scheme
                        : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, DisplayTokenHandler>(DisplayAccess.Scheme, "Skärmlänk", _ => { })
            .AddCookie(o =>
            {
                o.LoginPath = SignInPath;
                o.Cookie.Name = SignInCookie;
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context => Challenge(context, useOidc, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Challenge(context, false, StatusCodes.Status403Forbidden);
            })
            .AddJwtBearer(o =>
            {
                var jwt = config.GetSection("Authentication:Jwt");
                if (useOidc)
                {
                    o.Authority = jwt["Authority"] ?? oidc["Authority"];
                    o.Audience = jwt["Audience"] ?? oidc["ClientId"];
                    o.TokenValidationParameters.NameClaimType = "preferred_username";
                }
                o.MapInboundClaims = false;
                o.Events = new JwtBearerEvents
                {
                    // SignalR's WebSocket transport sends the token in the query string.
                    OnMessageReceived = context =>
                    {
                        if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query.TryGetValue("access_token", out var token))
                            context.Token = token;
                        return Task.CompletedTask;
                    },
                };
            });

        if (useOidc)
        {
            authentication.AddOpenIdConnect(Oidc, o =>
            {
                o.Authority = oidc["Authority"];
                o.ClientId = oidc["ClientId"];
                o.ClientSecret = oidc["ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SaveTokens = false;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.Scope.Add("profile");
                o.TokenValidationParameters.NameClaimType = "preferred_username";
                o.TokenValidationParameters.RoleClaimType = oidc["RoleClaim"] ?? "roles";
            });
        }
        else
        {
            // The built-in sign-in validates its own tokens, signed with the data folder's key.
            services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
                .Configure<TokenIssuer>((o, issuer) => o.TokenValidationParameters = issuer.ValidationParameters);
        }

        services.AddAuthorization(o =>
        {
            // A display link is signed in too, but only the policies that name it let it through:
            // everything else, the default and the fallback included, wants a person.
            var person = new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
                .RequireAssertion(context => !DisplayAccess.IsDisplay(context.User)).Build();
            o.DefaultPolicy = person;
            o.FallbackPolicy = person;
            bool IsPerson(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && !DisplayAccess.IsDisplay(user);
            o.AddPolicy(ReadDashboard, p => p.RequireAssertion(context => settings.PublicOverview || IsPerson(context.User)));
            o.AddPolicy(ReadDashboardData, p => p.RequireAssertion(context =>
                settings.PublicOverview || IsPerson(context.User) || DisplayAccess.IsDisplay(context.User)));
            o.AddPolicy(ReadScreen, p => p.RequireAssertion(context => IsPerson(context.User) || DisplayAccess.IsDisplay(context.User)));
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Attempts, not page views: 30 sign-in attempts a minute from one address unless
            // Access:SignInAttemptsPerMinute says otherwise. Per-user lockout (SignInThrottle) stops
            // guessing one account's password from many addresses.
            var attempts = config.GetValue("Access:SignInAttemptsPerMinute", 30);
            o.AddPolicy(SignInRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("views")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = attempts, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = (context, _) => new ValueTask(Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "För många försök",
                detail: "För många inloggningsförsök på kort tid. Vänta en minut och försök igen.").ExecuteAsync(context.HttpContext));
        });
    }

    /// <summary>APIs and the hub answer 401/403 with problem+json; pages go to the sign-in page (or the OIDC provider).</summary>
    static Task Challenge(RedirectContext<CookieAuthenticationOptions> context, bool useOidc, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs"))
        {
            return Results.Problem(
                statusCode: status,
                title: status == 401 ? "Inloggning krävs" : "Behörighet saknas",
                detail: status == 401
                    ? "Logga in, eller skicka en bearer-token från POST /api/auth/token."
                    : "Din roll har inte behörighet till detta.").ExecuteAsync(context.HttpContext);
        }
        if (useOidc && status == 401) return context.HttpContext.ChallengeAsync(Oidc);
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
