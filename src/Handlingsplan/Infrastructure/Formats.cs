using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// The <c>format</c> of a list that can be had as JSON or as a file: the query's <c>format</c> when
/// given, else a file type that <c>Accept</c> names (a client that asks by header gets it too),
/// else the first, JSON. A <c>format</c> that is none of them is refused in Swedish, naming them all.
/// </summary>
public static class Formats
{
    public sealed record Format(string Name, string MediaType);

    public static readonly Format Json = new("json", "application/json");
    public static readonly Format Csv = new("csv", "text/csv");
    public static readonly Format Xlsx = new("xlsx", Spreadsheet.ContentType);

    static readonly IReadOnlyList<Format> All = [Json, Csv, Xlsx];

    public static Format Named(string name) => All.Single(f => f.Name == name);

    /// <summary>The format asked for, or null when <paramref name="format"/> names none of <paramref name="offered"/>; the first is the default.</summary>
    public static Format? Chosen(string? format, HttpRequest request, params IReadOnlyList<Format> offered)
    {
        if (format is not null) return offered.FirstOrDefault(f => string.Equals(f.Name, format, StringComparison.OrdinalIgnoreCase));
        var accept = request.Headers.Accept.ToString();
        return offered.Skip(1).FirstOrDefault(f => accept.Contains(f.MediaType, StringComparison.OrdinalIgnoreCase)) ?? offered[0];
    }

    /// <summary>
    /// The API description says, on each endpoint marked <see cref="OffersFormatsAttribute"/>, which
    /// values <c>format</c> takes and what each gives, and lists the files' media types beside JSON
    /// on its 200 answer.
    /// </summary>
    public static OpenApiOptions AddFormatDescription(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        var offered = context.Description.ActionDescriptor.EndpointMetadata?.OfType<OffersFormatsAttribute>().FirstOrDefault()?.Offered;
        if (offered is null || operation.Parameters?.FirstOrDefault(p => p.Name == "format") is not OpenApiParameter parameter) return Task.CompletedTask;
        var files = offered.Skip(1).ToList();
        parameter.Description =
            $"{string.Join(", ", offered.Select(f => f.Name))}; {offered[0].Name} (one page) when left out, unless Accept names {string.Join(" or ", files.Select(f => f.MediaType))}. " +
            $"{string.Join(" and ", files.Select(f => f.Name))} {(files.Count == 1 ? "gives" : "give")} a file of the whole selection, not paged. Any other value is refused with 400.";
        parameter.Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = offered.Select(f => (JsonNode)JsonValue.Create(f.Name)!).ToList(),
            Default = JsonValue.Create(offered[0].Name),
        };
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var file in files)
                response.Content[file.MediaType] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = file == Csv ? null : "binary" },
                };
        }
        return Task.CompletedTask;
    });

    /// <summary>400: "Okänt format 'x'. Välj csv, json eller xlsx."</summary>
    public static IResult Unknown(string format, params IReadOnlyList<Format> offered)
    {
        var names = offered.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        return Problems.Invalid(new Dictionary<string, string[]>
        {
            ["format"] = [$"Okänt format '{format}'. Välj {string.Join(", ", names.SkipLast(1))} eller {names[^1]}."],
        });
    }
}

/// <summary>
/// Names the formats an endpoint answers in, first the default, for the API description: its
/// <c>format</c> parameter lists them, and its 200 answer their media types.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OffersFormatsAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<Formats.Format> Offered { get; } = names.Select(Formats.Named).ToList();
}
