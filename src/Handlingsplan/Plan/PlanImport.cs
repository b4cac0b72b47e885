using System.Text.Json;
using Handlingsplan.Access;
using Handlingsplan.Items;
using Handlingsplan.Items.Proposing;
using Marten;

namespace Handlingsplan.Plan;

/// <summary>The plan as the municipality's documents give it, shipped in <c>Plan/plan.json</c>.</summary>
/// <param name="Revision">The revision of this data; a store brought to an earlier one is corrected to it by new events.</param>
public sealed record PlanData(
    string Title,
    string DecisionReference,
    decimal AmbitionTkr,
    IReadOnlyList<PlanMeasure> Measures,
    IReadOnlyList<PlanInvestigation> Investigations,
    PlanAllocations Allocations,
    PlanBufferRules BufferRules,
    int Revision);

/// <summary>A decision as the document gives it; <paramref name="DecidedOn"/> is null when the document gives no date.</summary>
public sealed record PlanDecision(string Reference, DateOnly? DecidedOn, string? Reason);

public sealed record PlanAssignment(string Department, IReadOnlyList<string>? Together, string? ResponsibleRole, string? Note);

public sealed record PlanMeasure(
    string Key, string Title, string? Description, string Committee, string? Category, string? Horizon,
    decimal? EstimatedSavingTkr, string? Source, string? ResponsibleRole, string? Timeline,
    bool NotQuantified, PlanDecision? Decision, PlanAssignment? Assignment,
    /// <summary>The key of the investigation that is the same work, if any.</summary>
    string? SameWorkAs);

public sealed record PlanInvestigation(
    string Key, string Title, string? Description, string Committee, string? Source, string? Handling,
    bool Prioritised, PlanDecision Decision, PlanAssignment? Assignment);

/// <param name="PrintedTotalTkr">"Summa kommunbidrag" as the budget prints it.</param>
public sealed record PlanAllocations(int Year, string Source, IReadOnlyList<CommitteeAllocation> Committees, decimal PrintedTotalTkr);

public sealed record PlanBufferRules(string Source, IReadOnlyList<BufferRule> Rules, string? Note);

public sealed record ImportResult(int StreamsStarted, int EventsAppended, int ItemsCorrected = 0, int GenomlysningarStarted = 0);

/// <summary>
/// Loads the shipped plan as events, so the imported items have a history like everything else, and
/// brings a store that an earlier revision of the data wrote up to this one by new events, never by
/// editing old ones. Every item has a stable id derived from its key. Each revision is applied once:
/// the plan's stream records it, so what users have done since is never undone. No realised savings
/// are imported: the documents hold none.
/// </summary>
public static class PlanImport
{
    public const string ImportUser = UserStamp.ImportUser;
    /// <summary>One plan per store, so its stream has a fixed id.</summary>
    public static readonly Guid PlanId = StableId("plan");

    public static PlanData ReadShippedData()
    {
        using var stream = typeof(PlanImport).Assembly.GetManifestResourceStream("Handlingsplan.Plan.plan.json")
            ?? throw new InvalidOperationException("The shipped plan data (Plan/plan.json) is missing from the build.");
        return JsonSerializer.Deserialize<PlanData>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The shipped plan data is empty.");
    }

    /// <summary>The plan a municipality starts with when it brings none of its own: no items, no allocations, an ambition to set.</summary>
    public static PlanData Empty(decimal ambitionTkr, int year) => new(
        "Ekonomisk handlingsplan", "", ambitionTkr, [], [],
        new PlanAllocations(year, "", [], 0), new PlanBufferRules("", [], null), Revision: 1);

