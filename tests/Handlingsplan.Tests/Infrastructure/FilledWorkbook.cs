using System.Data;
using MiniExcelLibs;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>
/// A genomlysning's Excel file as a nämnd fills it in: each section's table read by its headings (the
/// row that names the Id column), rows added or changed, and written back as Excel saves it, headings
/// first, also over a table with no rows.
/// </summary>
public sealed class FilledWorkbook
{
    readonly Dictionary<string, List<string>> _headings = new();

    public Dictionary<string, List<Dictionary<string, object?>>> Sheets { get; } = new();

    public static FilledWorkbook Read(byte[] file)
    {
        var workbook = new FilledWorkbook();
        using var stream = new MemoryStream(file);
        foreach (var name in stream.GetSheetNames())
        {
            var rows = stream.Query(useHeaderRow: false, sheetName: name).Select(r => (IDictionary<string, object?>)r).ToList();
            var header = rows.FindIndex(r => r.Values.Any(v => v is string s && s.Trim() == "Id"));
            if (header < 0) continue;
            var headings = rows[header].Where(c => c.Value is string).ToDictionary(c => c.Key, c => ((string)c.Value!).Trim());
            workbook._headings[name] = headings.Values.ToList();
            workbook.Sheets[name] = rows.Skip(header + 1).Select(r => headings.ToDictionary(h => h.Value, h => r.TryGetValue(h.Key, out var v) ? v : null)).ToList();
        }
        return workbook;
    }

    /// <summary>The sheet whose name begins with the section's number, e.g. "4.1".</summary>
    public string SheetOf(string section) => Sheets.Keys.Single(k => k.StartsWith(section, StringComparison.Ordinal));

    /// <summary>A new shift on a sheet of section 4, below its rows.</summary>
    public void AddShift(string section, string? title, string? description, object? estimate)
    {
        var sheet = SheetOf(section);
        Sheets[sheet].Add(new Dictionary<string, object?> { ["Område"] = title, ["Beskrivning"] = description, ["Möjlig effektivisering (tkr)"] = estimate });
    }

    public byte[] Write()
    {
        var tables = Sheets.ToDictionary(s => s.Key, s =>
        {
            var table = new DataTable(s.Key);
            foreach (var heading in _headings[s.Key]) table.Columns.Add(heading, typeof(object));
            foreach (var row in s.Value) table.Rows.Add(_headings[s.Key].Select(h => row.GetValueOrDefault(h) ?? DBNull.Value).ToArray());
            return (object)table;
        });
        using var stream = new MemoryStream();
        stream.SaveAs(tables);
        return stream.ToArray();
    }
}
