using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using JasperFx.Events.Projections;
using Marten;

namespace Handlingsplan.Access.Display;

/// <summary>
/// A read-only link for the meeting-room screen (<c>/skarm</c>): kommunledning creates it with a name,
/// and revokes it. Its secret is shown once, when it is made; only its SHA-256 is kept. A stream of
/// its own, kept inline as a document, so a revocation holds from the moment it commits.
/// </summary>
public sealed record DisplayLink
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Name { get; init; } = "";
    /// <summary>SHA-256 of the secret, in lower-case hex.</summary>
    public string TokenHash { get; init; } = "";
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string? RevokedBy { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public bool IsRevoked => RevokedAt is not null;
    /// <summary>The tenant of the municipality whose screen it opens: read from the row, never stored in the document.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Tenant { get; set; }

    public static DisplayLink Create(DisplayLinkCreated e) =>
        new() { Name = e.Name, TokenHash = e.TokenHash, CreatedBy = e.CreatedBy, CreatedAt = e.CreatedAt };

    public DisplayLink Apply(DisplayLinkRevoked e) => this with { RevokedBy = e.RevokedBy, RevokedAt = e.RevokedAt };
}

/// <summary>Kommunledning made a display link; <paramref name="TokenHash"/> is the SHA-256 of its secret, never the secret.</summary>
public sealed record DisplayLinkCreated(string Name, string TokenHash, string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>Kommunledning revoked the link: it opens nothing from now on.</summary>
public sealed record DisplayLinkRevoked(string RevokedBy, DateTimeOffset RevokedAt);

/// <summary>
/// When a link was last used, at most once a minute: kept apart from the link's own document, which
/// only its events write.
/// </summary>
public sealed record DisplayLinkUse(Guid Id, DateTimeOffset LastUsedAt);

/// <summary>The links' secrets: 256 random bits, base64url, and their hashes.</summary>
public static class DisplaySecrets
{
    public const int Length = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Only what <see cref="New"/> makes is looked up at all.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

public static class DisplayLinkConfiguration
{
    public static StoreOptions AddDisplayLinks(this StoreOptions options)
    {
        options.Projections.Snapshot<DisplayLink>(SnapshotLifecycle.Inline);
        options.Schema.For<DisplayLink>().UniqueIndex(l => l.TokenHash).Metadata(m => m.TenantId.MapTo(l => l.Tenant));
        options.Schema.For<DisplayLinkUse>();
        options.Events.AddEventTypes([typeof(DisplayLinkCreated), typeof(DisplayLinkRevoked)]);
        return options;
    }
}
