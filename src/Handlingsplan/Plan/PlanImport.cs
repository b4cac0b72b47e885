using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Handlingsplan.Access;
using Handlingsplan.Items;
using Handlingsplan.Items.Assigning;
using Handlingsplan.Items.Deciding;
using Handlingsplan.Items.Proposing;
using Marten;

namespace Handlingsplan.Plan;

/// <summary>The plan as the municipality's documents give it, shipped in <c>Plan/plan.json</c>.</summary>
public sealed record PlanData(
    string Title,
    string DecisionReference,
    decimal AmbitionTkr,
    IReadOnlyList<PlanMeasure> Measures,
    IReadOnlyList<PlanInvestigation> Investigations,
    PlanAllocations Allocations);

public sealed record PlanMeasure(
    string Key, string Title, string? Description, string Committee, string? Category, string? Horizon,
    decimal? EstimatedSavingTkr, string? Source, string? ResponsibleRole, string? Timeline);

public sealed record PlanInvestigation(
    string Key, string Title, string? Description, string Committee, string? Source, string? Handling,
    bool Prioritised, string? Department, string? DecisionReference);

public sealed record PlanAllocations(int Year, string Source, IReadOnlyList<CommitteeAllocation> Committees);

public sealed record ImportResult(int StreamsStarted, int EventsAppended);

/// <summary>
/// Loads the shipped plan as events, through the same pure decisions a user's commands go through,
/// so the imported items have a history like everything else. Idempotent: every item has a stable
/// id derived from its key, and a stream that exists is left alone. No realised savings are
/// imported: the documents hold none.
/// </summary>
public static class PlanImport
{
    public const string ImportUser = "import";
    /// <summary>One plan per store, so its stream has a fixed id.</summary>
    public static readonly Guid PlanId = StableId("plan");

    public static PlanData ReadShippedData()
    {
        using var stream = typeof(PlanImport).Assembly.GetManifestResourceStream("Handlingsplan.Plan.plan.json")
            ?? throw new InvalidOperationException("The shipped plan data (Plan/plan.json) is missing from the build.");
        return JsonSerializer.Deserialize<PlanData>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The shipped plan data is empty.");
    }

    /// <summary>A stable id for a key of the plan data, so that a second import finds what the first wrote.</summary>
    public static Guid StableId(string key) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes("handlingsplan/" + key)));

    public static async Task<ImportResult> RunAsync(IDocumentStore store, CancellationToken ct = default)
    {
        var data = ReadShippedData();
        await using var session = store.LightweightSession();
        session.LastModifiedBy = ImportUser;
        session.SetHeader(UserStamp.RoleHeader, ImportUser);
        var now = DateTimeOffset.UtcNow;
        var streams = new List<(Type Aggregate, Guid Id, IReadOnlyList<object> Events)>();

        streams.Add((typeof(ActionPlan), PlanId,
        [
            new ActionPlanAdopted(data.Title, data.DecisionReference, data.AmbitionTkr),
            new AllocationsRecorded(data.Allocations.Year, data.Allocations.Source, data.Allocations.Committees),
        ]));
        streams.AddRange(data.Measures.Select(m => (typeof(Item), StableId(m.Key), MeasureEvents(m))));
        streams.AddRange(data.Investigations.Select(i => (typeof(Item), StableId(i.Key), InvestigationEvents(StableId(i.Key), i, now))));

        var started = 0;
        var appended = 0;
        foreach (var (aggregate, id, events) in streams)
        {
            if (await session.Events.FetchStreamStateAsync(id, ct) is not null) continue;
            session.Events.StartStream(aggregate, id, events.ToArray());
            started++;
            appended += events.Count;
        }
        await session.SaveChangesAsync(ct);
        return new ImportResult(started, appended);
    }

    static IReadOnlyList<object> MeasureEvents(PlanMeasure m) =>
    [
        ProposeItemEndpoint.Decide(Kinds.Measure, new ProposeItem(
            m.Title, m.Description, m.Committee, m.Category, m.Horizon, m.EstimatedSavingTkr, m.Source, m.ResponsibleRole, m.Timeline)),
    ];

    /// <summary>Proposed by a nämnd, then prioritised and assigned to the coordinating department, or declined, as the budget handled it.</summary>
    static IReadOnlyList<object> InvestigationEvents(Guid id, PlanInvestigation i, DateTimeOffset now)
    {
        var decisionReference = i.DecisionReference ?? i.Source ?? "Kommunstyrelsens budget";
        var proposed = ProposeItemEndpoint.Decide(Kinds.Investigation, new ProposeItem(
            i.Title, i.Description, i.Committee, null, null, null, i.Source, Handling: i.Handling));
        var events = new List<object> { proposed };
        var item = Item.Next(null, id, proposed, now)!;

        // Through the same rules a user's step goes through: a plan that breaks them is a bug in the data.
        void Take(Step step, object[] decided)
        {
            if (Lifecycle.Check(item, step) is { } refusal)
                throw new InvalidOperationException($"The plan data for '{i.Key}' breaks the lifecycle: {refusal.Message}");
            foreach (var e in decided)
            {
                events.Add(e);
                item = Item.Next(item, id, e, now)!;
            }
        }

        if (i.Prioritised)
        {
            Take(Prioritise.Step, Prioritise.Decide(new DecideOnItem(decisionReference, i.Handling, events.Count)));
            Take(Assign.Step, Assign.Decide(new AssignItem(i.Department ?? "Kommunledningskontoret", null, null, events.Count, decisionReference)));
        }
        else
        {
            Take(Decline.Step, Decline.Decide(new DecideOnItem(decisionReference, i.Handling, events.Count)));
        }
        return events;
    }
}

/// <summary>Loads the plan on the first start with an empty database.</summary>
public sealed class PlanImportOnStartup(IDocumentStore store, ILogger<PlanImportOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var result = await PlanImport.RunAsync(store, ct);
        if (result.StreamsStarted > 0)
            logger.LogInformation("Loaded the action plan: {Streams} items and plan records, {Events} events", result.StreamsStarted, result.EventsAppended);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
