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
    string DataJson);

/// <summary>Reads the event store's log in sequence order, straight from its table.</summary>
public sealed class EventLog(IMartenDatabase database, string schema)
{
    public static EventLog Of(IDocumentStore store) =>
        new(store.Storage.Database, store.Options.Events.DatabaseSchemaName);

    string Schema => schema;

    /// <summary>
    /// Only the export asks for each stream's first event type (to name its kind); sealing and
    /// verifying read every event and leave that lookup out.
    /// </summary>
    string Select(string where, bool firstEventType = false) => $"""
        select e.seq_id, e.id, e.stream_id,
          {(firstEventType ? $"(select f.type from {Schema}.mt_events f where f.stream_id = e.stream_id and f.version = 1)" : "null::text")},
          e.version, e.type, e.timestamp, e.tenant_id, e.user_name, e.headers::text, e.data::text
        from {Schema}.mt_events e
        where {where}
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
        await using var command = new NpgsqlCommand($"select count(*) from {Schema}.mt_events where seq_id > @sequence", connection);
        command.Parameters.AddWithValue("sequence", sequence);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    async IAsyncEnumerable<StoredEvent> Read(string sql, Action<NpgsqlCommand> parameters, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
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
                DataJson: reader.GetString(10));
        }
    }
}
