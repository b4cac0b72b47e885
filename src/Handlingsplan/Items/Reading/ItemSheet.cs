using Handlingsplan.Infrastructure;
using static Handlingsplan.Infrastructure.Spreadsheet;

namespace Handlingsplan.Items.Reading;

/// <summary>
/// A list of items as an Excel file, with the words the web app uses: a row per item, amounts in
/// tkr as numbers, days as dates. The estimate's state has a column of its own, since an empty
/// amount alone cannot tell "för tidigt att bedöma" from "ej beloppsatt".
/// </summary>
public static class ItemSheet
{
    public static readonly IReadOnlyList<Column<Item>> Columns =
    [
        new("Titel", CellType.Text, i => i.Title, Width: 50),
        new("Nämnd", CellType.Text, i => Committees.All.FirstOrDefault(c => c.Code == i.Committee)?.Name ?? i.Committee, Width: 28),
        new("Status", CellType.Text, i => Swedish.Status(i.Status), Width: 18),
        new("Kategori", CellType.Text, i => Named(Vocabulary.Categories, i.Category), Width: 28),
        new("Horisont", CellType.Text, i => Named(Vocabulary.Horizons, i.Horizon), Width: 34),
        new("Ansvarig förvaltning", CellType.Text, i => i.Department, Width: 30),
        new("Tillsammans med", CellType.Text, i => string.Join(", ", i.Together), Width: 30),
        new("Klart senast", CellType.Day, i => i.DueDate),
        new("Bedömd besparing (tkr)", CellType.Number, i => i.EstimatedSavingTkr, Width: 14),
        new("Bedömning", CellType.Text, i => Estimate(i.EstimateState), Width: 22),
        new("Realiserat (tkr)", CellType.Number, i => i.RealisedTkr, Width: 14),
        new("Beslutsreferens", CellType.Text, i => i.DecisionReference, Width: 26),
        new("Beslutat", CellType.Day, i => i.DecidedOn),
        new("Föreslagen", CellType.Day, i => SwedishTime.Day(i.ProposedAt)),
        new("Id", CellType.Text, i => i.Id.ToString(), Width: 38),
    ];

    /// <summary>The file of these items, a sheet named after their kind ("Åtgärder").</summary>
    public static byte[] Write(KindDescription kind, IEnumerable<Item> items) => Spreadsheet.Write(kind.Plural, Columns, items);

    /// <summary>"atgarder.xlsx": the kind's slug in the web app, which has no å, ä or ö to trouble a download.</summary>
    public static string FileName(KindDescription kind) => kind.Slug + ".xlsx";

    /// <summary>The estimate's state as the web app says it.</summary>
    public static string Estimate(EstimateState state) => state switch
    {
        EstimateState.Amount => "belopp",
        EstimateState.TooEarly => "för tidigt att bedöma",
        EstimateState.NotQuantified => "ej beloppsatt",
        _ => state.ToString(),
    };

    static string? Named(IReadOnlyDictionary<string, string> names, string? code) =>
        code is null ? null : names.GetValueOrDefault(code, code);
}
