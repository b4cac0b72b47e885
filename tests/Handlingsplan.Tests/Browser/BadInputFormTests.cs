using System.Text.RegularExpressions;
using Handlingsplan.Infrastructure;
using Marten;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>
/// The bad-input matrix of the forms people fill in: each row types one bad value into one field of
/// an otherwise valid form and submits it. The refusal must stand beside that field in Swedish, the
/// field must be marked invalid, and nothing may be written, whether the page or the server refuses.
/// </summary>
/// <remarks>
/// Typed column: <c>x × 201</c> is 201 x's; <c>today+1</c> and <c>today-1</c> are days counted from
/// today in Sweden. Last column: a Swedish word the message must contain (case-insensitive).
/// Date fields are native date pickers, so letters cannot be typed into them; their rows are days
/// the server must refuse.
/// </remarks>
public sealed class BadInputFormTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    /// <summary>The rest of each form, filled validly so that only the row's field is wrong.</summary>
    static readonly Dictionary<string, Dictionary<string, string>> ValidRest = new()
    {
        ["propose"] = new() { ["title"] = "Matrisförslag", ["committee"] = "VON" },
        ["realise"] = new() { ["amountTkr"] = "100", ["recurring"] = "true" },
        ["prioritise"] = new() { ["decisionReference"] = "KS 2025-03-03 § 46" },
        ["assign"] = new(),
        ["reviseEstimate"] = new() { ["estimatedSavingTkr"] = "900" },
        ["correctEstimate"] = new() { ["estimatedSavingTkr"] = "900", ["reason"] = "Skrivfel" },
    };

    [Theory]
    [InlineData("propose", "title", "empty", "", "titel")]
    [InlineData("propose", "title", "only spaces", "   ", "titel")]
    [InlineData("propose", "committee", "none chosen", "", "nämnd")]
    [InlineData("propose", "estimatedSavingTkr", "letters", "abc", "tal")]
    [InlineData("propose", "estimatedSavingTkr", "letters after digits", "12 tkr", "tal")]
    [InlineData("propose", "estimatedSavingTkr", "negative", "-5", "negativ")]
    [InlineData("propose", "estimatedSavingTkr", "too large", "10 000 001", "högst")]
    [InlineData("propose", "estimatedSavingTkr", "beyond any decimal", "10000000000000000000000000000000000000000", "högst")]
    [InlineData("propose", "estimatedSavingTkr", "dots as thousands", "3.800", "tal")]
    [InlineData("propose", "estimatedSavingTkr", "English thousands", "1,000,000", "tal")]
    [InlineData("propose", "estimatedSavingTkr", "HTML", "<b>5</b>", "tal")]
    [InlineData("realise", "amountTkr", "empty", "", "belopp")]
    [InlineData("realise", "amountTkr", "only spaces", "   ", "belopp")]
    [InlineData("realise", "amountTkr", "zero", "0", "belopp")]
    [InlineData("realise", "amountTkr", "negative", "-100", "belopp")]
    [InlineData("realise", "amountTkr", "too large", "10 000 001", "belopp")]
    [InlineData("realise", "amountTkr", "beyond any decimal", "10000000000000000000000000000000000000000", "belopp")]
    [InlineData("realise", "amountTkr", "English thousands and decimal point", "3,800.50", "tal")]
    [InlineData("realise", "amountTkr", "HTML", "<script>1</script>", "tal")]
    [InlineData("realise", "year", "empty", "", "budgetår")]
    [InlineData("realise", "year", "letters", "i år", "tal")]
    [InlineData("realise", "year", "before the first year", "2019", "budgetår")]
    [InlineData("realise", "year", "Swedish decimal comma", "2025,5", "budgetår")]
    [InlineData("realise", "recurring", "none chosen", "", "återkommande")]
    [InlineData("prioritise", "decisionReference", "empty", "", "beslutsreferens")]
    [InlineData("prioritise", "decisionReference", "only spaces", "   ", "beslutsreferens")]
    [InlineData("prioritise", "decisionReference", "too long", "x × 201", "beslutsreferens")]
    [InlineData("prioritise", "decidedOn", "tomorrow", "today+1", "beslutsdatum")]
    [InlineData("prioritise", "decidedOn", "before the first year", "2019-12-31", "beslutsdatum")]
    [InlineData("assign", "dueDate", "yesterday", "today-1", "slutdatum")]
    [InlineData("assign", "dueDate", "after the last year", "2041-01-01", "slutdatum")]
    [InlineData("assign", "responsibleRole", "too long", "x × 201", "ansvar")]
    [InlineData("reviseEstimate", "estimatedSavingTkr", "letters", "mycket", "tal")]
    [InlineData("reviseEstimate", "estimatedSavingTkr", "negative", "-1", "negativ")]
    [InlineData("reviseEstimate", "estimatedSavingTkr", "dots as thousands", "3.800", "tal")]
    [InlineData("reviseEstimate", "notQuantified", "with an amount", "true", "ej beloppsatt")]
    [InlineData("correctEstimate", "reason", "empty", "", "skriv")]
    [InlineData("correctEstimate", "reason", "only spaces", "   ", "skriv")]
    [InlineData("correctEstimate", "estimatedSavingTkr", "the one it has", "1 000", "redan")]
    public async Task A_bad_value_is_refused_in_Swedish_beside_its_field_and_nothing_is_written(string form, string field, string badInput, string typed, string swedish)
    {
        var prefix = await Open(form);
        var before = await Events();

        var values = new Dictionary<string, string>(ValidRest[form]) { [field] = Typed(typed) };
        foreach (var (name, value) in values) await Fill(Page.Locator($"#{prefix}{name}"), value);
        await Page.Locator($"{Form(form)} button[type=submit]").ClickAsync();

        try
        {
            await Assertions.Expect(Page.Locator($"#{prefix}{field}-error")).ToContainTextAsync(swedish, new() { IgnoreCase = true });
        }
        catch (PlaywrightException)
        {
            // Say what the page said instead, beside the field and at the top of the form (without waiting: the page may have moved on).
            var beside = string.Join(" ", await Page.Locator($"#{prefix}{field}-error").AllTextContentsAsync());
            var formError = string.Join(" ", await Page.Locator($"{Form(form)} [data-form-error]").AllTextContentsAsync());
            Assert.Fail($"No \"{swedish}\" beside {field} ({badInput}: \"{typed}\"). Beside the field: \"{beside}\"; the form said: \"{formError}\".");
        }
        await Assertions.Expect(Page.Locator($"#{prefix}{field}")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(before, await Events());
    }

    /// <summary>HTML in a title is not bad input but text: the item page shows it as typed and makes no element of it.</summary>
    [Fact]
    public async Task A_title_with_html_is_shown_as_text()
    {
        const string title = "<b>Fet</b> <img src=x onerror=\"document.title='hacked'\">";
        await Page.GotoAsync("/foresla");
        await Page.GetByLabel("Titel").FillAsync(title);
        await Page.GetByLabel("Nämnd").SelectOptionAsync("VON");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara förslaget" }).ClickAsync();

        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(Page.Locator("h1 b, h1 img")).ToHaveCountAsync(0);
        Assert.NotEqual("hacked", await Page.TitleAsync());
    }

    /// <summary>Opens the form on a page of its own (an item in the state the step is taken from); answers the prefix of its field ids.</summary>
    async Task<string> Open(string form)
    {
        if (form == "propose")
        {
            await Page.GotoAsync("/foresla");
            return "";
        }
        var created = await ProposeThroughApi(estimate: 1000);
        var version = created.Version;
        if (form is "assign" or "realise")
            version = await StepThroughApi("measures", created.Id, "prioritise", new { decisionReference = "KS 2025-03-03 § 46", expectedVersion = version });
        if (form is "realise")
            await StepThroughApi("measures", created.Id, "assign", new { department = "Socialförvaltningen", expectedVersion = version });

        await Page.GotoAsync($"/atgarder/{created.Id}");
        var details = Page.Locator(Form(form));
        if (await details.GetAttributeAsync("open") is null) await details.Locator("summary").ClickAsync();
        return form + "-";
    }

    static string Form(string form) => form == "propose" ? "#propose-form" : $"[data-step={form}]";

    /// <summary>Types into a text field, chooses in a list, or ticks a box, as the field is.</summary>
    static async Task Fill(ILocator input, string value)
    {
        switch (await input.EvaluateAsync<string>("e => e.tagName === 'SELECT' ? 'select' : e.type"))
        {
            case "select":
                await input.SelectOptionAsync(new SelectOptionValue { Value = value });
                break;
            case "checkbox":
                await input.SetCheckedAsync(value == "true");
                break;
            default:
                await input.FillAsync(value);
                break;
        }
    }

    static string Typed(string typed)
    {
        if (Regex.Match(typed, @"^(.+) × (\d+)$") is { Success: true } repeat)
            return string.Concat(Enumerable.Repeat(repeat.Groups[1].Value, int.Parse(repeat.Groups[2].Value)));
        if (Regex.Match(typed, @"^today([+-]\d+)$") is { Success: true } day)
            return SwedishTime.Today().AddDays(int.Parse(day.Groups[1].Value)).ToString("yyyy-MM-dd");
        return typed;
    }

    async Task<long> Events()
    {
        await using var session = Fixture.Store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }
}
