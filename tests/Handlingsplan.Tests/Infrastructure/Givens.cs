using Handlingsplan.Items.Proposing;
using System.Text.Json;
using Alba;
using Handlingsplan.Items;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>Reusable givens, through the public HTTP contract.</summary>
public static class Givens
{
    public static async Task<ItemCreated> Proposed(this IAlbaHost host, string kind = "measures", string committee = "KS", decimal? estimate = 500m, string title = "Samordna lokalvård")
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(new { title, description = "Beskrivning", committee, estimatedSavingTkr = estimate, source = "Test" }).ToUrl($"/api/{kind}");
            s.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<ItemCreated>())!;
    }

    /// <summary>Takes a lifecycle step that must succeed; answers the new version.</summary>
    public static async Task<long> Step(this IAlbaHost host, string kind, Guid id, string step, object body)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl($"/api/{kind}/{id}/{step}");
            s.StatusCodeShouldBe(200);
        });
        return (await result.ReadAsJsonAsync<ItemVersion>())!.Version;
    }

    public static Task<long> Prioritised(this IAlbaHost host, string kind, Guid id, long version, string decisionReference = "KS 2024-09-02 § 123") =>
        host.Step(kind, id, "prioritise", new { decisionReference, reason = "Prioriterad i budgeten", expectedVersion = version });

    public static Task<long> Assigned(this IAlbaHost host, string kind, Guid id, long version, string department = "Kommunledningskontoret") =>
        host.Step(kind, id, "assign", new { department, responsibleRole = "Ekonomichef", dueDate = "2040-06-30", expectedVersion = version });

    /// <summary>Proposed, prioritised and assigned: ready to realise savings.</summary>
    public static async Task<ItemCreated> AssignedItem(this IAlbaHost host, string kind = "measures", string committee = "KS", decimal? estimate = 500m, string title = "Samordna lokalvård")
    {
        var created = await host.Proposed(kind, committee, estimate, title);
        var version = await host.Prioritised(kind, created.Id, created.Version);
        version = await host.Assigned(kind, created.Id, version);
        return created with { Version = version };
    }

    public static Task<long> Realised(this IAlbaHost host, Guid id, long expectedVersion, decimal amount, int year = 2025, bool recurring = true, string kind = "measures", bool confirmed = false) =>
        host.Step(kind, id, "realise", new { amountTkr = amount, year, recurring, note = "Uppföljning", expectedVersion, confirmed });

    public static async Task<T> GetJson<T>(this IAlbaHost host, string url)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBeOk();
        });
        return (await result.ReadAsJsonAsync<T>())!;
    }

    /// <summary>Posts and expects a problem+json answer with the given status; answers the problem.</summary>
    public static async Task<JsonElement> Problem(this IAlbaHost host, string url, object body, int status)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl(url);
            s.StatusCodeShouldBe(status);
            s.ContentTypeShouldBe("application/problem+json");
        });
        return await result.ReadAsJsonAsync<JsonElement>();
    }
}
