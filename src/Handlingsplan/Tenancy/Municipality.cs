using System.Text.RegularExpressions;

namespace Handlingsplan.Tenancy;

/// <summary>A nämnd or company of one municipality: its code in the plan, and its name.</summary>
public sealed record Committee(string Code, string Name, bool IsCompany = false);

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
