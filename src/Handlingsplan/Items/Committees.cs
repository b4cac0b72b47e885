namespace Handlingsplan.Items;

/// <summary>The nämnder of Alingsås kommun, and the municipal companies a measure can belong to.</summary>
public static class Committees
{
    public sealed record Committee(string Code, string Name, bool IsCompany = false);

    public static readonly IReadOnlyList<Committee> All =
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
    ];

    public static bool IsKnown(string? code) => code is not null && All.Any(c => c.Code == code);

    public static string Codes => string.Join(", ", All.Select(c => c.Code));
}
