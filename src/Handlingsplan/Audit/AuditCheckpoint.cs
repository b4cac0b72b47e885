using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Handlingsplan.Infrastructure;

namespace Handlingsplan.Audit;

/// <summary>
/// The chain's head as the sealer last wrote it outside the database: the sequence number and hash of
/// the newest seal, when it was written, and an HMAC-SHA256 signature over the three with a key kept in
/// the data folder. A history rewritten in the database with fresh, self-consistent seals no longer
/// holds this link.
/// </summary>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTimeOffset WrittenAt, string Signature);

/// <summary>
/// What the data folder holds: no checkpoint yet (<see cref="Present"/> false), a signed one, or a file
/// that is unreadable or whose signature does not hold (<see cref="Trusted"/> false).
/// </summary>
public sealed record CheckpointRead(bool Present, AuditCheckpoint? Checkpoint, bool Trusted)
{
    public static readonly CheckpointRead None = new(false, null, false);
    public static CheckpointRead Unreadable => new(true, null, false);

    /// <summary>The checkpoint when it is present and its signature holds.</summary>
    public AuditCheckpoint? Valid => Trusted ? Checkpoint : null;
}

/// <summary>
/// Keeps a checkpoint file per municipality's chain (audit-checkpoint.json for the first customer,
/// audit-checkpoint.&lt;kod&gt;.json for the others) and their key (audit-checkpoint.key, readable by the
/// app's user only) in the data folder. A file is replaced whole on each write, never edited; another
/// municipality's signature names its tenant, so a file copied from one to another does not hold.
/// </summary>
public sealed class AuditCheckpoints(DataFolder folder)
{
    public const string FileName = "audit-checkpoint.json";
    public const string KeyFileName = "audit-checkpoint.key";
    const string Domain = "handlingsplan-checkpoint/1";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    readonly Lock _gate = new();

    /// <summary>The first customer's checkpoint file.</summary>
    public string Path => PathOf(Tenancy.Municipalities.DefaultTenantId);

    public string PathOf(string tenantId) =>
        folder.File(tenantId == Tenancy.Municipalities.DefaultTenantId ? FileName : $"audit-checkpoint.{tenantId}.json");

    public CheckpointRead Read() => Read(Tenancy.Municipalities.DefaultTenantId);

    public CheckpointRead Read(string tenantId)
    {
        var path = PathOf(tenantId);
        if (!File.Exists(path)) return CheckpointRead.None;
        AuditCheckpoint? checkpoint;
        try
        {
            checkpoint = JsonSerializer.Deserialize<AuditCheckpoint>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            return CheckpointRead.Unreadable;
        }
        if (checkpoint?.Hash is null || checkpoint.Signature is null) return CheckpointRead.Unreadable;
        var key = ReadKey();
        var valid = key is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(key, tenantId, checkpoint.Sequence, checkpoint.Hash, checkpoint.WrittenAt)),
            Encoding.ASCII.GetBytes(checkpoint.Signature));
        return new CheckpointRead(true, checkpoint, valid);
    }

    /// <summary>Signs and writes a new checkpoint, replacing the file in one rename.</summary>
    public AuditCheckpoint Write(long sequence, string hash, DateTimeOffset at) => Write(Tenancy.Municipalities.DefaultTenantId, sequence, hash, at);

    public AuditCheckpoint Write(string tenantId, long sequence, string hash, DateTimeOffset at)
    {
        lock (_gate)
        {
            var key = ReadKey() ?? CreateKey();
            var writtenAt = new DateTimeOffset(at.UtcDateTime, TimeSpan.Zero);
            var checkpoint = new AuditCheckpoint(sequence, hash, writtenAt, Sign(key, tenantId, sequence, hash, writtenAt));
            var path = PathOf(tenantId);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(checkpoint, Json));
            File.Move(temporary, path, overwrite: true);
            return checkpoint;
        }
    }

    static string Sign(byte[] key, string tenantId, long sequence, string hash, DateTimeOffset writtenAt) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(string.Join('\n',
            (tenantId == Tenancy.Municipalities.DefaultTenantId ? [Domain] : new[] { Domain, tenantId })
                .Concat([sequence.ToString(CultureInfo.InvariantCulture), hash, AuditChain.Instant(writtenAt)])))));

    byte[]? ReadKey()
    {
        var path = folder.File(KeyFileName);
        return File.Exists(path) ? Convert.FromBase64String(File.ReadAllText(path).Trim()) : null;
    }

    byte[] CreateKey()
    {
        folder.WriteSecret(KeyFileName, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        return ReadKey()!;
    }
}
