using System.Text.Json;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Items;

/// <summary>The API description says that the two uploads take a multipart form with a file, not JSON.</summary>
public sealed class UploadDescriptionTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Theory]
    [InlineData("/api/{kind}/{id}/attachments", "description")]
    [InlineData("/api/genomlysningar/{id}/uppladdning", null)]
    public async Task An_upload_is_described_as_a_multipart_form_with_its_file(string path, string? field)
    {
        var document = await Host.GetJson<JsonElement>("/openapi/v1.json");
        var body = document.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.Equal(["multipart/form-data"], body.EnumerateObject().Select(p => p.Name));
        var schema = body.GetProperty("multipart/form-data").GetProperty("schema");
        Assert.Equal("binary", schema.GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        Assert.Equal(["file"], schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        if (field is not null) Assert.True(schema.GetProperty("properties").TryGetProperty(field, out _));
    }
}
