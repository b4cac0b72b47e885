using System.IO.Compression;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Handlingsplan.Infrastructure;
using JasperFx.Events;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Attaching;

/// <summary>
/// The bytes of one attached file, kept as a document beside the item and written in the same
/// transaction as its <see cref="AttachmentAdded"/> event, which holds the SHA-256 they must hash to.
/// </summary>
public sealed class AttachmentContent
{
    /// <summary>The attachment's id, as in its event.</summary>
    public Guid Id { get; set; }
    public Guid ItemId { get; set; }
    public byte[] Bytes { get; set; } = [];
}

/// <summary>One kind of file an item takes: its extensions, the one content type it is served with, and how its bytes are recognised.</summary>
public sealed record AttachmentType(IReadOnlyList<string> Extensions, string ContentType, string Name, Func<byte[], bool> Matches);

/// <summary>
/// What may be attached: PDF, Word (.docx), Excel (.xlsx), PNG and JPEG, at most <see cref="MaxBytes"/>.
/// The extension, the declared content type and the bytes must agree: a PDF begins with <c>%PDF-</c>,
/// a PNG and a JPEG with their signatures, and a .docx or .xlsx is a ZIP package holding
/// <c>[Content_Types].xml</c> and its main part. Everything here is pure.
/// </summary>
public static class AttachmentRules
{
    public const int MaxBytes = RequestGuard.MaxAttachmentBytes;
    public const int MaxFileNameLength = 200;
    /// <summary>Sent by browsers that do not know a type: then the extension and the bytes decide.</summary>
    const string Undeclared = "application/octet-stream";

    static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static IReadOnlyList<AttachmentType> Types { get; } =
    [
        new([".pdf"], "application/pdf", "PDF", b => b.AsSpan().StartsWith("%PDF-"u8)),
        new([".docx"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word-dokument (.docx)", b => IsPackageWith(b, "word/document.xml")),
        new([".xlsx"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel-arbetsbok (.xlsx)", b => IsPackageWith(b, "xl/workbook.xml")),
        new([".png"], "image/png", "PNG-bild", b => b.AsSpan().StartsWith(PngSignature)),
        new([".jpg", ".jpeg"], "image/jpeg", "JPEG-bild", b => b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])),
    ];

    public static string Accepted => "PDF, Word (.docx), Excel (.xlsx), PNG eller JPEG";

    /// <summary>The extensions as an <c>accept</c> attribute of a file input lists them.</summary>
    public static string AcceptAttribute => string.Join(",", Types.SelectMany(t => t.Extensions.Append(t.ContentType)));

    public static string SizeText => $"{MaxBytes / (1024 * 1024)} MB";

    /// <summary>The type of a file by its name's extension, or null when it is not one of those taken.</summary>
    public static AttachmentType? ByFileName(string fileName) =>
        Types.FirstOrDefault(t => t.Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()));

    /// <summary>Why the file cannot be attached (the HTTP status and a Swedish message), or null when it can, with its type.</summary>
    public static (int Status, string Message)? Check(string fileName, string? declaredType, byte[] bytes, out AttachmentType? type)
    {
        type = null;
        if (bytes.Length == 0) return (StatusCodes.Status400BadRequest, "Filen är tom. Välj en fil med innehåll.");
        if (bytes.Length > MaxBytes)
            return (StatusCodes.Status413PayloadTooLarge, $"Filen är {SwedishFormat.Bytes(bytes.Length)}; en bilaga får vara högst {SizeText}.");
        if (fileName.Length == 0 || fileName.Length > MaxFileNameLength || fileName.Any(char.IsControl))
            return (StatusCodes.Status400BadRequest, $"Filnamnet måste finnas och vara högst {MaxFileNameLength} tecken, utan kontrolltecken.");
        if (ByFileName(fileName) is not { } byName)
            return (StatusCodes.Status415UnsupportedMediaType, $"Filtypen \"{Path.GetExtension(fileName)}\" tas inte emot. Bifoga {Accepted}.");
        var declared = declaredType?.Split(';')[0].Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(declared) && declared != Undeclared && declared != byName.ContentType)
            return (StatusCodes.Status415UnsupportedMediaType,
                $"Filen heter {fileName} men skickades som \"{declared}\". Namnet och typen måste stämma överens: en {byName.Name} skickas som {byName.ContentType}.");
        if (!byName.Matches(bytes))
            return (StatusCodes.Status415UnsupportedMediaType,
                $"Innehållet i {fileName} är inte en {byName.Name}, som namnet säger. Spara filen i rätt format och försök igen.");
        type = byName;
        return null;
    }

