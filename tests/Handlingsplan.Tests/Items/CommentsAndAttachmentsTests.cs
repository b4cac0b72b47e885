using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Handlingsplan.Items.Attaching;
using Handlingsplan.Tests.Infrastructure;
using Marten;

namespace Handlingsplan.Tests.Items;

/// <summary>
/// Comments and attachments on an item: written by whoever may write to it, in any status, each an
/// event with its author and time; an attachment's bytes come back exactly as sent, checked against
/// the SHA-256 its event recorded, and only files that are what their name says are taken.
/// </summary>
public sealed class CommentsAndAttachmentsTests(AppFixture fixture) : IntegrationContext(fixture)
{
    const string Pdf = "application/pdf";

    async Task<HttpResponseMessage> Comment(string username, Guid id, string text, long? expectedVersion = null) =>
        await (await AuthorisedClient(username)).PostAsJsonAsync($"/api/measures/{id}/comment", new { text, expectedVersion });

    async Task<HttpResponseMessage> Attach(string username, Guid id, byte[] bytes, string fileName, string? contentType,
        string? description = null, long? expectedVersion = null, string? idempotencyKey = null)
    {
        var client = await AuthorisedClient(username);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        if (contentType is not null) file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        if (description is not null) form.Add(new StringContent(description), "description");
        if (expectedVersion is not null) form.Add(new StringContent(expectedVersion.ToString()!), "expectedVersion");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/measures/{id}/attachments") { Content = form };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    async Task<int> StoredContents()
    {
        await using var session = Store.QuerySession();
        return await session.Query<AttachmentContent>().CountAsync();
    }

    static async Task<JsonElement> SwedishProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Inget har sparats", problem.GetProperty("detail").GetString());
        return problem;
    }

