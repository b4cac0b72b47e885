using Handlingsplan.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>A förvaltningschef comments on an item of their nämnd, attaches a PDF and registers its diarienummer, all from the item page.</summary>
public sealed class CommentsAndAttachmentsPageTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    [Fact]
    public async Task The_förvaltningschef_comments_and_attaches_a_pdf_and_sees_both_on_the_page_and_in_its_history()
    {
        var item = await ProposeThroughApi(title: "Samordnad hemtjänst i SN");
        await SignIn("chef-sn");
        await Page.GotoAsync($"/atgarder/{item.Id}");
        await Assertions.Expect(Page.Locator("#no-comments")).ToHaveTextAsync("Inga kommentarer ännu.");
        await AssertAccessible("Post med kommentarer och bilagor, tom");

        await Page.Locator("#comment-text").FillAsync("Underlaget från ekonomi är bifogat.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skicka kommentar" }).ClickAsync();
        var comments = Page.Locator("#comments");
        await Assertions.Expect(comments).ToContainTextAsync("Underlaget från ekonomi är bifogat.");
        await Assertions.Expect(comments).ToContainTextAsync("chef-sn");

        // A page that is not a PDF, named as one, is refused beside the field, in words.
        var form = Page.Locator("form.attachment-form");
        var file = form.GetByLabel("Fil", new() { Exact = true });
        await file.SetInputFilesAsync(new FilePayload { Name = "protokoll.pdf", MimeType = "application/pdf", Buffer = "<html><body>inte en pdf</body></html>"u8.ToArray() });
        await form.GetByRole(AriaRole.Button, new() { Name = "Bifoga filen" }).ClickAsync();
        await Assertions.Expect(form.Locator("[data-error-for=file]")).ToContainTextAsync("är inte en PDF");
        await Assertions.Expect(form.Locator("[data-form-error]")).ToContainTextAsync("Inget har sparats");
        await Assertions.Expect(file).ToHaveAttributeAsync("aria-invalid", "true");
        await AssertAccessible("Post med en bilaga som inte togs emot");

        var pdf = TestFiles.Pdf("Protokoll SN");
        await file.SetInputFilesAsync(new FilePayload { Name = "protokoll.pdf", MimeType = "application/pdf", Buffer = pdf });
        await form.GetByLabel("Beskrivning").FillAsync("Protokollsutdrag");
        await form.GetByRole(AriaRole.Button, new() { Name = "Bifoga filen" }).ClickAsync();

        var attachments = Page.Locator("#attachments");
        await Assertions.Expect(attachments).ToContainTextAsync("protokoll.pdf");
        await Assertions.Expect(attachments).ToContainTextAsync("Bifogad av chef-sn");
        await Assertions.Expect(attachments).ToContainTextAsync("Protokollsutdrag");
        var history = Page.Locator("#history");
        await Assertions.Expect(history).ToContainTextAsync("Kommentar");
        await Assertions.Expect(history).ToContainTextAsync("Underlaget från ekonomi är bifogat.");
        await Assertions.Expect(history).ToContainTextAsync("Bilaga tillagd");
        await Assertions.Expect(history).ToContainTextAsync("Bilaga protokoll.pdf");

        var download = await Page.RunAndWaitForDownloadAsync(() => attachments.GetByRole(AriaRole.Link, new() { Name = "Ladda ner protokoll.pdf" }).ClickAsync());
        Assert.Equal("protokoll.pdf", download.SuggestedFilename);
        Assert.Equal(pdf, await File.ReadAllBytesAsync((await download.PathAsync())!));

        await Page.Locator("[data-aside=registerDiarienummer] summary").ClickAsync();
        await Page.GetByLabel("Diarienummer", new() { Exact = true }).FillAsync("SN 2025/41");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara diarienummer" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#item-diarienummer")).ToContainTextAsync("SN 2025/41");
        await Assertions.Expect(history).ToContainTextAsync("Diarienummer registrerat");
        await AssertAccessible("Post med kommentar, bilaga och diarienummer");
        await Screenshot("post-med-kommentar-och-bilaga");
        Assert.Empty(ConsoleErrors.Where(e => !e.Contains("Failed to load resource")));
    }

    [Fact]
    public async Task The_revisor_reads_comments_and_attachments_but_is_offered_no_form()
    {
        var item = await ProposeThroughApi(title: "Läses av revisorn");
        await StepThroughApi("measures", item.Id, "comment", new { text = "En synpunkt" });
        await SignIn("revisor");
        await Page.GotoAsync($"/atgarder/{item.Id}");
        await Assertions.Expect(Page.Locator("#comments")).ToContainTextAsync("En synpunkt");
        await Assertions.Expect(Page.Locator("form.attachment-form")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("[data-aside]")).ToHaveCountAsync(0);
    }
}