    /// <summary>A ZIP package (Office Open XML) with its content types and the main part of a document of its kind.</summary>
    static bool IsPackageWith(byte[] bytes, string mainPart)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry(mainPart) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The name the file is stored under: the last part of what the browser sent, trimmed.</summary>
    public static string FileNameOf(string? sent) =>
        (sent ?? "").Split('/', '\\').Last().Trim();

    /// <summary>The SHA-256 of the bytes, in lower-case hex as the event records it.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>
/// An upload as read from its multipart form (<c>file</c>, optional <c>description</c> and
/// <c>expectedVersion</c>), before any check of the item: the file, its SHA-256, or why it cannot be taken.
/// </summary>
public sealed record AttachmentUpload(
    string FileName, string ContentType, byte[] Bytes, string Sha256, string? Description, long? ExpectedVersion,
    (int Status, string Field, string Message)? Problem) : IStepCommand;

/// <summary>The answer to an attachment: the item's new version, and the attachment's id, SHA-256 and address.</summary>
public sealed record AttachmentAccepted(Guid Id, long Version, Guid AttachmentId, string Sha256, string Download);

/// <summary>
/// A file attached to an item, by anyone who may write to it, in any status. The form is read whole
/// first; the item's checks (<see cref="StepGuard"/>) come before the file's, and a refusal of either
/// writes nothing. The bytes go into an <see cref="AttachmentContent"/> in the same transaction as
/// the event, whose SHA-256 the audit chain then covers.
/// </summary>
public sealed class AddAttachment : IStep
{
    public static Step Step { get; } = new()
    {
        Name = "attach",
        Route = "attachments",
        Verb = "bifoga en fil",
        Button = "Bifoga filen",
        Order = 21,
        From = Lifecycle.Any,
        Who = Taker.Owner,
        Aside = true,
        Fields = _ => [new("description", "Beskrivning", Hint: "Valfritt, t.ex. vad filen visar.")],
        Events =
        [
            new StepEvent<AttachmentAdded>("Bilaga tillagd",
                (item, e) => item with { Attachments = [.. item.Attachments, new Attachment(e.AttachmentId, e.FileName, e.ContentType, e.SizeBytes, e.Sha256, e.Description, e.AddedAt)] },
                e => $"Bilaga {e.FileName} ({SwedishFormat.Bytes(e.SizeBytes)}, SHA-256 {e.Sha256[..12]}…).{(e.Description is null ? "" : $" {e.Description}")}"),
        ],
    };

    public static async Task<AttachmentUpload> LoadAsync(HttpRequest request, CancellationToken ct)
    {
        static AttachmentUpload Refused(int status, string field, string message, long? version = null) =>
            new("", "", [], "", null, version, (status, field, message));

        if (!request.HasFormContentType)
            return Refused(StatusCodes.Status415UnsupportedMediaType, "file",
                $"Skicka filen som multipart/form-data, med fälten file, description (valfritt) och expectedVersion (valfritt).");
        var form = await request.ReadFormAsync(ct);
        long? version = null;
        if (form["expectedVersion"] is { Count: > 0 } given && !string.IsNullOrWhiteSpace(given[0]))
        {
            if (!long.TryParse(given[0], out var parsed) || parsed < 1)
                return Refused(StatusCodes.Status400BadRequest, "expectedVersion", "expectedVersion måste vara ett heltal, minst 1.");
            version = parsed;
        }
        var description = Rules.Trimmed(form["description"].ToString());
        if (description is { Length: > Limits.MaxShortTextLength })
            return Refused(StatusCodes.Status400BadRequest, "description", $"Beskrivningen får vara högst {Limits.MaxShortTextLength} tecken.", version);
        if (description is not null && description.Any(char.IsControl))
            return Refused(StatusCodes.Status400BadRequest, "description", "Beskrivningen ska stå på en rad, utan kontrolltecken.", version);
        if (form.Files.GetFile("file") is not { } file)
            return Refused(StatusCodes.Status400BadRequest, "file", $"Välj en fil att bifoga: {AttachmentRules.Accepted}, högst {AttachmentRules.SizeText}.", version);
        if (file.Length > AttachmentRules.MaxBytes)
            return Refused(StatusCodes.Status413PayloadTooLarge, "file",
                $"Filen är {SwedishFormat.Bytes(file.Length)}; en bilaga får vara högst {AttachmentRules.SizeText}. Inget har sparats.", version);

        await using var stream = new MemoryStream((int)file.Length);
        await file.CopyToAsync(stream, ct);
        var bytes = stream.ToArray();
        var name = AttachmentRules.FileNameOf(file.FileName);
        if (AttachmentRules.Check(name, file.ContentType, bytes, out var type) is { } wrong)
            return Refused(wrong.Status, "file", wrong.Message, version);
        return new AttachmentUpload(name, type!.ContentType, bytes, AttachmentRules.Sha256(bytes), description, version, null);
    }

