using Handlingsplan.Tenancy;

namespace Handlingsplan.Items;

/// <summary>The nämnder and companies of the municipality the work under way belongs to.</summary>
public static class Committees
{
    public static IReadOnlyList<Committee> All => MunicipalityContext.Current.Committees;

    public static bool IsKnown(string? code) => code is not null && All.Any(c => c.Code == code);

    public static string Codes => string.Join(", ", All.Select(c => c.Code));
}