    /// <summary>A municipality's plan file: the shape of the shipped <c>Plan/plan.json</c>.</summary>
    public static PlanData ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<PlanData>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"The plan file {path} is empty.");
    }

    /// <summary>A stable id for a key of the plan data, so that a second import finds what the first wrote.</summary>
    public static Guid StableId(string key) => Infrastructure.StableIds.Of(key);

    /// <summary>The shipped plan and genomlysning, into the first customer's store.</summary>
    public static Task<ImportResult> RunAsync(IDocumentStore store, CancellationToken ct = default) =>
        RunAsync(store, Tenancy.Municipalities.DefaultTenantId, ReadShippedData(), withShippedGenomlysningar: true, ct);

    /// <summary>
    /// A municipality's own plan, into its own streams (a municipality added later, from its plan file).
    /// The shipped genomlysning belongs to the first customer only.
    /// </summary>
    public static async Task<ImportResult> RunAsync(IDocumentStore store, string tenantId, PlanData data, bool withShippedGenomlysningar, CancellationToken ct = default)
    {
        await using var session = store.LightweightSession(tenantId);
        session.LastModifiedBy = ImportUser;
        session.SetHeader(UserStamp.RoleHeader, ImportUser);
        var now = DateTimeOffset.UtcNow;

        var plan = await session.Events.AggregateStreamAsync<ActionPlan>(PlanId, token: ct);
        var (genomlysningar, genomlysningEvents) = withShippedGenomlysningar
            ? await ShippedGenomlysningar.StartMissingAsync(session, data.Measures.ToDictionary(m => m.Key), ct)
            : (0, 0);
        if (plan is not null && plan.Revision >= data.Revision)
        {
            if (genomlysningar > 0) await session.SaveChangesAsync(ct);
            return new ImportResult(genomlysningar, genomlysningEvents, GenomlysningarStarted: genomlysningar);
        }

        var started = genomlysningar;
        var appended = genomlysningEvents;
        var corrected = 0;
        if (plan is null)
        {
            var events = PlanEvents(data, fresh: true);
            session.Events.StartStream<ActionPlan>(PlanId, [.. events]);
            started++;
            appended += events.Count;
        }
        else
        {
            var events = PlanEvents(data, fresh: false);
            session.Events.Append(PlanId, [.. events]);
            appended += events.Count;
        }

        foreach (var target in PlanItems.From(data))
        {
            var id = StableId(target.Key);
            var current = await session.LoadAsync<Item>(id, ct);
            var events = PlanItems.Reconcile(current, id, target, now);
            if (events.Count == 0) continue;
            if (current is null)
            {
                session.Events.StartStream<Item>(id, [.. events]);
                started++;
            }
            else
            {
                session.Events.Append(id, [.. events]);
                corrected++;
            }
            appended += events.Count;
        }

        appended++;
        session.Events.Append(PlanId, new PlanRevisionApplied(data.Revision, plan is null
            ? "Planen inläst enligt underlagen."
            : $"Planen rättad efter underlagen: {corrected} poster fick rättelser som nya händelser."));
        await session.SaveChangesAsync(ct);
        return new ImportResult(started, appended, corrected, genomlysningar);
    }

    /// <summary>The plan's own records: on a fresh store all of them; on an older one, what it lacks.</summary>
    static List<object> PlanEvents(PlanData data, bool fresh)
    {
        var events = new List<object>();
        if (fresh)
        {
            events.Add(new ActionPlanAdopted(data.Title, data.DecisionReference, data.AmbitionTkr));
            events.Add(new AllocationsRecorded(data.Allocations.Year, data.Allocations.Source, data.Allocations.Committees));
        }
        events.Add(new AllocationTotalRecorded(data.Allocations.Year, data.Allocations.PrintedTotalTkr, data.Allocations.Source));
        events.Add(new BufferRulesRecorded(data.BufferRules.Rules, data.BufferRules.Note, data.BufferRules.Source));
        return events;
    }
}

/// <summary>Loads the plan on the first start with an empty database, and brings an older store to the shipped revision.</summary>
public sealed class PlanImportOnStartup(IDocumentStore store, ILogger<PlanImportOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var result = await PlanImport.RunAsync(store, ct);
        if (result.StreamsStarted > 0)
            logger.LogInformation("Loaded the action plan: {Streams} items and plan records, {Events} events", result.StreamsStarted, result.EventsAppended);
        if (result.ItemsCorrected > 0)
            logger.LogInformation("Brought the action plan up to its documents: {Items} items corrected by {Events} new events", result.ItemsCorrected, result.EventsAppended);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
