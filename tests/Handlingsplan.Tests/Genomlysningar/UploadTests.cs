using System.Net;
using Alba;
using System.Net.Http.Headers;
using System.Text.Json;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Genomlysningar;

/// <summary>
/// A nämnd fills in its genomlysning's Excel file (new shifts in section 4, follow-ups in section 3)
/// and uploads it: one bad row and nothing is written; a good file becomes ordinary events.
/// </summary>
public sealed class UploadTests(AppFixture fixture) : IntegrationContext(fixture)
{
    async Task<(Guid Id, FilledWorkbook File)> DraftAndItsFile()
    {
        await PlanImport.RunAsync(Store);
        var client = await AuthorisedClient();
        var created = await client.PostAsync("/api/genomlysningar", new StringContent("""{"committee":"KS","year":2025}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        return (id, FilledWorkbook.Read(await client.GetByteArrayAsync($"/api/genomlysningar/{id}/report.xlsx")));
    }

    async Task<HttpResponseMessage> Upload(Guid id, byte[] file, string username = "ledning")
    {
        var client = await AuthorisedClient(username);
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "file", "genomlysning-ks-2025.xlsx");
        return await client.PostAsync($"/api/genomlysningar/{id}/uppladdning", form);
    }

    [Fact]
    public async Task A_section_4_sheet_with_one_bad_row_writes_nothing_and_names_the_row()
    {
        var (id, file) = await DraftAndItsFile();
        file.AddShift("4.1", "Samlad lokalvård", "En organisation för hela kommunen", 1200);
        file.AddShift("4.1", null, "Ett område utan namn", 300);
        var shifts = file.SheetOf("4.1");
        var events = await EventCount();

        var answer = await Upload(id, file.Write());

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
        var (id, file) = await DraftAndItsFile();
        file.AddShift("4.2", "Gemensam växel med grannkommuner", null, "för tidigt att bedöma");
        var measure = PlanImport.StableId("genomlysning-2024-1");
        var row = file.Sheets[file.SheetOf("3.1")].Single(r => r["Id"]?.ToString() == measure.ToString());
        row["Ny uppföljning"] = "Tre system avvecklade under 2025.";
        // The measure must be open for follow-ups: assigned, as kommunledning would.
        var version = (await Host.GetJson<JsonElement>($"/api/measures/{measure}")).GetProperty("version").GetInt64();
        await Host.Scenario(s => { s.Post.Json(new { department = "Kommunledningskontoret", expectedVersion = version }).ToUrl($"/api/measures/{measure}/assign"); s.StatusCodeShouldBeOk(); });

        var answer = await Upload(id, file.Write());

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
        var (id, file) = await DraftAndItsFile();
        var notExcel = await Upload(id, "inte en Excelfil"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, notExcel.StatusCode);
        Assert.Contains("gick inte att läsa", await notExcel.Content.ReadAsStringAsync());

        var auditor = await Upload(id, file.Write(), "revisor");
        Assert.Equal(HttpStatusCode.Forbidden, auditor.StatusCode);
    }
}
