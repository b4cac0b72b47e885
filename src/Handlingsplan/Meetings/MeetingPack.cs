using System.Text.Json;
using JasperFx.Events.Projections;
using Marten;

namespace Handlingsplan.Meetings;

/// <summary>
/// A sammanträdesunderlag: the dashboard and every genomlysning's tables as they stood when
/// kommunledning froze them for a meeting (e.g. "Sammanträdesunderlag för KS 2026-02-10"). The
/// figures are kept as the JSON the API answered at that moment, inside the event, so the pack reads
/// the same however the plan moves on and however the read models change shape later.
/// </summary>
public sealed record MeetingPack
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Title { get; init; } = "";
    public DateOnly MeetingDate { get; init; }
    public DateTimeOffset FrozenAt { get; init; }
    public string? FrozenBy { get; init; }
    public JsonElement Dashboard { get; init; }
    public JsonElement Genomlysningar { get; init; }

    public static MeetingPack Create(MeetingPackFrozen e) => new()
    {
        Title = e.Title, MeetingDate = e.MeetingDate, FrozenAt = e.FrozenAt, FrozenBy = e.FrozenBy,
        Dashboard = e.Dashboard, Genomlysningar = e.Genomlysningar,
    };
}

/// <param name="Dashboard">The dashboard as <c>GET /api/dashboard?asOf=</c> answered for the instant.</param>
/// <param name="Genomlysningar">Each genomlysning's report as <c>GET /api/genomlysningar/{id}?asOf=</c> answered, in an array.</param>
public sealed record MeetingPackFrozen(string Title, DateOnly MeetingDate, DateTimeOffset FrozenAt, string? FrozenBy, JsonElement Dashboard, JsonElement Genomlysningar);

public static class Configuration
{
    public static StoreOptions AddMeetings(this StoreOptions options)
    {
        options.Projections.Snapshot<MeetingPack>(SnapshotLifecycle.Inline);
        options.Events.AddEventType<MeetingPackFrozen>();
        return options;
    }
}