    [Fact]
    public async Task A_comment_is_in_the_history_with_its_author_and_time_and_in_the_item()
    {
        var item = await Host.Proposed(committee: "SN");
        var before = DateTimeOffset.UtcNow;

        var answer = await Comment("chef-sn", item.Id, "  Vi behöver underlag från ekonomi.  ", item.Version);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(item.Version + 1, (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());
        var history = await Host.GetJson<JsonElement[]>($"/api/measures/{item.Id}/history");
        var comment = history[^1];
        Assert.Equal("CommentWritten", comment.GetProperty("type").GetString());
        Assert.Equal("chef-sn", comment.GetProperty("user").GetString());
        Assert.Equal("forvaltningschef", comment.GetProperty("role").GetString());
        Assert.Equal("Vi behöver underlag från ekonomi.", comment.GetProperty("data").GetProperty("text").GetString());
        Assert.InRange(comment.GetProperty("timestamp").GetDateTimeOffset(), before.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        var now = await Host.GetJson<JsonElement>($"/api/measures/{item.Id}");
        Assert.Equal("Vi behöver underlag från ekonomi.", now.GetProperty("comments")[0].GetProperty("text").GetString());
        // A comment is beside the lifecycle: not one of the next steps.
        Assert.DoesNotContain("comment", now.GetProperty("allowedSteps").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task A_closed_item_still_takes_comments_and_attachments()
    {
        var item = await Host.Proposed(committee: "SN");
        var version = await Host.Step("measures", item.Id, "cancel", new { reason = "Inaktuell", expectedVersion = item.Version });

        Assert.Equal(HttpStatusCode.OK, (await Comment("ledning", item.Id, "Avbruten efter beslut i KS.", version)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Attach("chef-sn", item.Id, TestFiles.Pdf(), "beslut.pdf", Pdf)).StatusCode);

        var now = await Host.GetJson<JsonElement>($"/api/measures/{item.Id}");
        Assert.Equal("cancelled", now.GetProperty("status").GetString());
        Assert.Equal(version + 2, now.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task An_empty_comment_is_refused_in_Swedish_and_nothing_is_written()
    {
        var item = await Host.Proposed();
        var before = await EventCount();
        var problem = await Host.Problem($"/api/measures/{item.Id}/comment", new { text = "  " }, 400);
        Assert.Equal("Skriv en kommentar.", problem.GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task An_attachment_downloads_byte_for_byte_under_its_name_with_headers_that_keep_it_from_running()
    {
        var item = await Host.Proposed(committee: "SN");
        var bytes = TestFiles.Pdf();

        var answer = await Attach("chef-sn", item.Id, bytes, "Protokoll SN § 12 – åäö.pdf", Pdf, "Protokollsutdrag", item.Version);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var accepted = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(item.Version + 1, accepted.GetProperty("version").GetInt64());
        var history = await Host.GetJson<JsonElement[]>($"/api/measures/{item.Id}/history");
        var added = history[^1];
        Assert.Equal("AttachmentAdded", added.GetProperty("type").GetString());
        Assert.Equal("chef-sn", added.GetProperty("user").GetString());
        var data = added.GetProperty("data");
        Assert.Equal("Protokoll SN § 12 – åäö.pdf", data.GetProperty("fileName").GetString());
        Assert.Equal(bytes.Length, data.GetProperty("sizeBytes").GetInt64());
        Assert.Equal("Protokollsutdrag", data.GetProperty("description").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), data.GetProperty("sha256").GetString());
        Assert.Equal(accepted.GetProperty("sha256").GetString(), data.GetProperty("sha256").GetString());

        var download = await (await AuthorisedClient("revisor")).GetAsync(accepted.GetProperty("download").GetString());

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var served = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, served);
        Assert.Equal(data.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(served)));
        Assert.Equal(Pdf, download.Content.Headers.ContentType!.MediaType);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Protokoll SN § 12 – åäö.pdf", disposition.FileNameStar);
        Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
        Assert.StartsWith("sandbox", string.Join(",", download.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task A_retried_upload_with_the_same_key_is_answered_again_and_written_once()
    {
        var item = await Host.Proposed(committee: "SN");
        var bytes = TestFiles.Pdf();

        var first = await Attach("ledning", item.Id, bytes, "underlag.pdf", Pdf, idempotencyKey: "bilaga-1");
        var again = await Attach("ledning", item.Id, bytes, "underlag.pdf", Pdf, idempotencyKey: "bilaga-1");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Single((await Host.GetJson<JsonElement>($"/api/measures/{item.Id}")).GetProperty("attachments").EnumerateArray());
        Assert.Equal(1, await StoredContents());

        // The same key with another file is another request.
        var other = await Attach("ledning", item.Id, TestFiles.Pdf("Annan"), "underlag.pdf", Pdf, idempotencyKey: "bilaga-1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(1, await StoredContents());
    }

    [Fact]
    public async Task Word_Excel_PNG_and_JPEG_files_are_taken_as_what_they_are()
    {
        var item = await Host.Proposed();
        var docx = await Attach("ledning", item.Id, TestFiles.Docx(), "underlag.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var png = await Attach("ledning", item.Id, TestFiles.Png(), "karta.png", "image/png");
        var jpeg = await Attach("ledning", item.Id, [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], "foto.JPG", "application/octet-stream");
        var xlsx = await Attach("ledning", item.Id, TestFiles.Xlsx(), "kalkyl.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        Assert.All([docx, png, jpeg, xlsx], a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var attachments = (await Host.GetJson<JsonElement>($"/api/measures/{item.Id}")).GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
            attachments.Select(a => a.GetProperty("contentType").GetString()));
    }

    public static TheoryData<string, string, string?, int> Mismatches() => new()
    {
        // what the bytes are, the name, the declared type, the status
        { "html", "rapport.pdf", Pdf, 415 },
        { "png", "rapport.pdf", Pdf, 415 },
        { "pdf", "rapport.pdf", "image/png", 415 },
        { "pdf", "rapport.html", "text/html", 415 },
        { "exe", "verktyg.exe", "application/octet-stream", 415 },
        { "exe", "verktyg.pdf", Pdf, 415 },
        { "xlsx", "underlag.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 415 },
        { "zip", "underlag.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 415 },
        { "empty", "tom.pdf", Pdf, 400 },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public async Task A_file_whose_content_is_not_what_its_name_and_type_say_is_refused_and_nothing_is_written(string content, string fileName, string? type, int status)
    {
        var item = await Host.Proposed();
        byte[] bytes = content switch
        {
            "html" => "<!DOCTYPE html><html><script>alert(1)</script></html>"u8.ToArray(),
            "png" => TestFiles.Png(),
            "pdf" => TestFiles.Pdf(),
            "exe" => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0],
            "xlsx" => TestFiles.Xlsx(),
            "zip" => TestFiles.Docx(),
            _ => [],
        };
        var before = await EventCount();

        var problem = await SwedishProblem(await Attach("ledning", item.Id, bytes, fileName, type), (HttpStatusCode)status);

        Assert.Matches("[åäö]|tas inte emot", problem.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Equal(before, await EventCount());
        Assert.Equal(0, await StoredContents());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413_and_nothing_is_written()
    {
        var item = await Host.Proposed();
        var bytes = new byte[AttachmentRules.MaxBytes + 1];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        var before = await EventCount();

        var problem = await SwedishProblem(await Attach("ledning", item.Id, bytes, "stor.pdf", Pdf), HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("10 MB", problem.GetProperty("detail").GetString());

        var muchLarger = new byte[AttachmentRules.MaxBytes + 200 * 1024];
        await SwedishProblem(await Attach("ledning", item.Id, muchLarger, "större.pdf", Pdf), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await EventCount());
        Assert.Equal(0, await StoredContents());
    }

    [Theory]
    [InlineData("revisor", "Som revisor kan du läsa allt men inte ändra något.")]
    [InlineData("chef-von", "Posten hör till SN")]
    public async Task Who_may_not_write_to_the_item_may_neither_comment_nor_attach(string username, string reason)
    {
        var item = await Host.Proposed(committee: "SN");
        var before = await EventCount();

        var comment = await Comment(username, item.Id, "Synpunkt");
        var attach = await Attach(username, item.Id, TestFiles.Pdf(), "underlag.pdf", Pdf);

        foreach (var answer in new[] { comment, attach })
        {
            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
            Assert.Contains(reason, (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
        Assert.Equal(before, await EventCount());
        Assert.Equal(0, await StoredContents());
    }

    [Fact]
    public async Task A_stale_version_on_an_upload_is_refused_with_409()
    {
        var item = await Host.Proposed();
        var answer = await Attach("ledning", item.Id, TestFiles.Pdf(), "underlag.pdf", Pdf, expectedVersion: item.Version + 3);
        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        Assert.Equal(0, await StoredContents());
    }

    [Fact]
    public async Task Content_that_no_longer_matches_its_event_is_not_served()
    {
        var item = await Host.Proposed();
        var accepted = await (await Attach("ledning", item.Id, TestFiles.Pdf(), "underlag.pdf", Pdf)).Content.ReadFromJsonAsync<JsonElement>();
        await using (var session = Store.LightweightSession())
        {
            var content = await session.LoadAsync<AttachmentContent>(accepted.GetProperty("attachmentId").GetGuid());
            content!.Bytes = TestFiles.Pdf("Ändrat i efterhand");
            session.Store(content);
            await session.SaveChangesAsync();
        }

        var download = await (await AuthorisedClient()).GetAsync(accepted.GetProperty("download").GetString());

        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        Assert.Equal("application/problem+json", download.Content.Headers.ContentType?.MediaType);
        Assert.Contains("SHA-256", (await download.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_json_body_to_the_upload_is_refused_in_Swedish()
    {
        var item = await Host.Proposed();
        var client = await AuthorisedClient();
        var answer = await client.PostAsync($"/api/measures/{item.Id}/attachments", new StringContent("{\"file\":\"x\"}", Encoding.UTF8, "application/json"));
        var problem = await SwedishProblem(answer, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("multipart/form-data", problem.GetProperty("detail").GetString());
    }
}
