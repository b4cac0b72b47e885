using System.Globalization;
using Handlingsplan.Infrastructure;
using Handlingsplan.Tenancy;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Handlingsplan.Items.Sharing;

/// <summary>
/// A measure one municipality shares with the others, exactly what its <see cref="MeasureShared"/>
/// event recorded, with the municipality's code and name. The one kind of item data every municipality
/// reads: it is kept in a table shared by all (<c>AddTenancy(typeof(SharedMeasure))</c>), not in the
/// municipality's own. It holds nothing else: no item id (its own id is derived from the municipality
/// and the item, so that sharing again replaces it and a withdrawal finds it), no user names, no
/// description or title, no department.
/// </summary>
public sealed record SharedMeasure
{
    public Guid Id { get; init; }
    public string MunicipalityCode { get; init; } = "";
    public string MunicipalityName { get; init; } = "";
    public string Category { get; init; } = "";
    public string? Horizon { get; init; }
    public decimal RealisedTkr { get; init; }
    public decimal? EstimatedSavingTkr { get; init; }
    public string Text { get; init; } = "";
    public DateTimeOffset SharedAt { get; init; }

    public static Guid IdFor(Municipality municipality, Guid itemId) => StableIds.Of($"shared-measure/{municipality.Id}/{itemId}");

    public static SharedMeasure Of(Municipality municipality, Guid itemId, MeasureShared shared) => new()
    {
        Id = IdFor(municipality, itemId),
        MunicipalityCode = municipality.Id,
        MunicipalityName = municipality.Name,
        Category = shared.Category,
        Horizon = shared.Horizon,
        RealisedTkr = shared.RealisedTkr,
        EstimatedSavingTkr = shared.EstimatedSavingTkr,
        Text = shared.Text,
        SharedAt = shared.SharedAt,
    };
}

/// <summary>A measure another municipality shares, as the API and the item page show it.</summary>
public sealed record PeerMeasure(
    string Municipality, string MunicipalityCode, string Category, string? Horizon,
    decimal RealisedTkr, decimal? EstimatedSavingTkr, string Text, DateTimeOffset SharedAt);

/// <summary>"Liknande åtgärder i andra kommuner": the measures the other municipalities share in a measure's category.</summary>
public static class PeerMeasures
{
    static readonly CompareInfo SwedishCompare = CultureInfo.GetCultureInfo("sv-SE").CompareInfo;

    /// <summary>Categories match ignoring case as Swedish has it ("Förändrat" is "FÖRÄNDRAT"), and surrounding spaces.</summary>
    public static bool SameCategory(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) &&
        SwedishCompare.Compare(a.Trim(), b.Trim(), CompareOptions.IgnoreCase) == 0;

    /// <summary>A category's Swedish name when it is one of the genomlysning's codes (in any case), else as the municipality wrote it.</summary>
    public static string CategoryName(string category) => NameIn(Vocabulary.Categories, category) ?? category;

    /// <summary>A horizon's Swedish name when it is one of the genomlysning's codes (in any case), else as the municipality wrote it.</summary>
    public static string? HorizonName(string? horizon) => horizon is null ? null : NameIn(Vocabulary.Horizons, horizon) ?? horizon;

    static string? NameIn(IReadOnlyDictionary<string, string> codes, string code) =>
        codes.FirstOrDefault(c => SameCategory(c.Key, code)).Value;

    /// <summary>
    /// The measures other municipalities share in the item's category, the largest realised saving
    /// first; never the item's own municipality's, and none for an item that is not a measure or has no
    /// category. The few shared measures are matched here, in Swedish, not in the database, whose
    /// collation knows only ASCII case.
    /// </summary>
    public static async Task<IReadOnlyList<PeerMeasure>> ForAsync(Item item, Municipality own, IQuerySession session, CancellationToken ct)
    {
        if (item.Kind != ItemKind.Measure || string.IsNullOrWhiteSpace(item.Category)) return [];
        var others = await session.Query<SharedMeasure>().Where(s => s.MunicipalityCode != own.Id).ToListAsync(ct);
        return others
            .Where(s => SameCategory(s.Category, item.Category))
            .OrderByDescending(s => s.RealisedTkr).ThenBy(s => s.MunicipalityName, StringComparer.Create(SwedishFormat.Culture, false)).ThenBy(s => s.SharedAt)
            .Select(s => new PeerMeasure(s.MunicipalityName, s.MunicipalityCode, s.Category, s.Horizon, s.RealisedTkr, s.EstimatedSavingTkr, s.Text, s.SharedAt))
            .ToList();
    }
}

public static class GetPeerMeasuresEndpoint
{
    /// <summary>
    /// One page of the measures other municipalities share in this measure's category, with their
    /// realised savings; the total in <c>X-Total-Count</c>. Empty for a shift, an investigation or a
    /// measure without a category.
    /// </summary>
    [WolverineGet("/api/{kind}/{id}/liknande")]
    [ProducesResponseType(typeof(IReadOnlyList<PeerMeasure>), StatusCodes.Status200OK, "application/json")]
    public static async Task<IResult> Get(string kind, Guid id, string? page, string? pageSize, HttpContext context, IQuerySession session, CancellationToken ct)
    {
        if (Kinds.BySegment(kind) is not { } description) return Kinds.Unknown(kind);
        if (!Paging.TryRead(page, pageSize, out var paging, out var errors)) return Problems.Invalid(errors);
        if (await Reading.ItemQueries.Find(description.Kind, id, session, ct) is not { } item) return Problems.NotFound(description.Indefinite, id);
        var peers = await PeerMeasures.ForAsync(item, MunicipalityContext.Current, session, ct);
        paging.Describe(context, peers.Count);
        return Results.Ok(paging.Of(peers));
    }
}
