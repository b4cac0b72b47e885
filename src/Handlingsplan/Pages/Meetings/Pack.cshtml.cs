using System.Text.Json;
using Handlingsplan.Meetings;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Meetings;

/// <summary>One sammanträdesunderlag as it was frozen: read from the JSON the pack keeps, never from today's figures.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Handlingsplan.Access.AccessConfiguration.ReadDashboard)]
public sealed class PackModel(IQuerySession session) : PageModel
{
    public MeetingPack Pack { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<MeetingPack>(id, ct) is not { Title.Length: > 0 } pack) return NotFound();
        Pack = pack;
        return Page();
    }

    public static decimal Tkr(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : 0;

    public static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    public static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? Elements(value) : [];

    public static IEnumerable<JsonElement> Elements(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];
}
