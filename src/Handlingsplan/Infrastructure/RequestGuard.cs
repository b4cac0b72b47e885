using System.Text.Json;
using System.Text.RegularExpressions;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// Checks every API request before an endpoint sees it, for what no endpoint should have to: a body
/// larger than the contract needs (413), a body that is JSON <c>null</c>, text with control
/// characters the database cannot store (such as NUL), and the empty GUID in a path. Each gets a
/// Swedish problem answer, never a 500. A body that is not JSON at all is left to the endpoint,
/// which answers it in Swedish too.
/// </summary>
public static partial class RequestGuard
{
    /// <summary>The largest body the API reads: a proposal with the longest texts is well under 64 KB.</summary>
    public const int MaxBodyBytes = 256 * 1024;
    /// <summary>The largest file an item takes as an attachment.</summary>
    public const int MaxAttachmentBytes = 10 * 1024 * 1024;
    /// <summary>The largest multipart body of an attachment: the file, and room for the form's other fields.</summary>
    public const int MaxAttachmentBodyBytes = MaxAttachmentBytes + 64 * 1024;

    /// <summary>An upload of an attachment (<c>POST /api/{kind}/{id}/attachments</c>), whose body may be larger than the others.</summary>
    static bool IsAttachmentUpload(HttpRequest request) =>
        request.Path.Value!.EndsWith("/attachments", StringComparison.Ordinal) && request.HasFormContentType;

    [GeneratedRegex("/0{8}-0{4}-0{4}-0{4}-0{12}(/|$)")]
    private static partial Regex EmptyGuid();

    public static IApplicationBuilder UseRequestGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
        if (EmptyGuid().IsMatch(request.Path.Value!))
        {
            await Write(context, Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Hittades inte",
                detail: "Id 00000000-0000-0000-0000-000000000000 är inte en post. Ange postens id."));
            return;
        }
        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsPut(request.Method) && !HttpMethods.IsPatch(request.Method))
        {
            await next(context);
            return;
        }
        var attachment = IsAttachmentUpload(request);
        var limit = attachment ? MaxAttachmentBodyBytes : MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            await Write(context, attachment ? AttachmentTooLarge() : TooLarge());
            return;
        }

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: limit + 1);
        var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            body.Write(buffer, 0, read);
            if (body.Length > limit)
            {
                await Write(context, attachment ? AttachmentTooLarge() : TooLarge());
                return;
            }
        }
        request.Body.Position = 0;

        if (body.Length > 0 && request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true
            && Check(body.ToArray()) is { } problem)
        {
            await Write(context, problem);
            return;
        }
        await next(context);
    });

    /// <summary>Pure: the problem with a JSON body, or null when it has none this guard looks for.</summary>
    public static IResult? Check(byte[] body)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(body); }
        catch (JsonException) { return null; }
        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Null)
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ogiltig begäran",
                    detail: "Kroppen är null. Skicka ett JSON-objekt med fälten. Inget har sparats.");
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            var errors = new Dictionary<string, string[]>();
            foreach (var property in document.RootElement.EnumerateObject())
                if (HasControlCharacter(property.Value))
                    errors[property.Name] = ["Texten innehåller ett tecken som inte kan sparas (ett kontrolltecken, t.ex. NUL). Ta bort det och försök igen."];
            return errors.Count > 0 ? Problems.Invalid(errors) : null;
        }
    }

    static bool HasControlCharacter(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')),
        JsonValueKind.Array => value.EnumerateArray().Any(HasControlCharacter),
        JsonValueKind.Object => value.EnumerateObject().Any(p => HasControlCharacter(p.Value)),
        _ => false,
    };

    static IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "För stor begäran",
        detail: $"Kroppen får vara högst {MaxBodyBytes / 1024} KB. Inget har sparats.");

    static IResult AttachmentTooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Filen är för stor",
        detail: $"En bilaga får vara högst {MaxAttachmentBytes / (1024 * 1024)} MB. Inget har sparats.");

    static Task Write(HttpContext context, IResult result) => result.ExecuteAsync(context);
}
