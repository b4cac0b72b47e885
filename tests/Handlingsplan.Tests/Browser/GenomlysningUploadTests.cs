using System.Net.Http.Json;
using System.Text.Json;
using Handlingsplan.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>A nämnd's filled-in Excel file uploaded from the report page: every error named, or the shifts created.</summary>
public sealed class GenomlysningUploadTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    async Task<string> Saved(FilledWorkbook file)
    {
        var path = Path.Combine(Path.GetTempPath(), $"genomlysning-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, file.Write());
        return path;
    }

    [Fact]
    public async Task An_upload_with_a_bad_row_lists_it_and_a_corrected_one_creates_the_shift()
    {
        var created = await Fixture.Api.PostAsJsonAsync("/api/genomlysningar", new { committee = "KS", year = 2025 });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var file = FilledWorkbook.Read(await Fixture.Api.GetByteArrayAsync($"/api/genomlysningar/{id}/report.xlsx"));
        file.AddShift("4.1", null, "Ett område utan namn", 300);

        await Page.GotoAsync($"/genomlysningar/{id}");
        await AssertAccessible("Genomlysning med uppladdning");
        await Page.GetByLabel("Excelfil (.xlsx)").SetInputFilesAsync(await Saved(file));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ladda upp" }).ClickAsync();

        var result = Page.Locator("[data-upload-result]");
        await Assertions.Expect(result).ToContainTextAsync("Inget har sparats");
        await Assertions.Expect(result.Locator("li")).ToHaveTextAsync([$"Bladet {file.SheetOf("4.1")}, rad 2, kolumn B: Ange området, förflyttningens rubrik."]);

        file.Sheets[file.SheetOf("4.1")][^1]["Område"] = "Samlad lokalvård";
        await Page.GetByLabel("Excelfil (.xlsx)").SetInputFilesAsync(await Saved(file));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ladda upp" }).ClickAsync();

        await Assertions.Expect(result).ToContainTextAsync("Filen togs emot: 1 nya förflyttningar och 0 uppföljningar.");
        await Assertions.Expect(Page.Locator("#section-4\\.1")).ToContainTextAsync("Samlad lokalvård");

        // Then its analysis, and its adoption, from the same page.
        await Page.GetByLabel("Analys", new() { Exact = true }).FillAsync("Lokalvården kan samlas.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara analysen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#section-2\\.4")).ToContainTextAsync("Lokalvården kan samlas.");
        await Page.GetByLabel("Beslut", new() { Exact = true }).FillAsync("KS 2025-09-01 § 120");
        await Page.GetByLabel("Beslutsdag").FillAsync("2025-09-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anta" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#report-intro")).ToContainTextAsync("Status: antagen");
        await Assertions.Expect(Page.Locator("form.upload-form")).ToHaveCountAsync(0);
        await AssertAccessible("Antagen genomlysning");
    }
}
