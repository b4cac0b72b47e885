using Handlingsplan.Items;
using Handlingsplan.Items.Reading;
using Handlingsplan.Web;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Handlingsplan.Pages.Items;

/// <summary>One item: its facts, its history, and a form for each step the lifecycle allows now.</summary>
public sealed class DetailModel(IQuerySession session) : PageModel
{
    public Item Item { get; private set; } = null!;
    public string Slug { get; private set; } = "";
    public IReadOnlyList<IEvent> History { get; private set; } = [];
    public AsOf AsOf { get; private set; } = AsOf.Now;
    /// <summary>True when the item did not exist yet at the date asked for; the page then shows it as it is now.</summary>
    public bool NotYetAtAsOf { get; private set; }

    /// <summary>The steps the lifecycle allows now and this user may take; the page offers no others (and none on a historic view).</summary>
    public IReadOnlyList<LifecycleStep> Steps => AsOf.IsHistoric ? [] :
        Item.AllowedSteps.Where(step => Handlingsplan.Access.AccessRules.CanTake(Handlingsplan.Access.AppUser.From(User), Item, step)).ToList();

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, string? asOf, CancellationToken ct)
    {
        if (!Ui.KindsBySlug.TryGetValue(slug, out var kind)) return NotFound();
        if (await ItemQueries.Find(kind, id, session, ct) is not { } item) return NotFound();
        (Item, Slug, AsOf) = (item, slug, AsOf.Read(asOf));
        if (AsOf.Instant is { } at)
        {
            if (await ItemQueries.FindAsOf(kind, id, at, session, ct) is { } then)
            {
                Item = then;
                History = await session.Events.FetchStreamAsync(id, timestamp: at, token: ct);
                return Page();
            }
            (NotYetAtAsOf, AsOf) = (true, AsOf.Now);
        }
        History = await session.Events.FetchStreamAsync(id, token: ct);
        return Page();
    }

    public string Endpoint(LifecycleStep step) => $"/api/{ItemKinds.Segment(Item.Kind)}/{Item.Id}/" + step switch
    {
        LifecycleStep.ReviseEstimate => "revise-estimate",
        LifecycleStep.FollowUp => "follow-up",
        LifecycleStep.ProposeMeasure => "measures",
        _ => Json.Name(step),
    };

    /// <summary>The fields of each step's form, in the order shown.</summary>
    public IReadOnlyList<FormField> FieldsFor(LifecycleStep step) => step switch
    {
        LifecycleStep.Prioritise or LifecycleStep.Decline =>
        [
            new("decisionReference", "Beslutsreferens", Hint: "T.ex. KS 2024-09-02 § 123"),
            new("reason", "Motivering", FormFieldType.TextArea),
        ],
        LifecycleStep.Assign =>
        [
            new("department", "Förvaltning eller avdelning"),
            new("responsibleRole", "Ansvarig roll", Hint: "T.ex. förvaltningschef"),
            new("dueDate", "Klart senast", FormFieldType.Date),
            new("decisionReference", "Beslutsreferens (valfri)", Hint: "T.ex. KS 2024-09-02 § 123"),
        ],
        LifecycleStep.Realise =>
        [
            new("amountTkr", "Belopp (tkr)", FormFieldType.Number),
            new("year", "Budgetår", FormFieldType.Number, Value: DateTime.Today.Year.ToString()),
            new("recurring", "Typ av besparing", FormFieldType.YesNo, Options: [("true", "Återkommande (varje år framöver)"), ("false", "Engångs")]),
            new("note", "Anteckning", FormFieldType.TextArea),
        ],
        LifecycleStep.ReviseEstimate =>
        [
            new("estimatedSavingTkr", "Ny bedömning (tkr)", FormFieldType.Number, Hint: "Lämna tomt om det är för tidigt att bedöma."),
            new("reason", "Motivering", FormFieldType.TextArea),
        ],
        LifecycleStep.FollowUp => [new("note", "Anteckning", FormFieldType.TextArea)],
        LifecycleStep.Conclude => [new("findings", "Slutsatser", FormFieldType.TextArea)],
        LifecycleStep.ProposeMeasure =>
        [
            new("title", "Titel på åtgärden"),
            new("committee", "Nämnd", FormFieldType.Select, Value: Item.Committee, Options: Committees.All.Select(c => (c.Code, c.Name)).ToList()),
            new("estimatedSavingTkr", "Bedömd besparing (tkr)", FormFieldType.Number, Hint: "Lämna tomt om det är för tidigt att bedöma."),
            new("description", "Beskrivning", FormFieldType.TextArea),
        ],
        _ =>
        [
            new("reason", "Motivering", FormFieldType.TextArea),
            new("decisionReference", "Beslutsreferens (valfri)", Hint: "T.ex. KS 2024-09-02 § 123"),
        ],
    };

    public static string ButtonText(LifecycleStep step) => step switch
    {
        LifecycleStep.Prioritise => "Prioritera",
        LifecycleStep.Decline => "Prioritera inte",
        LifecycleStep.Assign => "Tilldela",
        LifecycleStep.Realise => "Registrera besparing",
        LifecycleStep.ReviseEstimate => "Revidera bedömningen",
        LifecycleStep.FollowUp => "Spara uppföljning",
        LifecycleStep.Complete => "Slutför",
        LifecycleStep.Cancel => "Avbryt posten",
        LifecycleStep.Conclude => "Spara slutsatser",
        LifecycleStep.ProposeMeasure => "Föreslå åtgärd",
        _ => step.ToString(),
    };

    /// <summary>A line about what an event says, for the timeline.</summary>
    public static string Describe(object data) => data switch
    {
        ItemProposed e => e.EstimatedSavingTkr is null ? "Bedömning: för tidigt att bedöma." : $"Bedömning: {Ui.Tkr(e.EstimatedSavingTkr)}.",
        ItemPrioritised e => $"Beslut {e.DecisionReference}. {e.Reason}",
        ItemDeclined e => $"Beslut {e.DecisionReference}. {e.Reason}",
        ItemAssigned e => $"{Under(e.DecisionReference)}Till {e.Department}{(e.ResponsibleRole is null ? "" : $", ansvar: {e.ResponsibleRole}")}{(e.DueDate is null ? "" : $", klart senast {e.DueDate:yyyy-MM-dd}")}.",
        SavingRealised e => $"{Ui.Tkr(e.AmountTkr)} för {e.Year}, {(e.Recurring ? "återkommande" : "engångs")}. {e.Note}",
        EstimateRevised e => $"Ny bedömning: {Ui.Tkr(e.EstimatedSavingTkr)}. {e.Reason}",
        FollowUpRecorded e => e.Note,
        ItemCompleted e => Under(e.DecisionReference) + e.Reason,
        ItemCancelled e => Under(e.DecisionReference) + e.Reason,
        Investigations.InvestigationConcluded e => e.Findings,
        MeasureLinked e => e.Title,
        _ => "",
    };

    static string Under(string? decisionReference) => decisionReference is null ? "" : $"Beslut {decisionReference}. ";
}

public enum FormFieldType { Text, TextArea, Number, Date, Select, YesNo }

public sealed record FormField(
    string Name,
    string Label,
    FormFieldType Type = FormFieldType.Text,
    string? Hint = null,
    string? Value = null,
    IReadOnlyList<(string Value, string Text)>? Options = null);
