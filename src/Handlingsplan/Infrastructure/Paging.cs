using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// One page of a list: <c>page</c> (from 1) and <c>pageSize</c> (50 unless given, at most 500). The
/// answer stays a JSON array; the total and the way to the next page travel in headers
/// (<c>X-Total-Count</c>, <c>Link</c>), so a client that reads only the array still works.
/// </summary>
public sealed record Paging(int Number, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;
    public const string TotalHeader = "X-Total-Count";

    public static readonly Paging First = new(1, DefaultSize);

    public int Skip => (Number - 1) * Size;

    /// <summary>Reads <c>page</c> and <c>pageSize</c>, or says in Swedish, per field, what is wrong with them.</summary>
    public static bool TryRead(string? page, string? pageSize, out Paging paging, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var number = 1;
        var size = DefaultSize;
        if (!string.IsNullOrWhiteSpace(page) && !(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1))
            errors["page"] = ["Ange sidan som ett heltal från 1."];
        if (!string.IsNullOrWhiteSpace(pageSize) && !(int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= MaxSize))
            errors["pageSize"] = [$"Ange sidans storlek som ett heltal från 1 till {MaxSize}."];
        paging = errors.Count == 0 ? new Paging(number, size) : First;
        return errors.Count == 0;
    }

    /// <summary>This page of a list held in memory.</summary>
    public IReadOnlyList<T> Of<T>(IReadOnlyList<T> all) => all.Skip(Skip).Take(Size).ToList();

    public int PageCount(long total) => (int)Math.Max(1, (total + Size - 1) / Size);

    /// <summary>The web app's page of a list of <paramref name="total"/>, 50 to a page: a number that is not one shows the first page, one past the end the last.</summary>
    public static Paging ForWeb(string? number, int total)
    {
        var paging = TryRead(number, null, out var read, out _) ? read : First;
        return paging.Number > paging.PageCount(total) ? paging with { Number = paging.PageCount(total) } : paging;
    }

    /// <summary>
    /// The web app's address of another page of a list, with the same query: the page number is
    /// <c>sida</c>, since Razor Pages keeps <c>page</c> for the page's own route.
    /// </summary>
    /// <param name="key">The page number's name in the query, for a page that pages two lists apart.</param>
    public static string WebLink(HttpRequest request, string path, int number, string key = "sida")
    {
        var query = request.Query.Where(q => q.Key != key).ToDictionary(q => q.Key, q => q.Value.ToString());
        if (number > 1) query[key] = number.ToString(CultureInfo.InvariantCulture);
        return path + new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(query);
    }

    /// <summary>Writes the total and the links to the neighbouring pages.</summary>
    public void Describe(HttpContext context, long total)
    {
        var response = context.Response;
        response.Headers[TotalHeader] = total.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Page"] = Number.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Page-Size"] = Size.ToString(CultureInfo.InvariantCulture);
        var request = context.Request;
        string Link(int number, string rel)
        {
            var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
            query["page"] = number.ToString(CultureInfo.InvariantCulture);
            query["pageSize"] = Size.ToString(CultureInfo.InvariantCulture);
            return $"<{request.Path}{new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(query)}>; rel=\"{rel}\"";
        }
        var links = new List<string> { Link(1, "first"), Link(PageCount(total), "last") };
        if (Number > 1) links.Add(Link(Math.Min(Number - 1, PageCount(total)), "prev"));
        if (Number < PageCount(total)) links.Add(Link(Number + 1, "next"));
        response.Headers.Link = string.Join(", ", links);
    }

    /// <summary>The API description says, on every paged list, what <c>page</c> and <c>pageSize</c> mean and which headers the answer carries.</summary>
    public static OpenApiOptions AddPagingDescription(OpenApiOptions options) => options.AddOperationTransformer((operation, _, _) =>
    {
        if (operation.Parameters?.FirstOrDefault(p => p.Name == "pageSize") is not OpenApiParameter size) return Task.CompletedTask;
        size.Description = $"Rows a page, 1–{MaxSize}; {DefaultSize} when left out.";
        size.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = MaxSize.ToString(CultureInfo.InvariantCulture), Default = DefaultSize };
        if (operation.Parameters.FirstOrDefault(p => p.Name == "page") is OpenApiParameter page)
        {
            page.Description = "The page, from 1; 1 when left out.";
            page.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Default = 1 };
        }
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[TotalHeader] = new OpenApiHeader
            {
                Description = "How many rows match in all, on every page.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            };
            response.Headers["Link"] = new OpenApiHeader
            {
                Description = "The first, last, previous and next pages, as RFC 8288 links (rel=\"first\", \"last\", \"prev\", \"next\").",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
        return Task.CompletedTask;
    });
}
