using System.Security.Claims;

namespace Handlingsplan.Access;

public static class Roles
{
    /// <summary>Kommundirektör, ekonomichef, KS: every write, including the decisions.</summary>
    public const string Management = "kommunledning";
    /// <summary>Head of a department: works on the items of their own nämnd or department.</summary>
    public const string DepartmentHead = "forvaltningschef";
    /// <summary>Auditor or archivist: reads everything, writes nothing.</summary>
    public const string Auditor = "revisor";
    /// <summary>A display link for the meeting-room screen: reads the screen's figures, nothing else.</summary>
    public const string Display = "skarm";

    /// <summary>Why a revisor is refused any change.</summary>
    public const string AuditorMayNotChange = "Som revisor kan du läsa allt men inte ändra något.";

    public static readonly IReadOnlyList<string> All = [Management, DepartmentHead, Auditor];

    public static string Swedish(string? role) => role switch
    {
        Management => "kommunledning",
        DepartmentHead => "förvaltningschef",
        Auditor => "revisor",
        Display => "skärm",
        "import" => "inläsning av planen",
        null or "" => "okänd roll",
        _ => role,
    };
}

public static class ClaimNames
{
    public const string Role = "role";
    public const string Committee = "committee";
    public const string Department = "department";
    public const string Name = "name";
}

/// <summary>Who is signed in, as the rules need it: name, role, and for a förvaltningschef their nämnd and department.</summary>
public sealed record AppUser(string Name, string? Role, string? Committee, string? Department)
{
    public static readonly AppUser Anonymous = new("", null, null, null);

    public bool IsSignedIn => Name.Length > 0;

    /// <summary>Kommunledning: every write, including the decisions.</summary>
    public bool IsManagement => Role == Roles.Management;

    public static AppUser From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true) return Anonymous;
        string? Claim(params string[] types) => types.Select(principal.FindFirstValue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var name = Claim(ClaimNames.Name, "preferred_username", "upn", ClaimTypes.Upn, ClaimTypes.Name, "sub", ClaimTypes.NameIdentifier) ?? "okänd";
        var role = Claim(ClaimNames.Role, ClaimTypes.Role, "roles");
        return new AppUser(name, role, Claim(ClaimNames.Committee), Claim(ClaimNames.Department));
    }
}
