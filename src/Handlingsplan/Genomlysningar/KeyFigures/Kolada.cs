using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Handlingsplan.Genomlysningar.KeyFigures;

/// <summary>
/// Where Kolada is and whom to ask about (<c>Kolada</c> in the configuration). Each column of the
/// template's comparison is a Kolada municipality id or group id; the similar municipalities are found
/// by the group's title unless their id is given.
/// </summary>
public sealed class KoladaOptions
{
    public const string Section = "Kolada";

    /// <summary>Kolada's open API, version 2.</summary>
    public string BaseAddress { get; set; } = "https://api.kolada.se/v2/";
    /// <summary>Alingsås kommun in Kolada.</summary>
    public string Municipality { get; set; } = "1489";
    public string MunicipalityName { get; set; } = "Alingsås";
    /// <summary>Kolada's group of municipalities structurally similar to Alingsås, when its id is known.</summary>
    public string? SimilarGroupId { get; set; }
    /// <summary>The title to look the group up by, when its id is not given.</summary>
    public string SimilarGroupTitle { get; set; } = "Liknande kommuner övergripande, Alingsås";
    /// <summary>The average of the country's municipalities ("Riket" in Kolada).</summary>
    public string AverageId { get; set; } = "0000";
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Whom to ask about for a municipality: these settings for the first customer; for another, who
    /// its plan file says it is in Kolada (no municipality id when it said nothing).
    /// </summary>
    public KoladaOptions For(Tenancy.Municipality municipality)
    {
        if (municipality.IsDefault) return this;
        var name = municipality.Kolada?.Name ?? (municipality.Name.EndsWith(" kommun", StringComparison.Ordinal) ? municipality.Name[..^" kommun".Length] : municipality.Name);
        return new KoladaOptions
        {
            BaseAddress = BaseAddress,
            Municipality = municipality.Kolada?.Municipality ?? "",
            MunicipalityName = name,
            SimilarGroupId = municipality.Kolada?.SimilarGroupId,
            SimilarGroupTitle = municipality.Kolada?.SimilarGroupTitle ?? $"Liknande kommuner övergripande, {name}",
            AverageId = AverageId,
            TimeoutSeconds = TimeoutSeconds,
        };
    }
}

/// <summary>Kolada did not answer, or answered something that is not its API's; nothing was stored.</summary>
public sealed class KoladaUnreachable(string reason, Exception? inner = null) : Exception(reason, inner);

/// <summary>
/// Answers a request that needed Kolada, when Kolada could not be reached, with 503 and a Swedish
/// problem; nothing of the request was stored, and everything else of the app goes on.
/// </summary>
public sealed class KoladaUnreachableHandler(ILogger<KoladaUnreachableHandler> logger) : Microsoft.AspNetCore.Diagnostics.IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not KoladaUnreachable unreachable) return false;
        logger.LogWarning("Kolada could not be reached: {Reason}", unreachable.Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Kolada kunde inte nås",
                detail: $"{unreachable.Message} Inget har sparats, och nyckeltalen som redan finns visas som förut. Försök igen senare.")
            .ExecuteAsync(context);
        return true;
    }
}

/// <summary>One value as Kolada gives it: a KPI for a municipality (or group) and a year, the total of both genders.</summary>
public sealed record KoladaValue(string Kpi, string Municipality, int Year, decimal? Value);

/// <summary>
/// Kolada's open API (v2) over HTTP, read-only: data for KPIs, municipalities and years, following
/// <c>next_page</c> until the last page, and municipality groups by title.
/// </summary>
public sealed class KoladaClient(IHttpClientFactory clients)
{
    /// <summary>The named HTTP client with Kolada's address and time-out (<see cref="Configuration.AddKolada"/>).</summary>
    public const string HttpClientName = "kolada";

    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<KoladaValue>> DataAsync(IReadOnlyCollection<string> kpis, IReadOnlyCollection<string> municipalities, IReadOnlyCollection<int> years, CancellationToken ct)
    {
        var values = new List<KoladaValue>();
        var url = $"data/kpi/{string.Join(',', kpis.Select(Uri.EscapeDataString))}/municipality/{string.Join(',', municipalities.Select(Uri.EscapeDataString))}/year/{string.Join(',', years)}";
        for (var pages = 0; url is not null; pages++)
        {
            if (pages >= 100) throw new KoladaUnreachable("Kolada svarade med fler än 100 sidor.");
            var page = await GetAsync<Page<DataEntry>>(url, ct);
            foreach (var entry in page.Values)
            {
                if (!int.TryParse(entry.Period, out var year)) continue;
                // "T" is the total of both genders; a KPI not divided by gender has only that.
                var total = entry.Values.FirstOrDefault(v => v.Gender == "T") ?? entry.Values.FirstOrDefault();
                values.Add(new KoladaValue(entry.Kpi, entry.Municipality, year, total?.Value));
            }
            url = page.NextPage;
        }
        return values;
    }

    /// <summary>The id of the municipality group with this title, or null when Kolada has none.</summary>
    public async Task<string?> GroupIdAsync(string title, CancellationToken ct)
    {
        var page = await GetAsync<Page<Group>>($"municipality_groups?title={Uri.EscapeDataString(title)}", ct);
        return page.Values.FirstOrDefault(g => string.Equals(g.Title, title, StringComparison.OrdinalIgnoreCase))?.Id
               ?? page.Values.FirstOrDefault()?.Id;
    }

    async Task<T> GetAsync<T>(string url, CancellationToken ct)
    {
        try
        {
            using var response = await clients.CreateClient(HttpClientName).GetAsync(url, ct);
            if (!response.IsSuccessStatusCode)
                throw new KoladaUnreachable($"Kolada svarade {(int)response.StatusCode} {response.ReasonPhrase}.");
            return await response.Content.ReadFromJsonAsync<T>(Options, ct) ?? throw new KoladaUnreachable("Kolada svarade utan innehåll.");
        }
        catch (HttpRequestException e)
        {
            throw new KoladaUnreachable($"Kolada kunde inte nås ({e.HttpRequestError}).", e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new KoladaUnreachable("Kolada svarade inte i tid.", e);
        }
        catch (JsonException e)
        {
            throw new KoladaUnreachable("Kolada svarade med något som inte är dess API:s JSON.", e);
        }
    }

    sealed record Page<TValue>(IReadOnlyList<TValue> Values, int Count, [property: JsonPropertyName("next_page")] string? NextPage);

    sealed record DataEntry(string Kpi, string Municipality, string Period, IReadOnlyList<DataValue> Values);

    sealed record DataValue(int? Count, string Gender, string? Status, decimal? Value);

    sealed record Group(string Id, string Title);
}
