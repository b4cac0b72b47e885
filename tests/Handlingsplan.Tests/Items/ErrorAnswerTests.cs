using System.Text.Json;
using Alba;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Items;

public sealed class ErrorAnswerTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task A_bad_proposal_gives_400_problem_json_per_field_and_writes_nothing()
    {
        var before = await EventCount();

        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { title = "", committee = "XYZ", estimatedSavingTkr = -5 }).ToUrl("/api/measures");
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });

        var problem = await result.ReadAsJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Contains("titel", errors.GetProperty("title")[0].GetString());
        Assert.Contains("XYZ", errors.GetProperty("committee")[0].GetString());
        Assert.Contains("negativ", errors.GetProperty("estimatedSavingTkr")[0].GetString());
        Assert.Equal(before, await EventCount());
        Assert.Empty(await Host.GetJson<JsonElement[]>("/api/measures"));
    }

    [Theory]
    [InlineData(0, 2025)]
    [InlineData(-100, 2025)]
    [InlineData(100, 1999)]
    [InlineData(100, 2101)]
    public async Task A_bad_realisation_gives_400_and_writes_nothing(decimal amount, int year)
    {
        var measure = await Host.AssignedItem();
        var before = await EventCount();

        await Host.Scenario(s =>
        {
            s.Post.Json(new { amountTkr = amount, year, recurring = true, expectedVersion = measure.Version }).ToUrl($"/api/measures/{measure.Id}/realise");
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });

        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task A_realisation_without_expected_version_gives_400()
    {
        var measure = await Host.AssignedItem();
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { amountTkr = 10, year = 2025, recurring = true }).ToUrl($"/api/measures/{measure.Id}/realise");
            s.StatusCodeShouldBe(400);
        });
        var problem = await result.ReadAsJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("expectedVersion", out _));
    }

    [Fact]
    public async Task A_stale_expected_version_gives_409_and_writes_nothing()
    {
        var measure = await Host.AssignedItem();
        await Host.Realised(measure.Id, measure.Version, 100);
        var before = await EventCount();

        var result = await Host.Scenario(s =>
        {
            // A retry of the same request: it must not count the saving twice.
            s.Post.Json(new { amountTkr = 100, year = 2025, recurring = true, expectedVersion = measure.Version }).ToUrl($"/api/measures/{measure.Id}/realise");
            s.StatusCodeShouldBe(409);
            s.ContentTypeShouldBe("application/problem+json");
        });

        var problem = await result.ReadAsJsonAsync<JsonElement>();
        Assert.Contains("ändrats av någon annan", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await EventCount());
        var read = await Host.GetJson<JsonElement>($"/api/measures/{measure.Id}");
        Assert.Equal(100m, read.GetProperty("realisedTkr").GetDecimal());
    }

    [Fact]
    public async Task Parallel_realisations_with_the_same_version_count_once()
    {
        var measure = await Host.AssignedItem();
        var client = await AuthorisedClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            client.PostAsync($"/api/measures/{measure.Id}/realise", JsonContent(new { amountTkr = 100, year = 2025, recurring = true, expectedVersion = measure.Version }))));

        Assert.Equal([200, 409], responses.Select(r => (int)r.StatusCode).Order());
        var read = await Host.GetJson<JsonElement>($"/api/measures/{measure.Id}");
        Assert.Equal(100m, read.GetProperty("realisedTkr").GetDecimal());
    }

    [Fact]
    public async Task Malformed_json_gives_400()
    {
        var client = await AuthorisedClient();
        var response = await client.PostAsync("/api/measures", new StringContent("{\"title\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(0, (await Host.GetJson<JsonElement[]>("/api/measures")).Length);
    }

    static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
