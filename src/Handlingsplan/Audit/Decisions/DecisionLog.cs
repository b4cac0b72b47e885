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

/// <summary>
/// One decision on an item: who recorded it and when (<c>Timestamp</c>), the day it was taken
/// (<c>DecidedOn</c>, null when not known), and under which decision reference. <c>Diarienummer</c> is the
/// decision's own, or else the item's as it is now; null when neither is known.
/// </summary>
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
    string? Role,
    DateOnly? DecidedOn = null,
    string? Diarienummer = null);

/// <summary>
/// The decision log: every event of a step that is a decision (prioritise, decline, assign, complete,
/// cancel: <see cref="Step.IsDecision"/>), read from the events themselves, so it shows exactly what
/// the history holds.
/// </summary>
public static class DecisionLog
{
    /// <summary>Pure: the decision an event records, or null when it records none.</summary>
    public static (string Decision, string Title, string? Reference, string? Reason, string? Department, DateOnly? DecidedOn, string? Diarienummer)? Of(object data) =>
        Steps.DecisionEvents.Contains(data.GetType()) && Steps.EventOf(data) is { } described
            ? (Steps.StepOf(data)?.Name ?? CorrectionName, described.Title, described.ReferenceOf(data), described.ReasonOf(data), described.DepartmentOf(data),
                described.DecidedOnOf(data), described.DiarienummerOf(data))
            : null;

    /// <summary>The decision log's name for a decision's reference or date put right by the plan's import.</summary>
    public const string CorrectionName = "decisionCorrected";

    /// <summary>The Swedish name of a decision, as its event's title in the history.</summary>
    public static string SwedishName(string decision) =>
        decision == CorrectionName ? "Beslutsuppgift rättad"
        : Steps.All.FirstOrDefault(s => s.IsDecision && s.Name == decision)?.Events[0].Title ?? decision;

    public static async Task<IReadOnlyList<DecisionEntry>> ReadAsync(IQuerySession session, Period period, string? committee, CancellationToken ct)
    {
        var decisionTypes = Steps.DecisionEvents.ToArray();
        var query = session.Events.QueryAllRawEvents().Where(e => e.EventTypesAre(decisionTypes));
        if (period.From is { } from) query = query.Where(e => e.Timestamp >= from);
        if (period.To is { } to) query = query.Where(e => e.Timestamp <= to);
        var events = await query.OrderBy(e => e.Sequence).ToListAsync(ct);
        var items = await ItemQueries.ByIdAsync(events.Select(e => e.StreamId), session, ct);

        return events
            .Select(e => (Event: e, Decision: Of(e.Data), Item: items.GetValueOrDefault(e.StreamId)))
            .Where(x => x.Decision is not null && x.Item is not null)
            .Where(x => committee is null || string.Equals(x.Item!.Committee, committee, StringComparison.OrdinalIgnoreCase))
            .Select(x => new DecisionEntry(
                x.Event.Sequence, x.Event.Timestamp, x.Decision!.Value.Decision, x.Decision.Value.Reference, x.Decision.Value.Reason,
                Kinds.Of(x.Item!.Kind).Segment, x.Item.Id, x.Item.Title, x.Item.Committee, x.Decision.Value.Department,
                x.Event.UserName, x.Event.Headers?.GetValueOrDefault(UserStamp.RoleHeader)?.ToString(), x.Decision.Value.DecidedOn,
                x.Decision.Value.Diarienummer ?? x.Item.Diarienummer))
            .ToList();
    }

