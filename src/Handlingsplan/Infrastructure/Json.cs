using System.Text.Json;
using System.Text.Json.Serialization;

namespace Handlingsplan;

/// <summary>One JSON convention for HTTP, SignalR and the event store: camelCase, enums as camelCase strings.</summary>
public static class Json
{
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}
