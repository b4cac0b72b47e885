namespace Handlingsplan.Idempotency;

/// <summary>
/// The answer to a write sent with an <c>Idempotency-Key</c>, committed in the same transaction as the
/// write's events, so that a retry of the same request is answered from here and writes nothing.
/// Kept for <see cref="IdempotentWrite.KeptFor"/>.
/// </summary>
public sealed class StoredAnswer
{
    /// <summary>SHA-256 of the user and the key, in hex: a key belongs to the user who sent it.</summary>
    public string Id { get; set; } = "";
    /// <summary>SHA-256 of method, path, user and body, in hex: the same key for another request is refused.</summary>
    public string RequestHash { get; set; } = "";
    public int Status { get; set; }
    public string? Location { get; set; }
    /// <summary>The answer's JSON, exactly as it was first written.</summary>
    public string Body { get; set; } = "";
    public DateTimeOffset StoredAt { get; set; }
}
