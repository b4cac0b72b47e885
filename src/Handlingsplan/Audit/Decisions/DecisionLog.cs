using System.Globalization;
using System.Text;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Handlingsplan.Items.Reading;
using JasperFx.Events;
using Marten;
using Marten.Events;
using Wolverine.Http;

namespace Handlingsplan.Audit.Decisions;

/// <summary>One decision on an item: who took it, when, and under which decision reference.</summary>
public sealed record DecisionEntry(
    long Sequence,
    DateTimeOffset Timestamp,
    string Decision,
    string? DecisionReference,
    string? Reason,
    string Kind,
    Guid ItemId,
    string Title,
    string Committee,
    string? Department,
    string? User,
    string? Role);

/// <summary>
/// The decision log: every event of a step that is a decision (prioritise, decline, assign, complete,
/// cancel: <see cref="Step.IsDecision"/>), read from the events themselves, so it shows exactly what
/// the history holds.
/// </summary>
public static class DecisionLog
{
    /// <summary>Pure: the decision an event records, or null when it records none.</summary>
    public static (string Decision, string Title, string? Reference, string? Reason, string? Department)? Of(object data) =>
        Steps.StepOf(data) is { IsDecision: true } step && Steps.EventOf(data) is { } described
            ? (step.Name, described.Title, described.ReferenceOf(data), described.ReasonOf(data), described.DepartmentOf(data))
            : null;

    /// <summary>The Swedish name of a decision, as its event's title in the history.</summary>
    public static string SwedishName(string decision) =>
        Steps.All.FirstOrDefault(s => s.IsDecision && s.Name == decision)?.Events[0].Title ?? decision;

    public static async Task<IReadOnlyList<DecisionEntry>> ReadAsync(IQuerySession session, Period period, string? committee, CancellationToken ct)
    {
        var decisionTypes = Steps.DecisionEvents.ToArray();
        var query = session.Events.QueryAllRawEvents().Where(e => e.EventTypesAre(decisionTypes));
        if (period.From is { } from) query = query.Where(e => e.Timestamp >= from);
        if (period.To is { } to) query = query.Where(e => e.Timestamp <= to);
        var events = await query.OrderBy(e => e.Sequence).ToListAsync(ct);
        var items = (await ItemQueries.All(session, ct)).ToDictionary(i => i.Id);

        return events
            .Select(e => (Event: e, Decision: Of(e.Data), Item: items.GetValueOrDefault(e.StreamId)))
            .Where(x => x.Decision is not null && x.Item is not null)
            .Where(x => committee is null || string.Equals(x.Item!.Committee, committee, StringComparison.OrdinalIgnoreCase))
            .Select(x => new DecisionEntry(
                x.Event.Sequence, x.Event.Timestamp, x.Decision!.Value.Decision, x.Decision.Value.Reference, x.Decision.Value.Reason,
                Kinds.Of(x.Item!.Kind).Segment, x.Item.Id, x.Item.Title, x.Item.Committee, x.Decision.Value.Department,
                x.Event.UserName, x.Event.Headers?.GetValueOrDefault(UserStamp.RoleHeader)?.ToString()))
            .ToList();
    }

    /// <summary>CSV as Excel opens it in Sweden: UTF-8 with BOM, semicolons, CRLF, Swedish headings and local time.</summary>
    public static byte[] ToCsv(IEnumerable<DecisionEntry> entries)
    {
        var csv = new StringBuilder();
        void Row(params string?[] cells) => csv.Append(string.Join(';', cells.Select(Cell))).Append("\r\n");
        Row("Tidpunkt", "Beslut", "Beslutsreferens", "Motivering", "Typ", "Titel", "Nämnd", "Förvaltning", "Användare", "Roll", "Post-id", "Sekvens");
        foreach (var d in entries)
        {
            Row(TimeZoneInfo.ConvertTime(d.Timestamp, SwedishTime.Stockholm).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                SwedishName(d.Decision), d.DecisionReference, d.Reason, d.Kind, d.Title, d.Committee, d.Department, d.User,
                d.Role is null ? null : Roles.Swedish(d.Role), d.ItemId.ToString(), d.Sequence.ToString(CultureInfo.InvariantCulture));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        // A leading =, +, - or @ would be read by a spreadsheet as a formula.
        if (value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}

public static class DecisionLogEndpoint
{
    /// <summary>
    /// The decision log, filtered by period (<c>from</c>, <c>to</c>: dates or ISO 8601 instants) and
    /// nämnd; <c>format=csv</c> (or <c>Accept: text/csv</c>) gives a file for Excel, otherwise JSON.
    /// </summary>
    [WolverineGet("/api/decisions")]
    public static async Task<IResult> Get(string? from, string? to, string? committee, string? format, HttpContext context, IQuerySession session, CancellationToken ct)
    {
        if (!Period.TryRead(from, to, out var period, out var errors)) return Problems.Invalid(errors);
        if (committee is not null && !Committees.IsKnown(committee))
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                ["committee"] = [$"Okänd nämnd '{committee}'. Giltiga koder: {Committees.Codes}."],
            });
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
                  || (format is null && context.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase));
        if (format is not null && !csv && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                ["format"] = [$"Okänt format '{format}'. Välj csv eller json."],
            });

        var entries = await DecisionLog.ReadAsync(session, period, committee, ct);
        return csv
            ? Results.File(DecisionLog.ToCsv(entries), "text/csv; charset=utf-8", "beslutslogg.csv")
            : Results.Ok(entries);
    }
}
