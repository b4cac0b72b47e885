using System.Runtime.CompilerServices;
using Marten;
using Marten.Storage;
using Npgsql;

namespace Handlingsplan.Audit;

/// <summary>
/// One event exactly as the event store holds it: the stored JSON text, not a re-serialised object,
/// so that what is sealed, verified and exported is what is in the database.
/// </summary>
public sealed record StoredEvent(
    long Sequence,
    Guid Id,
    Guid StreamId,
    /// <summary>The type of the stream's first event, which says what kind of record the stream is (read for the export only).</summary>
    string? FirstEventType,
    long Version,
    string Type,
    DateTimeOffset Timestamp,
    string TenantId,
    string? UserName,
    string? HeadersJson,
    string DataJson,
    /// <summary>The event's .NET type name as stored (<c>mt_dotnet_type</c>).</summary>
    string? DotnetType = null,
    /// <summary>The stream's type in the streams table, or null when the stream has none (or no row).</summary>
    string? StreamType = null,
    /// <summary>The stored archive flag: Marten hides an archived event from reads and replays.</summary>
    bool? IsArchived = false,
    /// <summary>The stored binary data (<c>bdata</c>) as lowercase hex, or null when there is none.</summary>
    string? BinaryDataHex = null);

/// <summary>
/// Reads one municipality's log in sequence order, straight from the event table: its events only,
/// each stream joined by its tenant and id.
/// </summary>
public sealed class EventLog(IMartenDatabase database, string schema, string tenantId)
{
    public static EventLog Of(IDocumentStore store, string tenantId) =>
        new(store.Storage.Database, store.Options.Events.DatabaseSchemaName, tenantId);

    string Schema => schema;

    public string TenantId => tenantId;

    /// <summary>
    /// Only the export asks for each stream's first event type (to name its kind); sealing and
    /// verifying read every event and leave that lookup out.
    /// </summary>
    string Select(string where, bool firstEventType = false) => $"""
        select e.seq_id, e.id, e.stream_id,
          {(firstEventType ? $"(select f.type from {Schema}.mt_events f where f.stream_id = e.stream_id and f.tenant_id = e.tenant_id and f.version = 1)" : "null::text")},
          e.version, e.type, e.timestamp, e.tenant_id, e.user_name, e.headers::text, e.data::text,
          e.mt_dotnet_type, s.type, e.is_archived, encode(e.bdata, 'hex')
        from {Schema}.mt_events e
        left join {Schema}.mt_streams s on s.id = e.stream_id and s.tenant_id = e.tenant_id
        where e.tenant_id = @tenant and {where}
        order by e.seq_id
        """;

    /// <summary>The events with these sequence numbers, in order.</summary>
    public IAsyncEnumerable<StoredEvent> WithSequences(IReadOnlyCollection<long> sequences, CancellationToken ct) =>
        Read(Select("e.seq_id = any(@sequences)"), c => c.Parameters.AddWithValue("sequences", sequences.ToArray()), ct);

    /// <summary>Every event up to and including a sequence number, in order.</summary>
    public IAsyncEnumerable<StoredEvent> UpToSequence(long sequence, CancellationToken ct) =>
        Read(Select("e.seq_id <= @sequence"), c => c.Parameters.AddWithValue("sequence", sequence), ct);

