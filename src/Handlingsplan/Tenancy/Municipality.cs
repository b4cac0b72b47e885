using System.Text.RegularExpressions;

namespace Handlingsplan.Tenancy;

/// <summary>A nämnd or company of one municipality: its code in the plan, and its name.</summary>
public sealed record Committee(string Code, string Name, bool IsCompany = false);

/// <summary>A förvaltning or avdelning in a municipality's register, as its plan file gives it.</summary>
/// <param name="Type">"förvaltning", "avdelning", or "samtliga" for the entry that stands for every förvaltning.</param>
public sealed record DepartmentEntry(string Name, string Type, IReadOnlyList<string> Committees, string? Abbreviation = null, string? PartOf = null);

/// <summary>Who a municipality is in Kolada: its municipality id, the name of its column, and its group of similar municipalities.</summary>
public sealed record KoladaIdentity(string Municipality, string? Name = null, string? SimilarGroupId = null, string? SimilarGroupTitle = null);

/// <summary>
/// A municipality this installation serves: one tenant of the event store. Kept in a table shared by
/// every tenant (the only place where they meet), keyed by its code.
/// </summary>
public sealed record Municipality
{
    /// <summary>Its code: lower-case letters, digits and hyphens, e.g. <c>alingsas</c>.</summary>
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>Its nämnder and companies, in the order the plan lists them.</summary>
    public IReadOnlyList<Committee> Committees { get; init; } = [];
    /// <summary>Its register of förvaltningar and avdelningar; empty for the first customer, whose register is shipped.</summary>
    public IReadOnlyList<DepartmentEntry> Departments { get; init; } = [];
    /// <summary>Who it is in Kolada, from its plan file; absent for the first customer (the <c>Kolada</c> settings) and for one added without.</summary>
    public KoladaIdentity? Kolada { get; init; }
    public DateTimeOffset AddedAt { get; init; }

    /// <summary>The tenant id under which its streams and documents are stored.</summary>
    public string TenantId => Municipalities.TenantIdOf(Id);

    public bool IsDefault => Id == Municipalities.DefaultCode;
}

public static partial class Municipalities
{
    /// <summary>The municipality an installation serves when nothing else is said: the first customer, with the shipped plan.</summary>
    public const string DefaultCode = "alingsas";

    /// <summary>
    /// Marten's tenant id for data written before there were tenants. The first customer keeps it, so
    /// that every data folder in use opens as it was and the hash chain's earlier seals still hold.
    /// </summary>
    public const string DefaultTenantId = "*DEFAULT*";

    public static readonly Municipality Default = new()
    {
        Id = DefaultCode,
        Name = "Alingsås kommun",
        Committees =
        [
            new("KS", "Kommunstyrelsen"),
            new("VON", "Vård- och omsorgsnämnden"),
            new("SN", "Socialnämnden"),
            new("KUN", "Kultur- och utbildningsnämnden"),
            new("BUN", "Barn- och ungdomsnämnden"),
            new("BMN", "Bygg- och miljönämnden"),
            new("TN", "Tekniska nämnden"),
            new("ÖFN", "Överförmyndarnämnden"),
            new("AEAB", "Koncernen Alingsås Energi", IsCompany: true),
            new("AHEM", "Alingsåshem lokaler AB", IsCompany: true),
        ],
    };

    /// <summary>The nämnder a municipality added without its own list starts with; the plan file may name others.</summary>
    public static readonly IReadOnlyList<Committee> CommonCommittees =
    [
        new("KS", "Kommunstyrelsen"),
        new("BUN", "Barn- och utbildningsnämnden"),
        new("SN", "Socialnämnden"),
        new("VON", "Vård- och omsorgsnämnden"),
        new("KFN", "Kultur- och fritidsnämnden"),
        new("TN", "Tekniska nämnden"),
        new("BMN", "Bygg- och miljönämnden"),
    ];

    /// <summary>
    /// The register a municipality added without one of its own starts with: a förvaltning for each
    /// nämnd (Kommunledningskontoret for Kommunstyrelsen), and the entry for every förvaltning.
    /// </summary>
    public static IReadOnlyList<DepartmentEntry> DepartmentsFor(IReadOnlyList<Committee> committees) =>
    [
        .. committees.Where(c => !c.IsCompany).Select(c => c.Code == "KS"
            ? new DepartmentEntry("Kommunledningskontoret", "förvaltning", ["KS"], "KLK")
            : new DepartmentEntry(c.Name.EndsWith("nämnden", StringComparison.Ordinal) ? c.Name[..^"nämnden".Length] + "förvaltningen" : "Förvaltningen för " + c.Name, "förvaltning", [c.Code])),
        new DepartmentEntry("Samtliga förvaltningar", "samtliga", [.. committees.Where(c => !c.IsCompany).Select(c => c.Code)]),
    ];

    public static string TenantIdOf(string code) => code == DefaultCode ? DefaultTenantId : code;

    public static string CodeOf(string tenantId) => tenantId == DefaultTenantId ? DefaultCode : tenantId;

    /// <summary>Why a code cannot name a municipality, or null when it can.</summary>
    public static string? ProblemWithCode(string? code) =>
        string.IsNullOrWhiteSpace(code) ? "Ange kommunens kod, t.ex. alingsas."
        : !CodePattern().IsMatch(code) ? $"Koden '{code}' duger inte: 2–40 tecken, små bokstäver a–z, siffror och bindestreck."
        : null;

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}
