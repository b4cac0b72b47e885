using System.Net.Http.Json;
using Alba;
using Handlingsplan.Items;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>Reusable givens, through the public HTTP contract.</summary>
public static class Givens
{
    public static async Task<ItemCreated> ProposedMeasure(this IAlbaHost host, string committee = "KS", decimal? estimate = 500m, string title = "Samordna lokalvård")
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(new { title, description = "Beskrivning", committee, estimatedSavingTkr = estimate, source = "Test" }).ToUrl("/api/measures");
            s.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<ItemCreated>())!;
    }

    public static async Task<ItemVersion> Realised(this IAlbaHost host, Guid id, long expectedVersion, decimal amount, int year = 2025, bool recurring = true)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(new { amountTkr = amount, year, recurring, note = "Uppföljning", expectedVersion }).ToUrl($"/api/measures/{id}/realise");
            s.StatusCodeShouldBe(200);
        });
        return (await result.ReadAsJsonAsync<ItemVersion>())!;
    }

    public static async Task<T> GetJson<T>(this IAlbaHost host, string url)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBeOk();
        });
        return (await result.ReadAsJsonAsync<T>())!;
    }
}
