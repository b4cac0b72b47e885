using FluentValidation;
using Handlingsplan.Infrastructure;
using Handlingsplan.Tenancy;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Handlingsplan.Items.Sharing;

/// <param name="Text">The text the other municipalities read, written or approved by the one sharing: anonymised, no names.</param>
/// <param name="Approved">Must be true: the explicit choice to share the text and the measure's figures.</param>
public sealed record ShareMeasure(string? Text, bool? Approved, long? ExpectedVersion) : IStepCommand;

public sealed class ShareMeasureValidator : AbstractValidator<ShareMeasure>
{
    public ShareMeasureValidator()
    {
        RuleFor(x => x.Text).ValidRequiredText(
            "Skriv texten som andra kommuner ska läsa: vad åtgärden var och vad den gav, utan namn på personer.",
            "Texten", ShareMeasureStep.MaxTextLength);
        RuleFor(x => x.Approved).Equal(true)
            .WithMessage("Bekräfta att texten är avidentifierad och att den får delas med andra kommuner, med åtgärdens kategori, tidshorisont och belopp.");
        RuleFor(x => x.ExpectedVersion).ValidExpectedVersion();
    }
}

/// <summary>
/// Kommunledning chose to share the measure with the other municipalities of the installation: the
/// figures as they stood then, and the text it approved. Nothing of a measure is shared without this event.
/// </summary>
public sealed record MeasureShared(
    string Text, string Category, string? Horizon, decimal RealisedTkr, decimal? EstimatedSavingTkr, DateTimeOffset SharedAt);

/// <summary>What a measure shares with the other municipalities now, as its latest <see cref="MeasureShared"/> recorded it.</summary>
public sealed record SharedWithPeers(
    string Text, string Category, string? Horizon, decimal RealisedTkr, decimal? EstimatedSavingTkr, DateTimeOffset SharedAt);

/// <summary>
/// A realised measure shared with the other municipalities ("liknande åtgärder i andra kommuner"):
/// its category, horizon, realised saving and estimate as they stand, and a text kommunledning writes
/// for them. Beside the lifecycle, and kommunledning's alone: what leaves the municipality is its
/// decision. Only a measure under way or completed that has realised a saving can be shared, since the
/// others are to learn from what a measure gave, not from what it hoped for; and only one with a
/// category, since that is how the others find it. Sharing again replaces what was shared, with the
/// figures as they are then. The shared copy (<see cref="SharedMeasure"/>) is written in the same
/// transaction as the event, or neither is.
/// </summary>
public sealed class ShareMeasureStep : IStep
{
    public const int MaxTextLength = 1000;

    /// <summary>Why the measure cannot be shared now, or null when it can.</summary>
    public static string? WhyNot(Item item) =>
        item.Status is not (ItemStatus.Realising or ItemStatus.Completed)
            ? $"Bara en åtgärd som är under genomförande eller slutförd kan delas med andra kommuner; den här är {Swedish.Status(item.Status)}."
        : item.RealisedTkr <= 0
            ? "Åtgärden har ingen realiserad besparing att dela. Andra kommuner ska se vad en åtgärd faktiskt gav: registrera besparingen först."
        : string.IsNullOrWhiteSpace(item.Category)
            ? "Åtgärden saknar kategori. Andra kommuner hittar delade åtgärder genom kategorin, så en åtgärd utan kategori kan inte delas."
        : null;

    /// <summary>What has changed in the measure since it was shared, in words, or null when the shared copy still matches.</summary>
    public static string? ChangedSinceShared(Item item) =>
        item.Shared is not { } shared ? null
        : shared.RealisedTkr != item.RealisedTkr || shared.EstimatedSavingTkr != item.EstimatedSavingTkr
          || shared.Category != item.Category || shared.Horizon != item.Horizon
            ? $"Siffrorna har ändrats sedan åtgärden delades (delat: realiserat {SwedishFormat.Tkr(shared.RealisedTkr)}; nu: {SwedishFormat.Tkr(item.RealisedTkr)}). Dela igen för att visa de nya, eller sluta dela."
        : null;

    public static Step Step { get; } = new()
    {
        Name = "share",
        Route = "share",
        Verb = "dela med andra kommuner",
        Button = "Dela med andra kommuner",
        Order = 23,
        From = Lifecycle.Any,
        Kinds = [ItemKind.Measure],
        Who = Taker.Management,
        Aside = true,
        Guard = WhyNot,
        Fields = item =>
        [
            new("text", "Text som delas", FormFieldType.TextArea,
                Hint: $"Andra kommuner läser den. Skriv vad åtgärden var och vad den gav, utan namn på personer eller annat som pekar ut någon. Högst {MaxTextLength} tecken.",
                Value: item.Shared?.Text),
            new("approved", "Jag godkänner att detta delas med andra kommuner", FormFieldType.Checkbox,
                Hint: "Med texten delas kommunens namn och åtgärdens kategori, tidshorisont, realiserade belopp och bedömning, som de står nu."),
        ],
        Events =
        [
            new StepEvent<MeasureShared>("Delad med andra kommuner",
                (item, e) => item with { Shared = new SharedWithPeers(e.Text, e.Category, e.Horizon, e.RealisedTkr, e.EstimatedSavingTkr, e.SharedAt) },
                e => $"Kategori {PeerMeasures.CategoryName(e.Category)}, realiserat {SwedishFormat.Tkr(e.RealisedTkr)}. Text: {e.Text}"),
        ],
    };

    public static MeasureShared Decide(ShareMeasure command, Item item, DateTimeOffset now) =>
        new(command.Text!.Trim(), item.Category!, item.Horizon, item.RealisedTkr, item.EstimatedSavingTkr, now);

    [WolverinePost("/api/{kind}/{id}/share")]
    public static (ItemVersion, Events) Post(ShareMeasure command, [WriteAggregate(Required = false)] Item item, IDocumentSession session, TimeProvider clock)
    {
        var shared = Decide(command, item, clock.GetUtcNow());
        session.Store(SharedMeasure.Of(MunicipalityContext.Current, item.Id, shared));
        return ItemVersion.After(item, [shared]);
    }
}