    /// <summary>Every event committed in a period (either end open), in order.</summary>
    public IAsyncEnumerable<StoredEvent> InPeriod(DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct) =>
        Read(Select("(@from::timestamptz is null or e.timestamp >= @from) and (@to::timestamptz is null or e.timestamp <= @to)", firstEventType: true), c =>
        {
            c.Parameters.Add(new NpgsqlParameter("from", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)from?.ToUniversalTime() ?? DBNull.Value });
            c.Parameters.Add(new NpgsqlParameter("to", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)to?.ToUniversalTime() ?? DBNull.Value });
        }, ct);

    public async Task<long> CountAfterAsync(long sequence, CancellationToken ct)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"select count(*) from {Schema}.mt_events where tenant_id = @tenant and seq_id > @sequence", connection);
        command.Parameters.AddWithValue("sequence", sequence);
        command.Parameters.AddWithValue("tenant", tenantId);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The lowest sequence number of an event in (after, upTo], or null when there is none.</summary>
    public async Task<long?> FirstBetweenAsync(long after, long upTo, CancellationToken ct)
    {
        if (upTo <= after) return null;
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"select min(seq_id) from {Schema}.mt_events where tenant_id = @tenant and seq_id > @after and seq_id <= @upTo", connection);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("upTo", upTo);
        return await command.ExecuteScalarAsync(ct) is long sequence ? sequence : null;
    }

    /// <summary>
    /// The first stream (by its newest event) whose row in the streams table disagrees with its events:
    /// missing, archived, or at another version than its newest event. One statement, so that an
    /// append committed meanwhile is seen whole or not at all.
    /// </summary>
    public async Task<StreamMismatch?> FirstStreamMismatchAsync(CancellationToken ct)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"""
            select e.stream_id, e.last_seq, e.last_version, s.id is not null, s.version, coalesce(s.is_archived, false)
            from (select stream_id, max(seq_id) as last_seq, max(version) as last_version, bool_and(type = @tombstone) as tombstones
                  from {Schema}.mt_events where tenant_id = @tenant group by stream_id) e
            left join {Schema}.mt_streams s on s.id = e.stream_id and s.tenant_id = @tenant
            where s.id is null or coalesce(s.is_archived, false)
               or (s.version is distinct from e.last_version and not e.tombstones)
            order by e.last_seq
            limit 1
            """, connection);
        // Marten keeps the sequence numbers of a failed append (a commit cut off by a lost connection)
        // as tombstone events in a stream of their own (a new one for each process), whose events carry
        // their sequence as version while the row keeps version 0: that version says nothing, and the
        // tombstones themselves are sealed like every other event.
        command.Parameters.AddWithValue("tombstone", JasperFx.Events.Tombstone.Name);
        command.Parameters.AddWithValue("tenant", tenantId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new StreamMismatch(
            StreamId: reader.GetGuid(0),
            LastSequence: reader.GetInt64(1),
            LastVersion: reader.GetInt64(2),
            RowExists: reader.GetBoolean(3),
            StreamVersion: reader.IsDBNull(4) ? null : reader.GetInt64(4),
            Archived: reader.GetBoolean(5));
    }

    async IAsyncEnumerable<StoredEvent> Read(string sql, Action<NpgsqlCommand> parameters, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", tenantId);
        parameters(command);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new StoredEvent(
                Sequence: reader.GetInt64(0),
                Id: reader.GetGuid(1),
                StreamId: reader.GetGuid(2),
                FirstEventType: reader.IsDBNull(3) ? null : reader.GetString(3),
                Version: reader.GetInt64(4),
                Type: reader.GetString(5),
                Timestamp: new DateTimeOffset(reader.GetDateTime(6), TimeSpan.Zero),
                TenantId: reader.IsDBNull(7) ? "" : reader.GetString(7),
                UserName: reader.IsDBNull(8) ? null : reader.GetString(8),
                HeadersJson: reader.IsDBNull(9) ? null : reader.GetString(9),
                DataJson: reader.GetString(10),
                DotnetType: reader.IsDBNull(11) ? null : reader.GetString(11),
                StreamType: reader.IsDBNull(12) ? null : reader.GetString(12),
                IsArchived: reader.IsDBNull(13) ? null : reader.GetBoolean(13),
                BinaryDataHex: reader.IsDBNull(14) ? null : reader.GetString(14));
        }
    }
}

/// <summary>A stream whose row in the streams table does not agree with its events.</summary>
public sealed record StreamMismatch(Guid StreamId, long LastSequence, long LastVersion, bool RowExists, long? StreamVersion, bool Archived);