    /// <summary>
    /// The state of decisions by a day ("beslutsläge per"): for every item, what had been decided on it
    /// by the end of that day, by the day each decision was taken, not the day it was recorded. A
    /// decision whose day is not known counts from the day it was recorded. Items on which nothing
    /// had been decided by then are left out.
    /// </summary>
    public static async Task<IReadOnlyList<DecidedState>> StateOnAsync(IQuerySession session, DateOnly day, string? committee, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypesAre(Steps.DecisionEvents.ToArray()))
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        var items = await ItemQueries.ByIdAsync(events.Select(e => e.StreamId), session, ct);
        var latest = new Dictionary<Guid, (DecisionEntry Entry, ItemStatus Status)>();
        foreach (var e in events)
        {
            if (Of(e.Data) is not { } decision || !items.TryGetValue(e.StreamId, out var item)) continue;
            var taken = decision.DecidedOn ?? SwedishTime.Day(e.Timestamp);
            if (taken > day) continue;
            var status = Steps.EventOf(e.Data)!.LeadsTo ?? (latest.TryGetValue(e.StreamId, out var before) ? before.Status : item.Status);
            latest[e.StreamId] = (new DecisionEntry(
                e.Sequence, e.Timestamp, decision.Decision, decision.Reference, decision.Reason, Kinds.Of(item.Kind).Segment, item.Id,
                item.Title, item.Committee, decision.Department, e.UserName, e.Headers?.GetValueOrDefault(UserStamp.RoleHeader)?.ToString(),
                decision.DecidedOn, decision.Diarienummer ?? item.Diarienummer), status);
        }
        return latest.Values
            .Where(x => committee is null || string.Equals(x.Entry.Committee, committee, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Entry.Kind).ThenBy(x => x.Entry.Title, StringComparer.Create(SwedishFormat.Culture, false))
            .Select(x => new DecidedState(x.Entry.ItemId, x.Entry.Kind, x.Entry.Title, x.Entry.Committee, x.Status, x.Entry))
            .ToList();
    }

