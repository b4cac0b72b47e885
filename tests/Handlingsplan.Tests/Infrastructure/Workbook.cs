using System.IO.Compression;
using System.Xml.Linq;
using Alba;
using MiniExcelLibs;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>
/// An Excel file as the tests read it: the rows through MiniExcel, as a reader of the file gets them
/// (a number cell comes back as a double, a date cell as a DateTime, text as a string), and the
/// sheet's own XML, to see each cell's stored type and that no cell holds a formula.
/// </summary>
public sealed class Workbook
{
    static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public required IReadOnlyList<string> Headings { get; init; }
    public required IReadOnlyList<IDictionary<string, object?>> Rows { get; init; }
    public required XDocument Sheet { get; init; }
    public required string SheetName { get; init; }

    public static Workbook Read(byte[] file)
    {
        using var rows = new MemoryStream(file);
        using var zip = new ZipArchive(new MemoryStream(file));
        XDocument Part(string name)
        {
            using var part = zip.GetEntry(name)!.Open();
            return XDocument.Load(part);
        }
        var sheet = Part("xl/worksheets/sheet1.xml");
        return new Workbook
        {
            // From the XML: MiniExcel gives no columns for a sheet that has only its heading row.
            Headings = sheet.Descendants(Main + "row").First().Elements(Main + "c").Select(c => (string)c.Element(Main + "v")!).ToList(),
            Rows = rows.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList(),
            Sheet = sheet,
            SheetName = Part("xl/workbook.xml").Descendants(Main + "sheet").Single().Attribute("name")!.Value,
        };
    }

    /// <summary>Downloads a file through the app and reads it, after checking that it is an Excel file with this name.</summary>
    public static async Task<Workbook> Download(IAlbaHost host, string url, string fileName)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBeOk();
        });
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", result.Context.Response.ContentType);
        Assert.Contains($"filename={fileName}", result.Context.Response.Headers.ContentDisposition.ToString());
        var body = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(body);
        return Read(body.ToArray());
    }

    /// <summary>Every cell of the sheet's XML: its reference (A2), its stored type (t: absent for a number or date) and its text.</summary>
    public IEnumerable<(string Reference, string? Type, string Value)> Cells =>
        Sheet.Descendants(Main + "c").Select(c => (c.Attribute("r")!.Value, c.Attribute("t")?.Value, (string?)c.Element(Main + "v") ?? ""));

    /// <summary>The cells of one column below the heading row, by its heading.</summary>
    public IEnumerable<(string Reference, string? Type, string Value)> Column(string heading)
    {
        var letter = (char)('A' + Headings.ToList().IndexOf(heading));
        Assert.True(letter >= 'A', $"no column '{heading}'");
        return Cells.Where(c => c.Reference[0] == letter && char.IsDigit(c.Reference[1]) && c.Reference[1..] != "1");
    }

    public bool HasFormula => Sheet.Descendants(Main + "f").Any();
}
