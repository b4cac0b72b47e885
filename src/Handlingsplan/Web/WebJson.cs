using System.Text.Encodings.Web;
using System.Text.Json;

namespace Handlingsplan.Web;

/// <summary>JSON embedded in pages: the API's conventions, escaped so it is safe inside a script element.</summary>
public static class WebJson
{
    public static readonly JsonSerializerOptions Options = Create();

    static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Default };
        Json.Configure(options);
        return options;
    }
}
