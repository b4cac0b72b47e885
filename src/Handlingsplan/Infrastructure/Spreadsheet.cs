using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// A list as an Excel file (.xlsx): one sheet, Swedish headings, amounts and numbers as number
/// cells and days and instants as date cells, so that Excel sums, sorts and filters them as they
/// are, without a conversion that depends on the reader's regional settings (as CSV's does).
/// Written by MiniExcel; the sheet's columns and their types are declared here, not guessed from
/// the rows, so an empty selection still gives a sheet with its headings.
/// </summary>
public static class Spreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The kinds of cell a column holds; each is written as Excel's own type, never as text that looks like one.</summary>
    public enum CellType { Text, Number, Day, Instant }

    /// <summary>One column: its heading, what it holds, and how a row fills it.</summary>
    public sealed record Column<T>(string Heading, CellType Type, Func<T, object?> Value, double? Width = null);

    /// <summary>The workbook of one sheet, with a row per item of <paramref name="rows"/>.</summary>
    public static byte[] Write<T>(string sheetName, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        var table = new DataTable(sheetName);
        foreach (var column in columns)
            table.Columns.Add(column.Heading, column.Type switch
            {
                CellType.Number => typeof(decimal),
                CellType.Day or CellType.Instant => typeof(DateTime),
                _ => typeof(string),
            });
        foreach (var row in rows)
            table.Rows.Add(columns.Select(c => Cell(c.Type, c.Value(row)) ?? DBNull.Value).ToArray());

        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = columns
                .Where(c => c.Width is not null || c.Type is CellType.Day or CellType.Instant)
                .Select(c => new DynamicExcelColumn(c.Heading)
                {
                    Format = c.Type switch { CellType.Day => "yyyy-mm-dd", CellType.Instant => "yyyy-mm-dd hh:mm:ss", _ => null },
                    Width = c.Width ?? (c.Type == CellType.Instant ? 19 : 11),
                })
                .ToArray(),
        };
        using var file = new MemoryStream();
        file.SaveAs(table, sheetName: sheetName, configuration: configuration);
        return file.ToArray();
    }

    static object? Cell(CellType type, object? value) => value switch
    {
        null => null,
        string text when type == CellType.Text => text.Length == 0 ? null : Guard(text),
        decimal or int or long or double when type == CellType.Number => Convert.ToDecimal(value),
        DateOnly day when type == CellType.Day => day.ToDateTime(TimeOnly.MinValue),
        // Instants in Swedish time, as the web app shows them: a cell has no time zone.
        DateTimeOffset at when type == CellType.Instant => SwedishTime.InSweden(at).DateTime,
        _ => throw new ArgumentException($"A {type} column cannot hold {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>
    /// Text a spreadsheet would take for the start of a formula (a leading =, +, -, @, TAB or CR)
    /// gets an apostrophe before it, as in the CSV: harmless in this file, where a text cell is
    /// never evaluated, but a cell copied out of it, or the sheet saved again as CSV, could be.
    /// </summary>
    public static string Guard(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
