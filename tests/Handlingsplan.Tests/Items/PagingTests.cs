using System.Text.Json;
using Alba;
using Handlingsplan.Items;
using Handlingsplan.Tests.Infrastructure;
using Marten;

namespace Handlingsplan.Tests.Items;

/// <summary>Lists come a page at a time: 50 unless asked, never more than 500, with the total beside them.</summary>
public sealed class PagingTests(AppFixture fixture) : IntegrationContext(fixture)
{
    /// <summary>Many measures at once, straight into the store: the lists are what is tested, not the proposals.</summary>
    async Task<List<Guid>> Measures(int count, string committee = "SN")
    {
        var ids = new List<Guid>();
        await using var session = Store.LightweightSession();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            session.Events.StartStream(id, new MeasureProposed { Title = $"Åtgärd {i:000}", Committee = committee, EstimatedSavingTkr = i });
        }
        await session.SaveChangesAsync();
        return ids;
    }

    /// <summary>Measures prioritised on 2024-09-02, each a decision in the log and in the state of decisions.</summary>
    async Task PrioritisedMeasures(int count)
    {
        var ids = await Measures(count);
        await using var session = Store.LightweightSession();
        foreach (var id in ids) session.Events.Append(id, new ItemPrioritised("KS 2024-09-02 § 1", null, new DateOnly(2024, 9, 2)));
        await session.SaveChangesAsync();
    }

    async Task<(JsonElement[] Items, IScenarioResult Result)> List(string url)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBeOk(); });
        return ((await result.ReadAsJsonAsync<JsonElement[]>())!, result);
    }

    [Fact]
    public async Task A_list_gives_fifty_at_a_time_in_proposal_order_with_the_total_and_the_next_page()
    {
        var ids = await Measures(120);

        var (first, result) = await List("/api/measures");
        Assert.Equal(50, first.Length);
        Assert.Equal("120", result.Context.Response.Headers["X-Total-Count"].ToString());
        Assert.Contains("page=2", result.Context.Response.Headers.Link.ToString());
        Assert.Contains("rel=\"next\"", result.Context.Response.Headers.Link.ToString());

        var pages = new List<JsonElement>(first);
        for (var page = 2; page <= 3; page++) pages.AddRange((await List($"/api/measures?page={page}")).Items);
        var whole = (await List("/api/measures?pageSize=500")).Items;
        Assert.Equal(whole.Select(i => i.GetProperty("id").GetGuid()), pages.Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(ids.Order(), whole.Select(i => i.GetProperty("id").GetGuid()).Order());
        var asOf = (await List($"/api/measures?pageSize=500&asOf={DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)):yyyy-MM-dd}")).Items;
        Assert.Equal(ids.Order(), asOf.Select(i => i.GetProperty("id").GetGuid()).Order());

        var (last, lastResult) = await List("/api/measures?page=3");
        Assert.Equal(20, last.Length);
        Assert.DoesNotContain("rel=\"next\"", lastResult.Context.Response.Headers.Link.ToString());
        Assert.Empty((await List("/api/measures?page=9")).Items);
    }

    [Fact]
    public async Task At_most_five_hundred_rows_come_in_one_answer()
    {
        await Measures(520);

        Assert.Equal(500, (await List("/api/measures?pageSize=500")).Items.Length);
        Assert.Equal(20, (await List("/api/measures?pageSize=500&page=2")).Items.Length);
        foreach (var bad in new[] { "pageSize=501", "pageSize=0", "pageSize=abc", "page=0", "page=-1", "page=1.5" })
        {
            var result = await Host.Scenario(s => { s.Get.Url($"/api/measures?{bad}"); s.StatusCodeShouldBe(400); });
            var problem = await result.ReadAsJsonAsync<JsonElement>();
            var field = bad.Split('=')[0];
            Assert.StartsWith("Ange sid", problem.GetProperty("errors").GetProperty(field)[0].GetString());
        }
    }

    [Fact]
    public async Task Filters_and_the_title_search_count_before_paging()
    {
        await Measures(60, committee: "SN");
        await Measures(30, committee: "VON");

        var (von, result) = await List("/api/measures?committee=von&pageSize=20");
        Assert.Equal(20, von.Length);
        Assert.Equal("30", result.Context.Response.Headers["X-Total-Count"].ToString());
        Assert.All(von, i => Assert.Equal("VON", i.GetProperty("committee").GetString()));

        // Swedish case: "å" finds "Å".
        var (found, searched) = await List("/api/measures?q=%C3%A5tg%C3%A4rd%2005&pageSize=5");
        Assert.Equal("10", searched.Context.Response.Headers["X-Total-Count"].ToString());
        Assert.Equal(5, found.Length);
    }

    [Fact]
    public async Task The_decision_log_and_the_lists_as_of_an_instant_are_paged_too()
    {
        await PrioritisedMeasures(70);

        var (decisions, log) = await List("/api/decisions");
        Assert.Equal(50, decisions.Length);
        Assert.Equal("70", log.Context.Response.Headers["X-Total-Count"].ToString());

        var (state, stateResult) = await List("/api/decisions/state?on=2024-12-31&pageSize=30&page=3");
        Assert.Equal(10, state.Length);
        Assert.Equal("70", stateResult.Context.Response.Headers["X-Total-Count"].ToString());

        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");
        var (then, asOf) = await List($"/api/measures?asOf={tomorrow}&page=2");
        Assert.Equal(20, then.Length);
        Assert.Equal("70", asOf.Context.Response.Headers["X-Total-Count"].ToString());

        // The file for Excel holds the whole log.
        var csv = await Host.Scenario(s => { s.Get.Url("/api/decisions?format=csv"); s.StatusCodeShouldBeOk(); });
        Assert.Equal(71, (await csv.ReadAsTextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_web_page_shows_the_state_of_decisions_fifty_at_a_time_apart_from_the_log()
    {
        await PrioritisedMeasures(70);

        async Task<(int Rows, string Html)> StateRows(string query)
        {
            var result = await Host.Scenario(s => { s.Get.Url("/beslut?" + query); s.StatusCodeShouldBeOk(); });
            var html = await result.ReadAsTextAsync();
            var table = html[html.IndexOf("id=\"decision-state\"", StringComparison.Ordinal)..];
            table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
            return (table.Split("<tr").Length - 2, html); // less the header row and what precedes the first row
        }

        var (first, firstHtml) = await StateRows("on=2024-12-31");
        Assert.Equal(50, first);
        Assert.Contains("70 poster hade ett beslut", firstHtml);
        Assert.Contains("lagesida=2", firstHtml);
        var (second, secondHtml) = await StateRows("on=2024-12-31&lagesida=2&sida=2");
        Assert.Equal(20, second);
        Assert.Contains("Sida 2 av 2 (51–70)", secondHtml);
        // The log below keeps its own page: its second page holds the 20 decisions past the first 50.
        var log = secondHtml[secondHtml.IndexOf("id=\"decision-log\"", StringComparison.Ordinal)..];
        Assert.Equal(20, log[..log.IndexOf("</table>", StringComparison.Ordinal)].Split("<tr data-sequence").Length - 1);
    }

    [Fact]
    public async Task A_reporting_periods_page_shows_its_missing_reports_fifty_at_a_time()
    {
        await Measures(70);
        var period = await Handlingsplan.Tests.Reporting.ReportingGivens.OpenedPeriod(Host, "Tertial 1 2026", "2026-05-15");

        async Task<(int Missing, string Html)> MissingRows(string query)
        {
            var result = await Host.Scenario(s => { s.Get.Url($"/rapportering/{period.Id}{query}"); s.StatusCodeShouldBeOk(); });
            var html = System.Net.WebUtility.HtmlDecode(await result.ReadAsTextAsync());
            var list = html[html.IndexOf("id=\"missing-reports\"", StringComparison.Ordinal)..];
            return (list[..list.IndexOf("</ul>", StringComparison.Ordinal)].Split("<li data-id").Length - 1, html);
        }

        var (first, firstHtml) = await MissingRows("");
        Assert.Equal(50, first);
        Assert.Contains("saknadesida=2", firstHtml);
        var (second, secondHtml) = await MissingRows("?saknadesida=2");
        Assert.Equal(20, second);
        Assert.Contains("Sida 2 av 2 (51–70)", secondHtml);
    }

    [Fact]
    public async Task The_api_description_says_how_every_list_pages()
    {
        var document = await Host.GetJson<JsonElement>("/openapi/v1.json");
        var paged = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            if (!operation.Value.TryGetProperty("parameters", out var parameters)) continue;
            var size = parameters.EnumerateArray().SingleOrDefault(p => p.GetProperty("name").GetString() == "pageSize");
            if (size.ValueKind != JsonValueKind.Object) continue;
            paged.Add(path.Name);
            Assert.Equal(500, size.GetProperty("schema").GetProperty("maximum").GetInt32());
            var headers = operation.Value.GetProperty("responses").GetProperty("200").GetProperty("headers");
            Assert.True(headers.TryGetProperty("X-Total-Count", out _), path.Name);
            Assert.True(headers.TryGetProperty("Link", out _), path.Name);
        }
        Assert.Equal(["/api/decisions", "/api/decisions/state", "/api/display-links", "/api/genomlysningar", "/api/mina", "/api/nyckeltal/kolada", "/api/reporting-periods", "/api/sammantradesunderlag", "/api/{kind}", "/api/{kind}/{id}/liknande"], paged.Order(StringComparer.Ordinal));
    }
}