    /// <summary>CSV as Excel opens it in Sweden: UTF-8 with BOM, semicolons, CRLF, Swedish headings and local time.</summary>
    public static byte[] ToCsv(IEnumerable<DecisionEntry> entries)
    {
        var csv = new StringBuilder();
        void Row(params string?[] cells) => csv.Append(string.Join(';', cells.Select(Cell))).Append("\r\n");
        Row("Beslutat", "Registrerat", "Beslut", "Beslutsreferens", "Motivering", "Typ", "Titel", "Nämnd", "Förvaltning", "Användare", "Roll", "Post-id", "Sekvens", "Diarienummer");
        foreach (var d in entries)
        {
            Row(d.DecidedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "anges inte",
                TimeZoneInfo.ConvertTime(d.Timestamp, SwedishTime.Stockholm).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                SwedishName(d.Decision), d.DecisionReference, d.Reason, d.Kind, d.Title, d.Committee, d.Department, d.User,
                d.Role is null ? null : Roles.Swedish(d.Role), d.ItemId.ToString(), d.Sequence.ToString(CultureInfo.InvariantCulture), d.Diarienummer);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>The CSV's columns as an Excel sheet: the days and times as dates, the sequence as a number.</summary>
    public static byte[] ToXlsx(IEnumerable<DecisionEntry> entries) => Spreadsheet.Write("Beslutslogg", SheetColumns, entries);

    static readonly IReadOnlyList<Spreadsheet.Column<DecisionEntry>> SheetColumns =
    [
        // A day not known is an empty cell: the column holds only dates, so that it sorts and filters as dates.
        new("Beslutat", Spreadsheet.CellType.Day, d => d.DecidedOn),
        new("Registrerat", Spreadsheet.CellType.Instant, d => d.Timestamp),
        new("Beslut", Spreadsheet.CellType.Text, d => SwedishName(d.Decision), Width: 24),
        new("Beslutsreferens", Spreadsheet.CellType.Text, d => d.DecisionReference, Width: 26),
        new("Motivering", Spreadsheet.CellType.Text, d => d.Reason, Width: 40),
        new("Typ", Spreadsheet.CellType.Text, d => d.Kind, Width: 14),
        new("Titel", Spreadsheet.CellType.Text, d => d.Title, Width: 50),
        new("Nämnd", Spreadsheet.CellType.Text, d => d.Committee),
        new("Förvaltning", Spreadsheet.CellType.Text, d => d.Department, Width: 30),
        new("Användare", Spreadsheet.CellType.Text, d => d.User, Width: 14),
        new("Roll", Spreadsheet.CellType.Text, d => d.Role is null ? null : Roles.Swedish(d.Role), Width: 18),
        new("Post-id", Spreadsheet.CellType.Text, d => d.ItemId.ToString(), Width: 38),
        new("Sekvens", Spreadsheet.CellType.Number, d => d.Sequence),
        // Added after the first release: at the end, so that existing readers of the columns keep working.
        new("Diarienummer", Spreadsheet.CellType.Text, d => d.Diarienummer, Width: 18),
    ];

    static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        value = Spreadsheet.Guard(value);
        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}

/// <summary>What had been decided on one item by a day: its status by those decisions, and the latest of them.</summary>
public sealed record DecidedState(Guid ItemId, string Kind, string Title, string Committee, ItemStatus Status, DecisionEntry LatestDecision);

public static class DecisionLogEndpoint
{
    /// <summary>
    /// "Beslutsläge per": what had been decided by the end of a day (<c>on</c>, yyyy-MM-dd), by the day
    /// each decision was taken. "Visa planen per" (<c>asOf</c> elsewhere) answers what the system knew at an instant instead.
    /// </summary>
    [WolverineGet("/api/decisions/state")]
    public static async Task<IResult> State(string? on, string? committee, string? page, string? pageSize, HttpContext context, IQuerySession session, CancellationToken ct)
    {
        Paging.TryRead(page, pageSize, out var paging, out var errors);
        if (!Rules.TryParseDate(on, out var day))
            errors["on"] = [$"Ange dagen som on=ÅÅÅÅ-MM-DD, mellan {Limits.FirstYear} och {Limits.LastYear}."];
        if (committee is not null && !Committees.IsKnown(committee))
            errors["committee"] = [$"Okänd nämnd '{committee}'. Giltiga koder: {Committees.Codes}."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        var states = await DecisionLog.StateOnAsync(session, day, committee, ct);
        paging.Describe(context, states.Count);
        return Results.Ok(paging.Of(states));
    }

    /// <summary>
    /// The decision log, filtered by period (<c>from</c>, <c>to</c>: dates or ISO 8601 instants) and
    /// nämnd; <c>format=csv</c> or <c>format=xlsx</c> (or <c>Accept</c> naming either) gives a file for
    /// Excel with every decision of the period, otherwise one page of JSON (<c>page</c>, <c>pageSize</c>; the total in <c>X-Total-Count</c>).
    /// </summary>
    [WolverineGet("/api/decisions")]
    [OffersFormats("json", "csv", "xlsx")]
    public static async Task<IResult> Get(string? from, string? to, string? committee, string? format, string? page, string? pageSize,
        HttpContext context, IQuerySession session, CancellationToken ct)
    {
        if (!Paging.TryRead(page, pageSize, out var paging, out var pagingErrors)) return Problems.Invalid(pagingErrors);
        if (!Period.TryRead(from, to, out var period, out var errors)) return Problems.Invalid(errors);
        if (committee is not null && !Committees.IsKnown(committee))
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                ["committee"] = [$"Okänd nämnd '{committee}'. Giltiga koder: {Committees.Codes}."],
            });
        if (Formats.Chosen(format, context.Request, Formats.Json, Formats.Csv, Formats.Xlsx) is not { } chosen)
            return Formats.Unknown(format!, Formats.Json, Formats.Csv, Formats.Xlsx);

        var entries = await DecisionLog.ReadAsync(session, period, committee, ct);
        if (chosen == Formats.Csv) return Results.File(DecisionLog.ToCsv(entries), "text/csv; charset=utf-8", "beslutslogg.csv");
        if (chosen == Formats.Xlsx) return Results.File(DecisionLog.ToXlsx(entries), Spreadsheet.ContentType, "beslutslogg.xlsx");
        paging.Describe(context, entries.Count);
        return Results.Ok(paging.Of(entries));
    }
}
