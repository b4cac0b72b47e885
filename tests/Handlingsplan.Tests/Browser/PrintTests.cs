using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>
/// The overview, a list, an item with its history and the decision log printed to PDF by Chromium
/// through the print stylesheet: no navigation or forms, the tables' text, and at the foot of every
/// page the date of the printout and the source of the figures.
/// </summary>
public sealed class PrintTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    async Task<string> Print(string path, string name)
    {
        await Page.GotoAsync(path);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var pdf = await Page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name + ".pdf") });
        var text = Printed.Plain(await Printed.PdfText(pdf));
        File.WriteAllText(Path.Combine(BrowserFixture.ArtifactsDirectory, name + ".txt"), text);
        // A document, not a page: no navigation, no sign-out, no forms.
        Assert.DoesNotContain("Hoppa till innehållet", text);
        Assert.DoesNotContain("Logga ut", text);
        Assert.DoesNotContain("Mina poster", text);
        // The foot of the page: when, and from where.
        Assert.Contains($"Utskrivet {Handlingsplan.Infrastructure.SwedishTime.Today():yyyy-MM-dd}", text);
        Assert.Contains("Källa: Handlingsplan, Alingsås kommun (händelselagret)", text);
        Assert.Contains("Sida 1 av", text);
        return text;
    }

    [Fact]
    public async Task The_overview_a_list_an_item_and_the_decision_log_print_as_documents()
    {
        var overview = await Print("/", "print-oversikt");
        Assert.Contains("Framsteg mot ambitionen", overview);
        Assert.Contains("Siffrorna som de stod vid utskriften", overview);

        var list = await Print("/atgarder", "print-atgarder");
        Assert.Contains("Ansvarig förvaltning", list);
        var first = (await Fixture.Api.GetFromJsonAsync<JsonElement>("/api/measures?pageSize=1"))[0];
        Assert.Contains(first.GetProperty("title").GetString()!, list);

        var item = await ProposeThroughApi(title: "Gemensam upphandling av skolskjuts");
        await StepThroughApi("measures", item.Id, "comment", new { text = "Underlaget kommer från ekonomienheten.", expectedVersion = item.Version });
        var detail = await Print($"/atgarder/{item.Id}", "print-post");
        Assert.Contains("Gemensam upphandling av skolskjuts", detail);
        Assert.Contains("Underlaget kommer från ekonomienheten.", detail);
        Assert.Contains("Posten som den stod vid utskriften", detail);

        var decisions = await Print("/beslut", "print-beslutslogg");
        Assert.Contains("KS 2023-12-11 § 217", decisions);
        Assert.Contains("Beslutat av", decisions);
    }
}
