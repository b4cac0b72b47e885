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
/// Keeps the checkpoint file (audit-checkpoint.json) and its key (audit-checkpoint.key, readable by the
/// app's user only) in the data folder. The file is replaced whole on each write, never edited.
/// </summary>
public sealed class AuditCheckpoints(DataFolder folder)
{
    public const string FileName = "audit-checkpoint.json";
    public const string KeyFileName = "audit-checkpoint.key";
    const string Domain = "handlingsplan-checkpoint/1";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    readonly Lock _gate = new();

    public string Path => folder.File(FileName);

    public CheckpointRead Read()
    {
        if (!File.Exists(Path)) return CheckpointRead.None;
        AuditCheckpoint? checkpoint;
        try
        {
            checkpoint = JsonSerializer.Deserialize<AuditCheckpoint>(File.ReadAllText(Path), Json);
        }
        catch (JsonException)
        {
            return CheckpointRead.Unreadable;
        }
        if (checkpoint?.Hash is null || checkpoint.Signature is null) return CheckpointRead.Unreadable;
        var key = ReadKey();
        var valid = key is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(key, checkpoint.Sequence, checkpoint.Hash, checkpoint.WrittenAt)),
            Encoding.ASCII.GetBytes(checkpoint.Signature));
        return new CheckpointRead(true, checkpoint, valid);
    }

    /// <summary>Signs and writes a new checkpoint, replacing the file in one rename.</summary>
    public AuditCheckpoint Write(long sequence, string hash, DateTimeOffset at)
    {
        lock (_gate)
        {
            var key = ReadKey() ?? CreateKey();
            var writtenAt = new DateTimeOffset(at.UtcDateTime, TimeSpan.Zero);
            var checkpoint = new AuditCheckpoint(sequence, hash, writtenAt, Sign(key, sequence, hash, writtenAt));
            var temporary = Path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(checkpoint, Json));
            File.Move(temporary, Path, overwrite: true);
            return checkpoint;
        }
    }

    static string Sign(byte[] key, long sequence, string hash, DateTimeOffset writtenAt) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(string.Join('\n',
            Domain, sequence.ToString(CultureInfo.InvariantCulture), hash, AuditChain.Instant(writtenAt)))));

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
