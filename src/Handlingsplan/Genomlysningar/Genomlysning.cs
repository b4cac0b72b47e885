namespace Handlingsplan.Genomlysningar;

public enum GenomlysningStatus { Draft, Adopted }

/// <summary>Where in the genomlysning an item stands, by the template's (and the 2024 document's) sections.</summary>
public enum GenomlysningSection
{
    /// <summary>3.1 Effektiviseringsåtgärder på kort sikt.</summary>
    ShortTerm,
    /// <summary>3.2 Effektiviseringsåtgärder på lång sikt.</summary>
    LongTerm,
    /// <summary>3.3 Effektiviseringsåtgärder som utreds, by the förvaltning or municipality-wide.</summary>
    Investigated,
    /// <summary>4.1 Möjliga förflyttningar som ska undersökas av förvaltningen.</summary>
    ExaminedByDepartment,
    /// <summary>4.2 Möjliga förflyttningar som kräver kommunövergripande samordning.</summary>
    NeedsCoordination,
}

/// <summary>The three groups the template sorts its key figures into.</summary>
public enum KeyFigureGroup { Economy, Personnel, Quality }

/// <summary>The template's two table forms: against other municipalities, or Alingsås over the years.</summary>
public enum KeyFigureForm { Comparison, OverTime }

/// <summary>
/// A nämnd's yearly genomlysning (template: seed 002): its key figures as it used them, its analysis
/// (section 2.4), the items it follows up (section 3) and the shifts it proposes (section 4), from
/// utkast to antagen. The items are linked, not copied: the report reads their state from the event
/// store. The key figures are frozen in its own events, so a later fetch that differs is a revision
/// beside them, never a silent replacement.
/// </summary>
public sealed record Genomlysning
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Committee { get; init; } = "";
    public int Year { get; init; }
    public string Title { get; init; } = "";
    /// <summary>Where the record comes from, e.g. the document it was read from.</summary>
    public string? Source { get; init; }
    public GenomlysningStatus Status { get; init; }
    public string? Analysis { get; init; }
    public IReadOnlyList<GenomlysningLink> Links { get; init; } = [];
    public IReadOnlyList<KeyFigure> KeyFigures { get; init; } = [];
    public string? DecisionReference { get; init; }
    public DateOnly? DecidedOn { get; init; }

    public static Genomlysning Create(GenomlysningStarted e) =>
        new() { Committee = e.Committee, Year = e.Year, Title = e.Title, Source = e.Source };

    public Genomlysning Apply(GenomlysningAnalysisWritten e) => this with { Analysis = e.Text };

    /// <summary>An item linked again moves to the section given last.</summary>
    public Genomlysning Apply(GenomlysningItemsLinked e) => this with
    {
        Links = [.. Links.Where(l => e.Links.All(n => n.ItemId != l.ItemId)), .. e.Links],
    };

    /// <summary>A key figure frozen again (same group, name and form) is replaced by the newer values.</summary>
    public Genomlysning Apply(KeyFiguresFrozen e) => this with
    {
        KeyFigures = [.. KeyFigures.Where(k => e.Figures.All(n => !n.SameAs(k))), .. e.Figures],
    };

    /// <summary>An upload's shifts are linked by their own event; the upload itself is the record of where they came from.</summary>
    public Genomlysning Apply(Uploading.GenomlysningUploaded _) => this;

    public Genomlysning Apply(GenomlysningAdopted e) => this with
    {
        Status = GenomlysningStatus.Adopted,
        DecisionReference = e.DecisionReference,
        DecidedOn = e.DecidedOn,
    };
}

public sealed record GenomlysningLink(Guid ItemId, GenomlysningSection Section);

/// <summary>
/// One key figure as a genomlysning uses it: one row of one of the template's tables, with its values.
/// </summary>
/// <param name="Unit">How the values read, e.g. "mnkr", "kr", "%", or null for a plain number or index.</param>
/// <param name="KpiId">Kolada's id of the figure, when Kolada has it.</param>
/// <param name="Note">What a reader needs to know about a value, e.g. where the document's print is wrong.</param>
/// <param name="FetchedAt">When Kolada gave the values, for a figure taken from a fetch: later fetches that differ are its revisions.</param>
public sealed record KeyFigure(
    KeyFigureGroup Group, string Name, KeyFigureForm Form, string? Unit, IReadOnlyList<KeyFigureValue> Values,
    string Origin, string? KpiId = null, string? Note = null, DateTimeOffset? FetchedAt = null)
{
    public bool SameAs(KeyFigure other) => other.Group == Group && other.Form == Form && other.Name == Name;

    /// <summary>A value as the report prints it: "8 695", "41 %", "–" where there is none.</summary>
    public static string Format(decimal? value, string? unit) => value is not { } v
        ? "–"
        : v.ToString("#,0.##", Infrastructure.SwedishFormat.Culture) + (unit == "%" ? " %" : "");
}

/// <summary>
/// One value: for whom (Alingsås, Liknande kommuner, a named municipality, Kommungenomsnitt) and which
/// year (null where the source does not say); the value is null where the source has none ("-").
/// </summary>
public sealed record KeyFigureValue(string Column, int? Year, decimal? Value);

public sealed record GenomlysningStarted(string Committee, int Year, string Title, string? Source);

public sealed record GenomlysningAnalysisWritten(string Text);

public sealed record GenomlysningItemsLinked(IReadOnlyList<GenomlysningLink> Links);

/// <summary>The values a genomlysning uses, as they were when it took them, and where from.</summary>
public sealed record KeyFiguresFrozen(IReadOnlyList<KeyFigure> Figures, string Source);

public sealed record GenomlysningAdopted(string DecisionReference, DateOnly? DecidedOn);

/// <summary>The Swedish words for a genomlysning's status, sections and key-figure groups.</summary>
public static class GenomlysningText
{
    public static string Status(GenomlysningStatus status) => status switch
    {
        GenomlysningStatus.Draft => "utkast",
        GenomlysningStatus.Adopted => "antagen",
        _ => status.ToString(),
    };

    public static (string Number, string Heading) Section(GenomlysningSection section) => section switch
    {
        GenomlysningSection.ShortTerm => ("3.1", "Effektiviseringsåtgärder på kort sikt"),
        GenomlysningSection.LongTerm => ("3.2", "Effektiviseringsåtgärder på lång sikt"),
        GenomlysningSection.Investigated => ("3.3", "Effektiviseringsåtgärder som utreds"),
        GenomlysningSection.ExaminedByDepartment => ("4.1", "Möjliga förflyttningar som ska undersökas av förvaltningen"),
        GenomlysningSection.NeedsCoordination => ("4.2", "Möjliga förflyttningar som ska undersökas och som kräver kommunövergripande samordning"),
        _ => (section.ToString(), section.ToString()),
    };

    public static (string Number, string Heading) Group(KeyFigureGroup group) => group switch
    {
        KeyFigureGroup.Economy => ("2.1", "Ekonominyckeltal"),
        KeyFigureGroup.Personnel => ("2.2", "Personalnyckeltal"),
        KeyFigureGroup.Quality => ("2.3", "Kvalitetsnyckeltal"),
        _ => (group.ToString(), group.ToString()),
    };
}
