using Handlingsplan.Audit;
using Handlingsplan.Audit.Decisions;
using Handlingsplan.Items;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Audit;

/// <summary>Beslutslogg: who decided what, when and under which decision, by period and nämnd, with CSV and JSON downloads.</summary>
public sealed class DecisionsModel(IQuerySession session) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Committee { get; set; }

    public IReadOnlyList<DecisionEntry> Entries { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(From) && !Rules.TryParseDate(From, out _)) Errors["from"] = "Ange ett datum på formen ÅÅÅÅ-MM-DD.";
        if (!string.IsNullOrWhiteSpace(To) && !Rules.TryParseDate(To, out _)) Errors["to"] = "Ange ett datum på formen ÅÅÅÅ-MM-DD.";
        if (Committee is { Length: > 0 } && !Committees.IsKnown(Committee)) Committee = null;
        if (Errors.Count > 0) return;
        if (!Period.TryParse(From, To, out var period, out _))
        {
            Errors["to"] = "Periodens slut ligger före dess början.";
            return;
        }
        Entries = await DecisionLog.ReadAsync(session, period, string.IsNullOrEmpty(Committee) ? null : Committee, ct);
    }

    /// <summary>The same selection from the API, as a file.</summary>
    public string Download(string format)
    {
        var query = new List<string> { "format=" + format };
        if (Errors.Count == 0 && !string.IsNullOrWhiteSpace(From)) query.Add("from=" + Uri.EscapeDataString(From));
        if (Errors.Count == 0 && !string.IsNullOrWhiteSpace(To)) query.Add("to=" + Uri.EscapeDataString(To));
        if (!string.IsNullOrEmpty(Committee)) query.Add("committee=" + Uri.EscapeDataString(Committee));
        return "/api/decisions?" + string.Join("&", query);
    }
}
