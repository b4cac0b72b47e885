using Handlingsplan.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>A signed-in user downloads a list and the decision log as Excel files from the web app, with the page's own filters.</summary>
public sealed class XlsxDownloadTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    async Task<Workbook> Download(ILocator link)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        return Workbook.Read(await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    [Fact]
    public async Task The_list_and_the_decision_log_download_as_Excel_with_the_filters_of_the_page()
    {
        // The signed-in session's cookie is all the download has: no token.
        await Page.GotoAsync("/atgarder");
        await Page.GetByLabel("Nämnd", new() { Exact = true }).SelectOptionAsync("KS");
        await Page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("prioritised");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        var shown = await Page.Locator("#item-list tbody tr").CountAsync();
        Assert.True(shown > 0);

        await Screenshot("list-download");
        var list = await Download(Page.GetByRole(AriaRole.Link, new() { Name = "Ladda ner som Excel" }));
        Assert.Equal(shown, list.Rows.Count);
        Assert.All(list.Rows, r => Assert.Equal("Kommunstyrelsen", r["Nämnd"]));
        Assert.All(list.Rows, r => Assert.Equal("prioriterad", r["Status"]));

        await Page.GotoAsync("/beslut?committee=SN");
        var count = await Page.Locator("#decision-log tbody tr").CountAsync();
        var log = await Download(Page.Locator("#download-xlsx"));
        Assert.Equal(count, log.Rows.Count);
        Assert.All(log.Rows, r => Assert.Equal("SN", r["Nämnd"]));
        await AssertAccessible("Beslutslogg med Excel");
    }
}
