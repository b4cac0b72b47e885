using Handlingsplan.Genomlysningar.Reading;
using Handlingsplan.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Handlingsplan.Genomlysningar.Downloading;

/// <summary>
/// The report as files, now or as of an instant: Word in the template's shape, Excel with a sheet per
/// table. Both are built from the same <see cref="GenomlysningReport"/> as the JSON and the web page;
/// the PDF is the web page printed.
/// </summary>
public static class DownloadReportEndpoint
{
    /// <summary>The report as a Word document (.docx): the template's headings and tables, Swedish number formats.</summary>
    [WolverineGet("/api/genomlysningar/{id}/report.docx")]
    [ProducesResponseType(typeof(byte[]), StatusCodes.Status200OK, ReportWord.ContentType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Word(Guid id, string? asOf, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var (report, problem) = await GetGenomlysningarEndpoint.ReadAsync(id, asOf, session, ct);
        return report is null ? problem! : Results.File(ReportWord.Build(report, clock.GetUtcNow()), ReportWord.ContentType, FileName(report, "docx"));
    }

    /// <summary>The report as an Excel workbook (.xlsx): a sheet per key-figure table and per section, amounts and values as numbers.</summary>
    [WolverineGet("/api/genomlysningar/{id}/report.xlsx")]
    [ProducesResponseType(typeof(byte[]), StatusCodes.Status200OK, ReportExcel.ContentType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Excel(Guid id, string? asOf, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var (report, problem) = await GetGenomlysningarEndpoint.ReadAsync(id, asOf, session, ct);
        return report is null ? problem! : Results.File(ReportExcel.Build(report, clock.GetUtcNow()), ReportExcel.ContentType, FileName(report, "xlsx"));
    }

    /// <summary>"genomlysning-KS-2024.docx", or "genomlysning-KS-2024-per-2025-03-01.docx" as of a day.</summary>
    public static string FileName(GenomlysningReport report, string extension) =>
        $"genomlysning-{report.Committee}-{report.Year}" + (report.AsOf is { } at ? $"-per-{SwedishTime.InSweden(at):yyyy-MM-dd}" : "") + "." + extension;
}
