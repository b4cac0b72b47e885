using System.Net.Http.Json;
using System.Text.Json;
using Handlingsplan.Plan;
using Microsoft.Playwright;

namespace Handlingsplan.Tests.Browser;

/// <summary>
/// Every page at 320 px wide (WCAG 2.1, 1.4.10 reflow) and at 1920 px: nothing scrolls sideways, no
/// text is cut off, and axe finds nothing serious.
/// </summary>
public sealed class ReflowTests(BrowserFixture fixture) : BrowserContext(fixture)
{
    async Task<IReadOnlyList<string>> Pages()
    {
        var measures = await Fixture.Api.GetFromJsonAsync<JsonElement>("/api/measures?pageSize=1");
        var measure = measures[0].GetProperty("id").GetGuid();
        var investigations = await Fixture.Api.GetFromJsonAsync<JsonElement>("/api/investigations?pageSize=1");
        var investigation = investigations[0].GetProperty("id").GetGuid();
        var period = await Fixture.Api.PostAsJsonAsync("/api/reporting-periods", new { name = "Tertial 3 2026", deadline = "2040-01-15" });
        period.EnsureSuccessStatusCode();
        var periodId = (await period.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var pack = await Fixture.Api.PostAsJsonAsync("/api/sammantradesunderlag", new { title = "Sammanträdesunderlag för KS 2026-12-14", meetingDate = "2026-12-14" });
        pack.EnsureSuccessStatusCode();
        var packId = (await pack.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await WaitForProjections();
        return
        [
            "/", "/mina", "/atgarder", "/forflyttningar", "/utredningar", $"/atgarder/{measure}", $"/utredningar/{investigation}",
            "/genomlysningar", $"/genomlysningar/{PlanImport.StableId("genomlysning-ks-2024")}", "/beslut", "/granskning", "/foresla",
            "/rapportering", $"/rapportering/{periodId}", $"/sammantradesunderlag/{packId}", "/skarm", "/installningar/skarmar", "/finns-inte",
        ];
    }

    /// <summary>What overflows the page sideways or is cut off inside it, by element.</summary>
    async Task<JsonElement> Overflow() => await Page.EvaluateAsync<JsonElement>("""
        () => {
          const root = document.documentElement;
          const width = root.clientWidth;
          const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          // Hidden for the eye but read aloud (the visually-hidden pattern: clipped to a pixel) counts as not shown.
          const clipped = (e) => { for (let a = e; a && a !== document.body; a = a.parentElement) { const s = getComputedStyle(a); if (s.clip !== 'auto' && s.clip !== '') return true; } return false; };
          const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && !clipped(e); };
          const wide = [...document.body.querySelectorAll('*')]
            .filter(e => visible(e) && e.getBoundingClientRect().right > width + 1)
            .map(name);
          const cut = [...document.body.querySelectorAll('main *')]
            .filter(e => { const s = getComputedStyle(e); return visible(e) && ['hidden', 'clip', 'auto', 'scroll'].includes(s.overflowX) && e.scrollWidth > e.clientWidth + 1 && e.tagName !== 'CANVAS'; })
            .map(e => name(e) + ' (' + (e.scrollWidth - e.clientWidth) + ' px more)');
          return { scroll: root.scrollWidth - width, wide: wide.slice(0, 8), cut: cut.slice(0, 8) };
        }
        """);

    [Theory]
    [InlineData(320, 800)]
    [InlineData(1920, 1080)]
    public async Task No_page_scrolls_sideways_or_cuts_its_text(int width, int height)
    {
        var pages = await Pages();
        await Page.SetViewportSizeAsync(width, height);
        var problems = new List<string>();
        foreach (var path in pages)
        {
            await Page.GotoAsync(path);
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (width == 320 && path is "/" or "/atgarder" or "/beslut")
            {
                await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"reflow-320{path.Replace('/', '-')}.png") });
                await Page.Locator("main table tbody tr").First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"reflow-320{path.Replace('/', '-')}-row.png") });
            }
            var overflow = await Overflow();
            if (overflow.GetProperty("scroll").GetInt32() > 0 || overflow.GetProperty("wide").GetArrayLength() > 0 || overflow.GetProperty("cut").GetArrayLength() > 0)
                problems.Add($"{path}: {overflow}");
            if (width != 320) continue;
            try { await AssertAccessible($"{path} at 320 px"); }
            catch (Xunit.Sdk.XunitException e) { problems.Add(e.Message); }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
