using System.Net;
using Alba;
using System.Net.Http.Headers;
using System.Text.Json;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;
using MiniExcelLibs;

namespace Handlingsplan.Tests.Genomlysningar;

/// <summary>
/// A nämnd fills in its genomlysning's Excel file (new shifts in section 4, follow-ups in section 3)
/// and uploads it: one bad row and nothing is written; a good file becomes ordinary events.
/// </summary>
public sealed class UploadTests(AppFixture fixture) : IntegrationContext(fixture)
{
    async Task<(Guid Id, Dictionary<string, List<Dictionary<string, object?>>> Sheets)> DraftAndItsFile()
    {
        await PlanImport.RunAsync(Store);
        var client = await AuthorisedClient();
        var created = await client.PostAsync("/api/genomlysningar", new StringContent("""{"committee":"KS","year":2025}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var file = await client.GetByteArrayAsync($"/api/genomlysningar/{id}/report.xlsx");
        using var stream = new MemoryStream(file);
        var sheets = new Dictionary<string, List<Dictionary<string, object?>>>();
        foreach (var name in stream.GetSheetNames())
        {
            // Each table as its rows by heading, found by its Id column as the upload finds it.
            var rows = stream.Query(useHeaderRow: false, sheetName: name).Select(r => (IDictionary<string, object?>)r).ToList();
            var header = rows.FindIndex(r => r.Values.Any(v => v is string s && s.Trim() == "Id"));
            if (header < 0) continue;
            var headings = rows[header].Where(c => c.Value is string).ToDictionary(c => c.Key, c => ((string)c.Value!).Trim());
            _headings[name] = headings.Values.ToList();
            sheets[name] = rows.Skip(header + 1).Select(r => headings.ToDictionary(h => h.Value, h => r.TryGetValue(h.Key, out var v) ? v : null)).ToList();
        }
        return (id, sheets);
    }

    /// <summary>The tables written back as a user's Excel would save them: headings first, also over a table with no rows.</summary>
    byte[] Write(Dictionary<string, List<Dictionary<string, object?>>> sheets)
    {
        var tables = sheets.ToDictionary(s => s.Key, s =>
        {
            var table = new System.Data.DataTable(s.Key);
            foreach (var heading in _headings[s.Key]) table.Columns.Add(heading, typeof(object));
            foreach (var row in s.Value) table.Rows.Add(_headings[s.Key].Select(h => row.GetValueOrDefault(h) ?? DBNull.Value).ToArray());
            return (object)table;
        });
        using var stream = new MemoryStream();
        stream.SaveAs(tables);
        return stream.ToArray();
    }

    readonly Dictionary<string, List<string>> _headings = new();

    async Task<HttpResponseMessage> Upload(Guid id, byte[] file, string username = "ledning")
    {
        var client = await AuthorisedClient(username);
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "file", "genomlysning-ks-2025.xlsx");
        return await client.PostAsync($"/api/genomlysningar/{id}/uppladdning", form);
    }

    static Dictionary<string, object?> Shift(List<Dictionary<string, object?>> like, string? title, string? description, object? estimate)
    {
        var row = like.Count > 0 ? like[0].ToDictionary(c => c.Key, _ => (object?)null) : [];
        row["Id"] = null;
        row["Område"] = title;
        row["Beskrivning"] = description;
        row["Möjlig effektivisering (tkr)"] = estimate;
        return row;
    }

    [Fact]
    public async Task A_section_4_sheet_with_one_bad_row_writes_nothing_and_names_the_row()
    {
        var (id, sheets) = await DraftAndItsFile();
        var shifts = sheets.Keys.Single(k => k.StartsWith("4.1"));
        sheets[shifts].Add(Shift(sheets[shifts], "Samlad lokalvård", "En organisation för hela kommunen", 1200));
        sheets[shifts].Add(Shift(sheets[shifts], null, "Ett område utan namn", 300));
        var events = await EventCount();

        var answer = await Upload(id, Write(sheets));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("rows").GetArrayLength() == 1, problem.ToString());
        var error = problem.GetProperty("rows")[0];
        Assert.Equal(shifts, error.GetProperty("sheet").GetString());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.StartsWith("Ange området", error.GetProperty("message").GetString());
        Assert.Contains("Inget har sparats", problem.GetProperty("detail").GetString());
        Assert.Equal(events, await EventCount());
    }

    [Fact]
    public async Task A_good_file_creates_the_shifts_and_records_the_follow_ups_as_an_upload_by_its_user()
    {
        var (id, sheets) = await DraftAndItsFile();
        var shifts = sheets.Keys.Single(k => k.StartsWith("4.2"));
        sheets[shifts].Add(Shift(sheets[shifts], "Gemensam växel med grannkommuner", null, "för tidigt att bedöma"));
        var shortTerm = sheets.Keys.Single(k => k.StartsWith("3.1"));
        var measure = PlanImport.StableId("genomlysning-2024-1");
        var row = sheets[shortTerm].Single(r => r["Id"]?.ToString() == measure.ToString());
        row["Ny uppföljning"] = "Tre system avvecklade under 2025.";
        // The measure must be open for follow-ups: assigned, as kommunledning would.
        var version = (await Host.GetJson<JsonElement>($"/api/measures/{measure}")).GetProperty("version").GetInt64();
        await Host.Scenario(s => { s.Post.Json(new { department = "Kommunledningskontoret", expectedVersion = version }).ToUrl($"/api/measures/{measure}/assign"); s.StatusCodeShouldBeOk(); });

        var answer = await Upload(id, Write(sheets));

        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, body);
        var accepted = JsonDocument.Parse(body).RootElement;
        var shiftId = Assert.Single(accepted.GetProperty("newShifts").EnumerateArray()).GetGuid();
        var shift = await Host.GetJson<JsonElement>($"/api/shifts/{shiftId}");
        Assert.Equal("Gemensam växel med grannkommuner", shift.GetProperty("title").GetString());
        Assert.Equal("KS", shift.GetProperty("committee").GetString());
        var history = await Host.GetJson<JsonElement[]>($"/api/measures/{measure}/history");
        Assert.Equal("ledning", history[^1].GetProperty("user").GetString());
        var report = await Host.GetJson<JsonElement>($"/api/genomlysningar/{id}");
        var coordinated = report.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("number").GetString() == "4.2");
        Assert.Equal(shiftId, Assert.Single(coordinated.GetProperty("rows").EnumerateArray()).GetProperty("itemId").GetGuid());
        var followed = report.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("number").GetString() == "3.1")
            .GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("itemId").GetGuid() == measure);
        Assert.Equal("Tre system avvecklade under 2025.", followed.GetProperty("followUp").GetProperty("latestNote").GetString());
    }

    [Fact]
    public async Task A_file_that_is_not_excel_or_comes_from_another_nämnd_s_chef_is_refused()
    {
        var (id, sheets) = await DraftAndItsFile();
        var notExcel = await Upload(id, "inte en Excelfil"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, notExcel.StatusCode);
        Assert.Contains("gick inte att läsa", await notExcel.Content.ReadAsStringAsync());

        var auditor = await Upload(id, Write(sheets), "revisor");
        Assert.Equal(HttpStatusCode.Forbidden, auditor.StatusCode);
    }
}
