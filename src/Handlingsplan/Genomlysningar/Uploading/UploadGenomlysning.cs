using System.Security.Claims;
using System.Security.Cryptography;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Handlingsplan.Items.FollowingUp;
using Handlingsplan.Items.Proposing;
using JasperFx.Events;
using Marten;
using MiniExcelLibs;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Genomlysningar.Uploading;

/// <summary>A file a nämnd uploaded into its genomlysning, accepted whole: what it became, and the file's SHA-256.</summary>
public sealed record GenomlysningUploaded(string FileName, string Sha256, IReadOnlyList<Guid> NewShifts, int FollowUps);

public sealed record UploadAccepted(Guid Id, long Version, IReadOnlyList<Guid> NewShifts, int FollowUps);

/// <summary>The file as read before the decision: its sheets, or why it could not be read, and the genomlysning's items.</summary>
public sealed record UploadInput(string FileName, string Sha256, IReadOnlyList<UploadedSheet> Sheets, string? Unreadable, IReadOnlyDictionary<Guid, Item> Items);

/// <summary>
/// A nämnd uploads its section 4 (new shifts) and its section 3 follow-ups from the Excel file the
/// product wrote of its genomlysning. Nothing is written unless every row is right; an accepted file
/// becomes ordinary events (a shift proposed, a follow-up recorded), stamped with the uploader, and
/// the genomlysning records the upload with the file's SHA-256.
/// </summary>
public static class UploadGenomlysningEndpoint
{
    public static async Task<UploadInput> LoadAsync(Guid id, IFormFile? file, IDocumentSession session, CancellationToken ct)
    {
        var genomlysning = await session.LoadAsync<Genomlysning>(id, ct);
        var items = genomlysning is null
            ? new Dictionary<Guid, Item>()
            : (await session.LoadManyAsync<Item>(ct, genomlysning.Links.Select(l => l.ItemId).Distinct())).ToDictionary(i => i.Id);
        if (file is null || file.Length == 0) return new UploadInput("", "", [], "Välj en Excelfil (.xlsx) att ladda upp.", items);
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        var sha = Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
        try
        {
            stream.Position = 0;
            return new UploadInput(file.FileName, sha, Read(stream), null, items);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new UploadInput(file.FileName, sha, [], "Filen gick inte att läsa som en Excelfil (.xlsx). Ladda upp filen som genomlysningen laddades ner som, ifylld.", items);
        }
    }

    /// <summary>Each sheet whose name starts with a section's number, its headings found in its first rows.</summary>
    static IReadOnlyList<UploadedSheet> Read(Stream stream)
    {
        var sheets = new List<UploadedSheet>();
        foreach (var name in stream.GetSheetNames())
        {
            if (UploadCheck.SectionOf(name) is null) { sheets.Add(new UploadedSheet(name, new Dictionary<string, string>(), [])); continue; }
            var rows = stream.Query(useHeaderRow: false, sheetName: name)
                .Select(r => (IDictionary<string, object?>)r)
                .ToList();
            // The headings are the first row that names the Id column; the rows below it are the table's.
            var header = rows.FindIndex(r => r.Values.Any(v => v is string s && s.Trim() == UploadCheck.IdHeading));
            if (header < 0) { sheets.Add(new UploadedSheet(name, new Dictionary<string, string>(), [])); continue; }
            var columns = rows[header]
                .Where(c => c.Value is string s && s.Trim().Length > 0)
                .GroupBy(c => ((string)c.Value!).Trim())
                .ToDictionary(g => g.Key, g => g.First().Key);
            var table = rows.Skip(header + 1)
                .Select((r, i) => new UploadedRow(header + 2 + i, columns.ToDictionary(c => c.Key, c => r.TryGetValue(c.Value, out var v) ? v : null)))
                .ToList();
            sheets.Add(new UploadedSheet(name, columns, table));
        }
        return sheets;
    }

    public static IResult Before(Guid id, UploadInput input, IEventStream<Genomlysning> stream, ClaimsPrincipal principal, IDocumentSession session)
    {
        var user = AppUser.From(principal);
        if (stream.Aggregate is not { } genomlysning) return Problems.NotFound("genomlysning", id);
        if (!Permissions.CanPropose(user, genomlysning.Committee))
            return Problems.Forbidden(Permissions.Refusal(user, $"Genomlysningen hör till {genomlysning.Committee}; du kan ladda upp till {user.Committee}s."));
        if (genomlysning.Status == GenomlysningStatus.Adopted)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Genomlysningen är antagen",
                detail: $"{genomlysning.Title} är antagen och tar inte emot fler förflyttningar. Ladda upp till årets genomlysning.");
        if (input.Unreadable is { } why) return Problems.Invalid(new Dictionary<string, string[]> { ["file"] = [why] });
        var (_, errors) = UploadCheck.Check(genomlysning, input.Sheets, input.Items, user);
        if (errors.Count > 0)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Filen har fel",
                detail: $"Inget har sparats. Rätta {(errors.Count == 1 ? "felet" : $"de {errors.Count} felen")} och ladda upp filen igen.",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = new Dictionary<string, string[]> { ["file"] = errors.Select(e => e.Text).ToArray() },
                    ["rows"] = errors,
                });
        session.StampWith(user);
        return WolverineContinue.Result();
    }

    [WolverinePost("/api/genomlysningar/{id}/uppladdning")]
    [UploadForm("the genomlysning's Excel file (.xlsx), as report.xlsx gives it, filled in")]
    public static (UploadAccepted, Events) Post(Guid id, [NotBody] UploadInput input, [WriteAggregate(Required = false)] Genomlysning genomlysning,
        ClaimsPrincipal principal, IDocumentSession session, TimeProvider clock)
    {
        var (plan, _) = UploadCheck.Check(genomlysning, input.Sheets, input.Items, AppUser.From(principal));
        var shifts = new List<GenomlysningLink>();
        foreach (var shift in plan.Shifts)
        {
            var shiftId = Guid.NewGuid();
            var proposal = new ProposeItem(shift.Title, shift.Description, genomlysning.Committee, null, null, shift.EstimatedSavingTkr,
                $"{genomlysning.Title}, avsnitt {GenomlysningText.Section(shift.Section).Number} (uppladdad fil {input.FileName})",
                NotQuantified: shift.NotQuantified ? true : null);
            session.Events.StartStream<Item>(shiftId, ProposeItemEndpoint.Decide(Kinds.Shift, proposal));
            shifts.Add(new GenomlysningLink(shiftId, shift.Section));
        }
        foreach (var group in plan.FollowUps.GroupBy(f => f.ItemId))
        {
            var item = input.Items[group.Key];
            session.Events.Append(group.Key, item.Version + group.Count(),
                group.SelectMany(f => FollowUpStep.Decide(new RecordFollowUp(f.Note, null), clock.GetUtcNow())).ToArray());
        }
        object[] events = shifts.Count > 0
            ? [new GenomlysningItemsLinked(shifts), new GenomlysningUploaded(input.FileName, input.Sha256, shifts.Select(s => s.ItemId).ToList(), plan.FollowUps.Count)]
            : [new GenomlysningUploaded(input.FileName, input.Sha256, [], plan.FollowUps.Count)];
        return (new UploadAccepted(id, genomlysning.Version + events.Length, shifts.Select(s => s.ItemId).ToList(), plan.FollowUps.Count), new Events(events));
    }
}
