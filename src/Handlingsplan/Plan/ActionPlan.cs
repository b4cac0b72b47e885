using System.Text.Json;
using Marten;

namespace Handlingsplan.Plan;

/// <summary>
/// The action plan itself (ekonomisk handlingsplan): its decision and its ambition. The ambition is
/// plan data, adopted as an event, so it has a history and is never a constant in code.
/// </summary>
public sealed record ActionPlan(Guid Id, string Title, string DecisionReference, decimal AmbitionTkr);

public sealed record ActionPlanAdopted(string Title, string DecisionReference, decimal AmbitionTkr);

/// <summary>The plan data shipped with the product, read from the documents the municipality adopted.</summary>
public sealed record PlanData(string Title, string DecisionReference, decimal AmbitionTkr);

/// <summary>
/// Loads the shipped plan as events into an empty store. Idempotent: a store that already holds
/// the plan is left alone.
/// </summary>
public static class PlanImport
{
    /// <summary>One plan per store, so its stream has a fixed id.</summary>
    public static readonly Guid PlanId = new("3f0c6a8e-2b1d-4c59-9a57-4e0d2c1a2217");

    public static PlanData ReadShippedData()
    {
        using var stream = typeof(PlanImport).Assembly.GetManifestResourceStream("Handlingsplan.Plan.plan.json")
            ?? throw new InvalidOperationException("The shipped plan data (Plan/plan.json) is missing from the build.");
        return JsonSerializer.Deserialize<PlanData>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The shipped plan data is empty.");
    }

    /// <returns>The number of events appended: 0 when the plan was already there.</returns>
    public static async Task<int> RunAsync(IDocumentStore store, CancellationToken ct = default)
    {
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(PlanId, ct) is not null)
            return 0;

        var data = ReadShippedData();
        session.Events.StartStream<ActionPlan>(PlanId, new ActionPlanAdopted(data.Title, data.DecisionReference, data.AmbitionTkr));
        await session.SaveChangesAsync(ct);
        return 1;
    }
}

/// <summary>Loads the plan on the first start with an empty database.</summary>
public sealed class PlanImportOnStartup(IDocumentStore store, ILogger<PlanImportOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var appended = await PlanImport.RunAsync(store, ct);
        if (appended > 0) logger.LogInformation("Loaded the action plan into an empty database ({Count} events)", appended);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
