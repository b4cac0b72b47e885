using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Handlingsplan.Tests.Browser;

/// <summary>Reading back what Chromium printed.</summary>
public static class Printed
{
    public static string Plain(string text) => Regex.Replace(Regex.Replace(text, @"[\s\u00a0\u202f]+", " "), @"(?<=\w-) (?=\w)", "").Trim();

    /// <summary>The text of a PDF in the order it was drawn (a table cell at a time), by poppler's pdftotext (Debian: poppler-utils).</summary>
    public static async Task<string> PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"printed-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("pdftotext did not start: apt-get install poppler-utils");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
            return text;
        }
        finally { File.Delete(path); }
    }
}
