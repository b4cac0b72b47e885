using System.Text.Json;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Audit.Exporting;

/// <summary>
/// The archive export: every event of a period as JSON Lines, in sequence order, with its stored data
/// exactly as the event store holds it and its seal in the hash chain, so that an archive can check
/// the chain from the file alone (docs/audit.md).
/// </summary>
public static class ExportEventsEndpoint
{
    const int SealBatch = 500;

    [WolverineGet("/api/audit/export")]
    public static async Task<IResult> Get(string? from, string? to, IDocumentStore store, CancellationToken ct)
    {
        if (!Period.TryRead(from, to, out var period, out var errors)) return Problems.Invalid(errors);
        var tenant = Tenancy.MunicipalityContext.CurrentTenantId;
        var log = EventLog.Of(store, tenant);
        return Results.Stream(async body =>
        {
            await using var session = store.QuerySession(tenant);
            var batch = new List<StoredEvent>(SealBatch);
            await foreach (var e in log.InPeriod(period.From, period.To, ct))
            {
                batch.Add(e);
                if (batch.Count == SealBatch) await WriteAsync(batch, session, body, ct);
            }
            await WriteAsync(batch, session, body, ct);
        }, "application/x-ndjson", $"handlingsplan-handelser-{DateTime.UtcNow:yyyyMMdd-HHmmss}.jsonl");
    }

    static async Task WriteAsync(List<StoredEvent> batch, IQuerySession session, Stream body, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        var sequences = batch.Select(e => e.Sequence).ToArray();
        var (first, last) = (sequences[0], sequences[^1]);
        var seals = (await session.Query<AuditSeal>().Where(s => s.Id >= first && s.Id <= last).ToListAsync(ct)).ToDictionary(s => s.Id);
        using var buffer = new MemoryStream();
        foreach (var e in batch)
        {
            await using (var json = new Utf8JsonWriter(buffer))
            {
                Write(json, e, seals.GetValueOrDefault(e.Sequence));
            }
            buffer.WriteByte((byte)'\n');
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(body, ct);
        await body.FlushAsync(ct);
        batch.Clear();
    }

    static void Write(Utf8JsonWriter json, StoredEvent e, AuditSeal? seal)
    {
        json.WriteStartObject();
        json.WriteNumber("sequence", e.Sequence);
        json.WriteString("id", e.Id);
        json.WriteString("streamId", e.StreamId);
        json.WriteString("kind", KindOf(e.FirstEventType));
        json.WriteNumber("version", e.Version);
        json.WriteString("type", e.Type);
        // Microseconds, as the database keeps them: the seal covers this exact instant.
        json.WriteString("timestamp", AuditChain.Instant(e.Timestamp));
        json.WriteString("tenantId", e.TenantId);
        json.WriteString("user", e.UserName);
        json.WriteString("role", RoleOf(e.HeadersJson));
        json.WritePropertyName("headers");
        if (e.HeadersJson is null) json.WriteNullValue(); else json.WriteRawValue(e.HeadersJson);
        json.WritePropertyName("data");
        json.WriteRawValue(e.DataJson);
        // The columns formula 2 seals beside those above.
        json.WriteString("streamType", e.StreamType);
        json.WriteString("dotnetType", e.DotnetType);
        if (e.IsArchived is { } archived) json.WriteBoolean("archived", archived); else json.WriteNull("archived");
        json.WriteString("binaryData", e.BinaryDataHex);
        if (seal is null) json.WriteNull("formula"); else json.WriteNumber("formula", AuditChain.FormulaOf(seal));
        json.WriteString("previousHash", seal?.PreviousHash);
        json.WriteString("hash", seal?.Hash);
        json.WriteEndObject();
    }

    /// <summary>The stream's kind as the API names it, from its first event: measures, shifts, investigations, or plan for the plan's own records.</summary>
    public static string KindOf(string? firstEventType) => Kinds.OfProposalTypeName(firstEventType)?.Segment ?? "plan";

    static string? RoleOf(string? headers)
    {
        if (headers is null) return null;
        using var document = JsonDocument.Parse(headers);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(UserStamp.RoleHeader, out var role) && role.ValueKind == JsonValueKind.String
            ? role.GetString()
            : null;
    }
}
