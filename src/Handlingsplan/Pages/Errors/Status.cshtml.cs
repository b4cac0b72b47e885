using System.Text.RegularExpressions;
using Handlingsplan.Items;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Errors;

/// <summary>
/// The web app's answer to an address it cannot serve (an unknown page, an unknown item, a refused
/// request), in the site's layout with its navigation, so nobody lands on a dead end. The status
/// code stays the one the request earned; the API keeps answering problem+json (<see cref="IsPageRequest"/>).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed partial class StatusModel : PageModel
{
    public int Code { get; private set; }
    /// <summary>The address that was asked for, as the user wrote it.</summary>
    public string AskedFor { get; private set; } = "";
    /// <summary>The kind of item the address named, when it named one that does not exist.</summary>
    public KindDescription? MissingItemKind { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        AskedFor = original is null ? Request.Path.Value ?? "" : original.OriginalPathBase + original.OriginalPath;
        if (Code == StatusCodes.Status404NotFound && ItemAddress().Match(AskedFor) is { Success: true } m)
            MissingItemKind = Kinds.BySlug(m.Groups["slug"].Value);
    }

    public string Title => Code switch
    {
        404 when MissingItemKind is { } kind => $"{char.ToUpperInvariant(kind.Definite[0])}{kind.Definite[1..]} finns inte",
        404 => "Sidan finns inte",
        403 => "Du har inte behörighet till sidan",
        >= 500 => "Något gick fel",
        _ => "Sidan kunde inte visas",
    };

    [GeneratedRegex("^/(?<slug>[a-z]+)/[^/]+/?$")]
    private static partial Regex ItemAddress();

    /// <summary>
    /// Whether an error without a body gets this page: a GET of the web app's own pages, never the API,
    /// the live hub, the API description or the health check, whose clients read problem+json.
    /// </summary>
    public static bool IsPageRequest(HttpContext context)
    {
        var path = context.Request.Path;
        return (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/hubs")
            && !path.StartsWithSegments("/openapi") && !path.StartsWithSegments("/health")
            && !path.StartsWithSegments("/api-docs");
    }
}
