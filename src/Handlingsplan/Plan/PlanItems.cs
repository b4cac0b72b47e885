using Handlingsplan.Items;
using Handlingsplan.Items.Assigning;
using Handlingsplan.Items.Deciding;
using Handlingsplan.Items.Proposing;

namespace Handlingsplan.Plan;

/// <summary>One item as the documents give it: its proposal, the decision on it, its assignment and the item that is the same work.</summary>
public sealed record PlanItem(
    string Key, ItemProposed Proposal, PlanDecision? Decision, bool Prioritised, PlanAssignment? Assignment, ItemLink? SameWork, string Document);

/// <summary>
/// The items of the plan, and the pure reconciliation that brings an item (none, for a fresh store)
/// to what the documents say. On a fresh store it yields the proposal and the decisions as they were
/// taken; on a store an earlier revision wrote, it yields the corrections as new events, each with
/// its reason. What a user has decided since is left alone.
/// </summary>
public static class PlanItems
{
    /// <summary>What the first revision of the data called the investigations' decision.</summary>
    const string FirstRevisionBudgetReference = "Kommunstyrelsens budget 2025–2027";

    public static IReadOnlyList<PlanItem> From(PlanData data)
    {
        var investigations = data.Investigations.ToDictionary(i => i.Key);
        var sameWorkOf = data.Measures.Where(m => m.SameWorkAs is not null).ToDictionary(m => m.SameWorkAs!, m => m);
        var items = new List<PlanItem>();
        foreach (var m in data.Measures)
        {
            var proposal = ProposeItemEndpoint.Decide(Kinds.Measure, new ProposeItem(
                m.Title, m.Description, m.Committee, m.Category, m.Horizon, m.EstimatedSavingTkr, m.Source, m.ResponsibleRole, m.Timeline,
                NotQuantified: m.NotQuantified));
            var link = m.SameWorkAs is { } key
                ? new ItemLink(ItemKind.Investigation, PlanImport.StableId(key), investigations[key].Title)
                : null;
            items.Add(new PlanItem(m.Key, proposal, m.Decision, true, m.Assignment, link, m.Source ?? data.Title));
        }
        foreach (var i in data.Investigations)
        {
            var proposal = ProposeItemEndpoint.Decide(Kinds.Investigation, new ProposeItem(
                i.Title, i.Description, i.Committee, null, null, null, i.Source, Handling: i.Handling));
            var link = sameWorkOf.TryGetValue(i.Key, out var measure)
                ? new ItemLink(ItemKind.Measure, PlanImport.StableId(measure.Key), measure.Title)
                : null;
            items.Add(new PlanItem(i.Key, proposal, i.Decision, i.Prioritised, i.Assignment, link, i.Source ?? data.Title));
        }
        return items;
    }

    /// <summary>Pure: the events that bring <paramref name="current"/> (null: no stream yet) to what the documents say.</summary>
    public static IReadOnlyList<object> Reconcile(Item? current, Guid id, PlanItem target, DateTimeOffset now)
    {
        var events = new List<object>();
        var item = current;
        void Add(object e)
        {
            events.Add(e);
            item = Item.Next(item, id, e, now) ?? item;
        }
        // Through the same lifecycle a user's step goes through: a plan that breaks it is a bug in the data.
        void Take(Step step, object e)
        {
            if (Lifecycle.Check(item!, step) is { } refusal)
                throw new InvalidOperationException($"The plan data for '{target.Key}' breaks the lifecycle: {refusal.Message}");
            Add(e);
        }

        if (item is null) Add(target.Proposal);
        var p = target.Proposal;

        var texts = new DetailsCorrected(
            $"Texten återges nu som underlaget skriver den ({target.Document}).",
            Title: Differs(item!.Title, p.Title),
            Description: Differs(item.Description, p.Description),
            Handling: Differs(item.Handling, (p as InvestigationProposed)?.Handling),
            ResponsibleRole: target.Assignment is null ? Differs(item.ResponsibleRole, p.ResponsibleRole) : null,
            Timeline: Differs(item.Timeline, p.Timeline));
        if (texts is not { Title: null, Description: null, Handling: null, ResponsibleRole: null, Timeline: null }) Add(texts);

        if (p.NotQuantified == true && item!.EstimatedSavingTkr is null && !item.NotQuantified)
            Add(new EstimateCorrected(null, true,
                "Handlingsplanen beloppsätter inte sina åtgärder (\"svårt att beloppsätta respektive åtgärd\"): ej beloppsatt, inte för tidigt att bedöma."));

        var decidedNow = false;
        if (target.Decision is { } d)
        {
            if (item!.Status == ItemStatus.Proposed)
            {
                if (target.Prioritised) Take(Prioritise.Step, new ItemPrioritised(d.Reference, d.Reason, d.DecidedOn));
                else Take(Decline.Step, new ItemDeclined(d.Reference, d.Reason, d.DecidedOn));
                decidedNow = true;
            }
            else if (item.DecisionReference == FirstRevisionBudgetReference && d.Reference != FirstRevisionBudgetReference)
            {
                Add(new DecisionCorrected(d.Reference, d.DecidedOn,
                    "Beslutet är kommunstyrelsens budget 2025–2027; underlaget anger varken paragraf eller datum för det."));
            }
        }

        var importDecision = target.Decision is { } own && item!.DecisionReference == own.Reference;
        if (target.Assignment is { } a)
        {
            var together = a.Together is { Count: > 0 } t ? t : null;
            if (decidedNow && item!.Status == ItemStatus.Prioritised)
            {
                Take(Assign.Step, new ItemAssigned(a.Department, a.ResponsibleRole, null, target.Decision!.Reference, target.Decision.DecidedOn, together, a.Note));
            }
            else if (importDecision && item!.Status is ItemStatus.Assigned or ItemStatus.Realising &&
                     (item.Department != a.Department || !item.Together.SequenceEqual(together ?? []) || item.AssignmentNote != a.Note))
            {
                Add(new DepartmentReassigned(a.Department,
                    $"Rättat efter tabellen över kommunövergripande utredningar ({target.Document}).",
                    together, a.ResponsibleRole, a.Note));
            }
        }
        else if (importDecision && target.Prioritised && item!.Status == ItemStatus.Assigned && item.Realisations.Count == 0)
        {
            Add(new AssignmentWithdrawn(
                "Underlaget anger ingen samordnande förvaltning för utredningen; det säger bara vilka förvaltningar som har påbörjat en kartläggning."));
        }

        if (target.SameWork is { } link && item!.SameWorkAs?.Id != link.Id)
            Add(new SameWorkLinked(link,
                "Genomlysningen 2024 (avsnitt 3.4) och tabellen över kommunövergripande utredningar i kommunstyrelsens budget 2025–2027 beskriver samma arbete."));

        return events;
    }

    static string? Differs(string? now, string? wanted) => wanted is not null && now != wanted ? wanted : null;
}
