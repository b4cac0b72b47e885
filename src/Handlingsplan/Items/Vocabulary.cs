namespace Handlingsplan.Items;

/// <summary>The categories and horizons a genomlysning gives its measures, as API codes with their Swedish names.</summary>
public static class Vocabulary
{
    public static readonly IReadOnlyDictionary<string, string> Categories = new Dictionary<string, string>
    {
        ["operationalChange"] = "Verksamhetsförändring",
        ["changedResponsibility"] = "Förändrat ansvar/organisation",
    };

    public static readonly IReadOnlyDictionary<string, string> Horizons = new Dictionary<string, string>
    {
        ["shortTerm"] = "Kort sikt",
        ["longTerm"] = "Lång sikt",
        ["departmentInvestigation"] = "Utreds av förvaltningen",
        ["municipalInvestigation"] = "Kräver kommunövergripande utredning",
    };
}
