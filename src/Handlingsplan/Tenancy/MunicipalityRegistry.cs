using System.Collections.Concurrent;
using Marten;

namespace Handlingsplan.Tenancy;

/// <summary>
/// The municipalities this installation serves, read from the shared table and kept in memory. A code
/// this node has not seen (added on another node, or since) is looked up again, so nodes agree without
/// telling each other. The first customer is always there, stored or not.
/// </summary>
public sealed class MunicipalityRegistry(IDocumentStore store, TimeProvider clock)
{
    readonly ConcurrentDictionary<string, Municipality> _known = new() { [Municipalities.DefaultCode] = Municipalities.Default };

    public async Task<Municipality?> FindAsync(string code, CancellationToken ct = default)
    {
        if (_known.TryGetValue(code, out var known)) return known;
        await using var session = store.QuerySession();
        var stored = await session.LoadAsync<Municipality>(code, ct);
        if (stored is not null) _known[code] = stored;
        return stored;
    }

    /// <summary>Every municipality, the first customer first, then by name.</summary>
    public async Task<IReadOnlyList<Municipality>> AllAsync(CancellationToken ct = default)
    {
        await using var session = store.QuerySession();
        var stored = await session.Query<Municipality>().ToListAsync(ct);
        foreach (var m in stored) _known[m.Id] = m;
        return [Municipalities.Default, .. stored.Where(m => !m.IsDefault).OrderBy(m => m.Name, StringComparer.Create(SwedishCulture, false))];
    }

    static readonly System.Globalization.CultureInfo SwedishCulture = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>Adds a municipality, or returns the one already stored under the code (adding is idempotent).</summary>
    public async Task<(Municipality Municipality, bool Added)> AddAsync(string code, string name, IReadOnlyList<Committee>? committees,
        IReadOnlyList<DepartmentEntry>? departments = null, KoladaIdentity? kolada = null, CancellationToken ct = default)
    {
        if (Municipalities.ProblemWithCode(code) is { } problem) throw new ArgumentException(problem, nameof(code));
        if (await FindAsync(code, ct) is { } existing) return (existing, false);
        var theirCommittees = committees is { Count: > 0 } ? committees : Municipalities.CommonCommittees;
        var municipality = new Municipality
        {
            Id = code,
            Name = name,
            Committees = theirCommittees,
            Departments = departments is { Count: > 0 } ? departments : Municipalities.DepartmentsFor(theirCommittees),
            Kolada = kolada,
            AddedAt = clock.GetUtcNow(),
        };
        await using var session = store.LightweightSession();
        session.Insert(municipality);
        await session.SaveChangesAsync(ct);
        _known[code] = municipality;
        return (municipality, true);
    }
}
