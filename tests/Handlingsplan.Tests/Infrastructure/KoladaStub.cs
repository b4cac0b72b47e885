using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>
/// A local stand-in for Kolada's API (v2) on 127.0.0.1, answering from recorded JSON
/// (Fixtures/kolada): data filtered by KPI, municipality and year and paged by <c>next_page</c> as
/// Kolada pages, and municipality groups by title. A test can have Kolada revise a value, or be away.
/// </summary>
public sealed class KoladaStub : IAsyncDisposable
{
    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "kolada");
    readonly WebApplication _app;
    int _requests;

    KoladaStub(WebApplication app) => _app = app;

    /// <summary>The API's root, as the app's <c>Kolada:BaseAddress</c>.</summary>
    public string BaseAddress { get; private set; } = "";
    /// <summary>Answer from data-revised.json, as after Kolada revised a value.</summary>
    public bool Revised { get; set; }
    /// <summary>Drop every connection, as an unreachable Kolada would.</summary>
    public bool Away { get; set; }
    /// <summary>Entries a page; Kolada's own limit is 5 000, a small one makes every answer several pages.</summary>
    public int PerPage { get; set; } = 5;
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<KoladaStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new KoladaStub(app);
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref stub._requests);
            if (stub.Away) { context.Abort(); return; }
            await next(context);
        });
        app.MapGet("/v2/data/kpi/{kpis}/municipality/{municipalities}/year/{years}", (HttpContext context, string kpis, string municipalities, string years, int? page) =>
        {
            var all = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, stub.Revised ? "data-revised.json" : "data.json")))!["values"]!.AsArray();
            var wanted = all.Where(e =>
                    kpis.Split(',').Contains((string)e!["kpi"]!) &&
                    municipalities.Split(',').Contains((string)e["municipality"]!) &&
                    years.Split(',').Contains((string)e["period"]!))
                .Select(e => e!.DeepClone())
                .ToList();
            var number = Math.Max(page ?? 1, 1);
            var shown = wanted.Skip((number - 1) * stub.PerPage).Take(stub.PerPage).ToList();
            var answer = new JsonObject { ["values"] = new JsonArray([.. shown]), ["count"] = shown.Count };
            var request = context.Request;
            if (number * stub.PerPage < wanted.Count)
                answer["next_page"] = $"{request.Scheme}://{request.Host}{request.Path}?page={number + 1}";
            if (number > 1)
                answer["previous_page"] = $"{request.Scheme}://{request.Host}{request.Path}?page={number - 1}";
            return Results.Text(answer.ToJsonString(), "application/json");
        });
        app.MapGet("/v2/municipality_groups", (string? title) =>
        {
            var all = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "municipality_groups.json")))!["values"]!.AsArray();
            var found = all.Where(g => title is null || ((string)g!["title"]!).Contains(title, StringComparison.OrdinalIgnoreCase)).Select(g => g!.DeepClone()).ToList();
            return Results.Text(new JsonObject { ["values"] = new JsonArray([.. found]), ["count"] = found.Count }.ToJsonString(), "application/json");
        });
        app.MapFallback(() => Results.NotFound());
        await app.StartAsync();
        stub.BaseAddress = app.Urls.First().TrimEnd('/') + "/v2/";
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