    /// <summary>The item's checks, as every step has them, then the file's own.</summary>
    public static IResult Before(string kind, Guid id, [NotBody] AttachmentUpload upload, IEventStream<Item> stream, ClaimsPrincipal principal, IDocumentSession session)
    {
        if (StepGuard.Before<AddAttachment, AttachmentUpload>(kind, id, upload, stream, principal, session) is var guard and not WolverineContinue) return guard;
        if (upload.Problem is not { } problem) return WolverineContinue.Result();
        return Results.Problem(statusCode: problem.Status,
            title: problem.Status switch
            {
                StatusCodes.Status413PayloadTooLarge => "Filen är för stor",
                StatusCodes.Status415UnsupportedMediaType => "Filen tas inte emot",
                _ => "Uppgifterna är inte giltiga",
            },
            detail: problem.Message + (problem.Message.EndsWith("Inget har sparats.") ? "" : " Inget har sparats."),
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [problem.Field] = [problem.Message] } });
    }

    public static AttachmentAdded Decide(AttachmentUpload upload, Guid attachmentId, DateTimeOffset now) =>
        new(attachmentId, upload.FileName, upload.ContentType, upload.Bytes.LongLength, upload.Sha256, upload.Description, now);

    [WolverinePost("/api/{kind}/{id}/attachments")]
    [UploadForm("PDF, Word (.docx), Excel (.xlsx), PNG or JPEG, at most 10 MB; its content must be what its name and type say", "description", "expectedVersion")]
    public static (AttachmentAccepted, Events) Post(string kind, [NotBody] AttachmentUpload upload, [WriteAggregate(Required = false)] Item item,
        IDocumentSession session, TimeProvider clock)
    {
        var added = Decide(upload, Guid.CreateVersion7(), clock.GetUtcNow());
        session.Insert(new AttachmentContent { Id = added.AttachmentId, ItemId = item.Id, Bytes = upload.Bytes });
        return (new AttachmentAccepted(item.Id, item.Version + 1, added.AttachmentId, added.Sha256, $"/api/{kind}/{item.Id}/attachments/{added.AttachmentId}"),
            new Events([added]));
    }
}

/// <summary>
/// An attachment downloaded, only if its bytes still hash to the SHA-256 its event recorded; served
/// as a download under its own name, with the content type of its kind from the allow-list, never
/// sniffed and never run as a page.
/// </summary>
public static class DownloadAttachmentEndpoint
{
    [WolverineGet("/api/{kind}/{id}/attachments/{attachmentId}")]
    public static async Task<IResult> Get(string kind, Guid id, Guid attachmentId, HttpResponse response, IQuerySession session, CancellationToken ct)
    {
        if (Kinds.BySegment(kind) is not { } description) return Kinds.Unknown(kind);
        if (await Reading.ItemQueries.Find(description.Kind, id, session, ct) is not { } item) return Problems.NotFound(description.Indefinite, id);
        if (item.Attachments.FirstOrDefault(a => a.Id == attachmentId) is not { } attachment
            || await session.LoadAsync<AttachmentContent>(attachmentId, ct) is not { } content || content.ItemId != id)
            return Problems.NotFound($"bilaga till {description.Definite}", attachmentId);
        if (AttachmentRules.Sha256(content.Bytes) != attachment.Sha256)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Bilagan stämmer inte med historiken",
                detail: $"Innehållet i {attachment.FileName} har inte längre den SHA-256 som registrerades när filen bifogades ({attachment.Sha256}). " +
                        "Filen lämnas inte ut. Kontakta systemförvaltningen.");
        // Only a type from the allow-list is ever served, whatever the event says.
        var type = AttachmentRules.ByFileName(attachment.FileName)?.ContentType ?? "application/octet-stream";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        response.Headers.CacheControl = "private, no-store";
        return Results.File(content.Bytes, type, attachment.FileName);
    }
}
