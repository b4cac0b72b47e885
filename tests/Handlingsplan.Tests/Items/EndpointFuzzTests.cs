using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Items;

/// <summary>
/// A seeded fuzz of every write route and the reads with query parameters: hostile values in every
/// field (null, wrong types, control characters, extreme numbers and dates, unknown and empty GUIDs,
/// very long text). No answer is a 5xx, and every refusal is a Swedish problem body that names no
/// type of ours. The seed is fixed, so a failure reproduces.
/// </summary>
public sealed class EndpointFuzzTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly JsonNode?[] Hostile =
    [
        null, JsonValue.Create(""), JsonValue.Create("   "), JsonValue.Create("\u0000"), JsonValue.Create("a\u0001b"),
        JsonValue.Create("\t=1+1"), JsonValue.Create(new string('x', 5000)), JsonValue.Create("<script>alert(1)</script>"),
        JsonValue.Create("0001-01-01"), JsonValue.Create("9999-12-31"), JsonValue.Create("2025-02-30"),
        JsonValue.Create("00000000-0000-0000-0000-000000000000"), JsonValue.Create(Guid.NewGuid().ToString()),
        JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(long.MaxValue), JsonValue.Create(1e300),
        JsonValue.Create(0.1m), JsonValue.Create(true), JsonValue.Create("7"), new JsonArray(1, 2), new JsonObject { ["a"] = 1 },
    ];

    static readonly string[] Fields =
    [
        "title", "description", "committee", "category", "horizon", "estimatedSavingTkr", "notQuantified", "source",
        "decisionReference", "reason", "decidedOn", "department", "together", "responsibleRole", "dueDate",
        "amountTkr", "year", "recurring", "confirmed", "note", "number", "findings", "budgetedTkr", "expectedVersion",
    ];

    static JsonObject Body(Random random, long version)
    {
        var body = new JsonObject
        {
            ["title"] = "Fuzz", ["committee"] = "KS", ["decisionReference"] = "KS 2025-01-01 § 1", ["department"] = "Socialförvaltningen",
            ["amountTkr"] = 10, ["year"] = 2026, ["recurring"] = true, ["note"] = "n", ["reason"] = "r", ["findings"] = "f",
            ["number"] = 1, ["budgetedTkr"] = 100, ["expectedVersion"] = version,
        };
        for (var i = 0; i < random.Next(1, 4); i++)
            body[Fields[random.Next(Fields.Length)]] = Hostile[random.Next(Hostile.Length)]?.DeepClone();
        return body;
    }

    static async Task AssertNoServerErrorAndSwedish(HttpResponseMessage response, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode} {text}");
        if ((int)response.StatusCode >= 400)
        {
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{what}: {response.Content.Headers.ContentType} {text}");
            Assert.DoesNotContain("Handlingsplan.", text);
            Assert.DoesNotContain("System.", text);
            Assert.DoesNotContain("Invalid JSON", text);
        }
    }

    [Fact]
    public async Task No_hostile_body_on_any_write_route_gets_a_server_error()
    {
        var random = new Random(20261124);
        var client = await AuthorisedClient();
        var item = await Host.AssignedItem();
        var investigation = await Host.Proposed("investigations");
        var routes = new List<string> { "/api/measures", "/api/shifts", "/api/buffers/SN", $"/api/investigations/{investigation.Id}/measures" };
        routes.AddRange(Handlingsplan.Items.Steps.All.Select(s => $"/api/measures/{item.Id}/{s.Route}"));
        routes.AddRange(Handlingsplan.Items.Steps.All.Select(s => $"/api/measures/{Guid.NewGuid()}/{s.Route}"));

        foreach (var route in routes)
            for (var i = 0; i < 12; i++)
            {
                var body = Body(random, item.Version).ToJsonString();
                var response = await client.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"));
                await AssertNoServerErrorAndSwedish(response, $"POST {route} {body[..Math.Min(body.Length, 300)]}");
            }
    }

    [Theory]
    [InlineData("/api/measures?status={0}")]
    [InlineData("/api/measures?committee={0}")]
    [InlineData("/api/measures?asOf={0}")]
    [InlineData("/api/measures?q={0}")]
    [InlineData("/api/measures?format={0}")]
    [InlineData("/api/measures?format=xlsx&q={0}&asOf={0}")]
    [InlineData("/api/dashboard?asOf={0}")]
    [InlineData("/api/decisions?from={0}&to={0}")]
    [InlineData("/api/decisions?format={0}")]
    [InlineData("/api/decisions/state?on={0}")]
    [InlineData("/api/audit/export?from={0}")]
    [InlineData("/api/measures/{0}")]
    [InlineData("/api/measures/{0}/history")]
    public async Task No_hostile_query_or_path_value_gets_a_server_error(string template)
    {
        var client = await AuthorisedClient();
        string[] values = ["", "%00", "abc", "-1", "0001-01-01", "9999-12-31T23:59:59Z", "00000000-0000-0000-0000-000000000000",
            Guid.NewGuid().ToString(), new string('x', 2000), "%3Cscript%3E", "2025-02-30", "1e308"];
        // A NUL in the path itself never reaches the app: the server refuses the request line.
        foreach (var value in values.Where(v => !(v == "%00" && template.StartsWith("/api/measures/{0}"))))
        {
            var url = string.Format(template, value);
            await AssertNoServerErrorAndSwedish(await client.GetAsync(url), "GET " + url);
        }
    }
}
