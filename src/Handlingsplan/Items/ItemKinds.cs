using Handlingsplan.Investigations;
using Handlingsplan.Measures;
using Handlingsplan.Shifts;

namespace Handlingsplan.Items;

/// <summary>The kinds as they appear in the API's routes: <c>/api/measures</c>, <c>/api/shifts</c>, <c>/api/investigations</c>.</summary>
public static class ItemKinds
{
    public static readonly IReadOnlyDictionary<string, ItemKind> BySegment = new Dictionary<string, ItemKind>
    {
        ["measures"] = ItemKind.Measure,
        ["shifts"] = ItemKind.Shift,
        ["investigations"] = ItemKind.Investigation,
    };

    public static string Segment(ItemKind kind) => BySegment.First(p => p.Value == kind).Key;

    public static ItemKind OfProposal(ItemProposed proposal) => proposal switch
    {
        MeasureProposed => ItemKind.Measure,
        ShiftProposed => ItemKind.Shift,
        _ => ItemKind.Investigation,
    };

    public static Type AggregateType(ItemKind kind) => kind switch
    {
        ItemKind.Measure => typeof(Measure),
        ItemKind.Shift => typeof(Shift),
        ItemKind.Investigation => typeof(Investigation),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static IResult Unknown(string segment) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Hittades inte",
        detail: $"Det finns ingen typ av post som heter '{segment}'. Använd measures, shifts eller investigations.");
}
