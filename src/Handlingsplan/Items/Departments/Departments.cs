using System.Text.Json;
using Handlingsplan.Access;
using Wolverine.Http;

namespace Handlingsplan.Items.Departments;

/// <summary>One förvaltning or avdelning of the municipality, as the register lists it.</summary>
/// <param name="Type">"förvaltning", "avdelning", or "samtliga" for the entry that stands for every förvaltning.</param>
public sealed record Department(string Name, string Type, IReadOnlyList<string> Committees, string? Abbreviation = null, string? PartOf = null, string? Note = null)
{
    /// <summary>The entry that stands for every förvaltning: each förvaltningschef carries its items.</summary>
    public bool IsEveryDepartment => Type == "samtliga";
}

public sealed record DepartmentRegister(string Source, IReadOnlyList<Department> Departments);

/// <summary>
/// The register of förvaltningar and avdelningar an item can be assigned to, kept as data
/// (<c>Items/Departments/departments.json</c>) and listed by the API. A department is chosen from it,
/// never typed freely, so a slip of the keyboard cannot take an item away from its förvaltningschef.
/// </summary>
public static class Departments
{
    /// <summary>The first customer's register, shipped with the app.</summary>
    public static DepartmentRegister Shipped { get; } = Read();

    /// <summary>The register of the municipality the work under way belongs to.</summary>
    public static DepartmentRegister Register =>
        Tenancy.MunicipalityContext.Current is { IsDefault: false } municipality
            ? Registers.GetValue(municipality, m => new DepartmentRegister($"{m.Name}: registret när kommunen lades till",
                [.. m.Departments.Select(d => new Department(d.Name, d.Type, d.Committees, d.Abbreviation, d.PartOf))]))
            : Shipped;

    /// <summary>Each municipality's register, made once from its entry in the register of municipalities.</summary>
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Tenancy.Municipality, DepartmentRegister> Registers = new();

    public static IReadOnlyList<Department> All => Register.Departments;

    static DepartmentRegister Read()
    {
        using var stream = typeof(Departments).Assembly.GetManifestResourceStream("Handlingsplan.Items.Departments.departments.json")
            ?? throw new InvalidOperationException("The department register (Items/Departments/departments.json) is missing from the build.");
        return JsonSerializer.Deserialize<DepartmentRegister>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The department register is empty.");
    }

    /// <summary>The register's entry for a name or abbreviation, in any letter case; null when it has none.</summary>
    public static Department? Find(string? nameOrAbbreviation)
    {
        var wanted = nameOrAbbreviation?.Trim();
        if (string.IsNullOrEmpty(wanted)) return null;
        return All.FirstOrDefault(d => string.Equals(d.Name, wanted, StringComparison.OrdinalIgnoreCase)
                                       || string.Equals(d.Abbreviation, wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Validated names or abbreviations as the register names them, once each; null for none.</summary>
    public static IReadOnlyList<string>? Named(IReadOnlyList<string>? given) =>
        given is { Count: > 0 } ? given.Select(d => Find(d)!.Name).Distinct().ToList() : null;

    public static string Names => string.Join(", ", All.Select(d => d.Name));

    /// <summary>The Swedish message for a department the register does not hold.</summary>
    public static string Unknown(string? given) =>
        $"Förvaltningen '{given?.Trim()}' finns inte i registret. Välj en av: {Names}.";

    /// <summary>"A tillsammans med B och C", as the item page and the history read an assignment.</summary>
    public static string Describe(string department, IReadOnlyList<string>? together) =>
        together is { Count: > 0 } ? $"{department} tillsammans med {JoinSwedish(together.Select(Lower))}" : department;

    static string Lower(string name) => name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLower(name[0]) + name[1..] : name;

    static string JoinSwedish(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list[..^1]) + " och " + list[^1];
    }
}

public static class DepartmentsEndpoint
{
    /// <summary>The register of förvaltningar and avdelningar that items are assigned to.</summary>
    [WolverineGet("/api/departments")]
    public static DepartmentRegister Get() => Departments.Register;
}
