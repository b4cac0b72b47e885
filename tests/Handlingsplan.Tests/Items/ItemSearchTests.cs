using System.Net;
using System.Text.Json;
using Alba;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Items;

/// <summary>The lists' search (<c>q</c>) looks in the title, the description and the departments, in the API and on the page alike.</summary>
public sealed class ItemSearchTests(AppFixture fixture) : IntegrationContext(fixture)
{
    async Task<Guid> Proposed(string title, string description, string? department = null, string? together = null)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { title, description, committee = "SN", estimatedSavingTkr = 100m, source = "Test" }).ToUrl("/api/measures");
            s.StatusCodeShouldBe(201);
        });
        var created = (await result.ReadAsJsonAsync<Handlingsplan.Items.Proposing.ItemCreated>())!;
        if (department is null) return created.Id;
        var version = await Host.Prioritised("measures", created.Id, created.Version);
        await Host.Step("measures", created.Id, "assign", new
        {
            department, together = together is null ? null : new[] { together }, responsibleRole = "Förvaltningschef", dueDate = "2040-06-30", expectedVersion = version,
        });
        return created.Id;
    }

    async Task<Guid[]> Found(string query)
    {
        var items = await Host.GetJson<JsonElement[]>("/api/measures?pageSize=500&q=" + Uri.EscapeDataString(query));
        return items.Select(i => i.GetProperty("id").GetGuid()).ToArray();
    }

    [Fact]
    public async Task Q_finds_words_of_the_description_and_the_department_as_well_as_the_title()
    {
        var byTitle = await Proposed("Samordnad schemaläggning", "Gemensamma scheman för hemtjänsten");
        var byDescription = await Proposed("Färre hyrda lokaler", "Flytta arkivet till stadshusets källare");
        var byDepartment = await Proposed("Digital posthantering", "Skanna inkommande post", department: "Socialförvaltningen");
        var byPartner = await Proposed("Gemensam upphandling", "Ramavtal för städning", department: "Kommunledningskontoret", together: "Kultur- och utbildningsförvaltningen");

        Assert.Equal([byTitle], await Found("schemaläggning"));
        Assert.Equal([byDescription], await Found("STADSHUSETS KÄLLARE"));
        Assert.Equal([byDepartment], await Found("socialförvaltningen"));
        Assert.Equal([byPartner], await Found("utbildningsförvaltningen"));
        // Swedish case in the description too: "å" finds "Å".
        Assert.Contains(byTitle, await Found("GEMENSAMMA SCHEMAN"));
        Assert.Empty(await Found("finns inte någonstans"));

        // The page searches the same way, and the Excel file holds the same selection.
        var page = await Host.Scenario(s => { s.Get.Url("/atgarder?q=" + Uri.EscapeDataString("stadshusets")); s.StatusCodeShouldBeOk(); });
        var html = WebUtility.HtmlDecode(await page.ReadAsTextAsync());
        Assert.Contains("Färre hyrda lokaler", html);
        Assert.DoesNotContain("Digital posthantering", html);
    }

    [Fact]
    public async Task An_unknown_page_or_item_is_a_swedish_page_while_the_api_keeps_problem_json()
    {
        var unknown = await Host.Scenario(s => { s.Get.Url("/nope"); s.StatusCodeShouldBe(404); });
        Assert.Contains("Sidan finns inte", WebUtility.HtmlDecode(await unknown.ReadAsTextAsync()));
        var item = await Host.Scenario(s => { s.Get.Url($"/atgarder/{Guid.NewGuid()}"); s.StatusCodeShouldBe(404); });
        Assert.StartsWith("text/html", item.Context.Response.ContentType);
        var html = WebUtility.HtmlDecode(await item.ReadAsTextAsync());
        Assert.Contains("<html lang=\"sv\">", html);
        Assert.Contains("Åtgärden finns inte", html);
        Assert.Contains("aria-label=\"Huvudmeny\"", html);
        Assert.Contains("href=\"/atgarder\"", html);


        var api = await Host.Scenario(s => { s.Get.Url($"/api/measures/{Guid.NewGuid()}"); s.StatusCodeShouldBe(404); });
        Assert.Equal("application/problem+json", api.Context.Response.ContentType);
        var unknownApi = await Host.Scenario(s => { s.Get.Url("/api/nope"); s.StatusCodeShouldBe(404); });
        Assert.StartsWith("application/problem+json", unknownApi.Context.Response.ContentType);
    }
}
