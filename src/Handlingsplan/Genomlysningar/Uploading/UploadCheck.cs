using System.Globalization;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Handlingsplan.Items.FollowingUp;

namespace Handlingsplan.Genomlysningar.Uploading;

/// <summary>One sheet of an uploaded file: its name, the letter of each heading's column, and its rows below the headings.</summary>
public sealed record UploadedSheet(string Name, IReadOnlyDictionary<string, string> Columns, IReadOnlyList<UploadedRow> Rows);

/// <summary>A row by its number in the sheet (as Excel shows it), with its cells by heading.</summary>
public sealed record UploadedRow(int Number, IReadOnlyDictionary<string, object?> Cells);

/// <summary>What is wrong, and where: the sheet, the row and the column as Excel names them.</summary>
public sealed record UploadError(string Sheet, int Row, string Column, string Message)
{
    public string Text => $"Bladet {Sheet}, rad {Row}{(Column.Length > 0 ? $", kolumn {Column}" : "")}: {Message}";
}

public sealed record NewShift(GenomlysningSection Section, string Title, string? Description, decimal? EstimatedSavingTkr, bool NotQuantified, string Sheet, int Row);

public sealed record NewFollowUp(Guid ItemId, string Note, string Sheet, int Row);

/// <summary>What an accepted file becomes: new shifts for section 4, and follow-ups of section 3's items.</summary>
public sealed record UploadPlan(IReadOnlyList<NewShift> Shifts, IReadOnlyList<NewFollowUp> FollowUps);

/// <summary>
/// Pure: reads the sheets of sections 3 and 4 of a genomlysning's Excel report, as the product wrote
/// it and a nämnd filled it in, row by row. Every error is named with its sheet, row and column; the
/// plan is to be carried out only when there are none.
/// </summary>
public static class UploadCheck
{
    public const string IdHeading = "Id";
    public const string TitleHeading = "Område";
    public const string DescriptionHeading = "Beskrivning";
    public const string EstimateHeading = "Möjlig effektivisering (tkr)";
    public const string NewFollowUpHeading = "Ny uppföljning";
    /// <summary>The label of a sheet's total row, which the file carries and the upload passes over.</summary>
    public const string TotalLabel = "Summa";

    /// <summary>The section a sheet holds, by the number its name begins with ("4.1 Undersöks av förvaltningen").</summary>
    public static GenomlysningSection? SectionOf(string sheet) => Enum.GetValues<GenomlysningSection>()
        .Cast<GenomlysningSection?>()
        .FirstOrDefault(s => sheet.TrimStart().StartsWith(GenomlysningText.Section(s!.Value).Number, StringComparison.Ordinal));

    public static bool IsShiftSection(GenomlysningSection section) =>
        section is GenomlysningSection.ExaminedByDepartment or GenomlysningSection.NeedsCoordination;

    public static (UploadPlan Plan, IReadOnlyList<UploadError> Errors) Check(
        Genomlysning genomlysning, IReadOnlyList<UploadedSheet> sheets, IReadOnlyDictionary<Guid, Item> items, AppUser user)
    {
        var errors = new List<UploadError>();
        var shifts = new List<NewShift>();
        var followUps = new List<NewFollowUp>();
        var linked = genomlysning.Links.ToDictionary(l => l.ItemId, l => l.Section);
        var known = sheets.Where(s => SectionOf(s.Name) is not null).ToList();
        if (known.Count == 0)
            errors.Add(new UploadError("–", 1, "", "Filen har inga blad för avsnitt 3 eller 4. Ladda ner genomlysningens Excelfil, fyll i den och ladda upp den igen."));

        foreach (var sheet in known)
        {
            var section = SectionOf(sheet.Name)!.Value;
            var wanted = IsShiftSection(section) ? new[] { IdHeading, TitleHeading, DescriptionHeading, EstimateHeading } : [IdHeading, NewFollowUpHeading];
            var missing = wanted.Where(h => !sheet.Columns.ContainsKey(h)).ToList();
            if (missing.Count > 0)
            {
                errors.Add(new UploadError(sheet.Name, 1, "", $"Kolumnen {string.Join(" och ", missing.Select(m => $"\"{m}\""))} saknas på rubrikraden."));
                continue;
            }
            string Column(string heading) => sheet.Columns[heading];
            foreach (var row in sheet.Rows)
            {
                string? Text(string heading) => row.Cells.GetValueOrDefault(heading) switch
                {
                    null => null,
                    string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var other => other.ToString(),
                };
                void Error(string heading, string message) => errors.Add(new UploadError(sheet.Name, row.Number, Column(heading), message));

                Guid? id = null;
                if (Text(IdHeading) is { } idText)
                {
                    if (Guid.TryParse(idText, out var parsed) && linked.TryGetValue(parsed, out var linkedTo) && linkedTo == section) id = parsed;
                    else Error(IdHeading, "Id:t hör inte till någon post i detta avsnitt av genomlysningen. Lämna det som filen hade det, eller tomt för en ny förflyttning.");
                }

                if (IsShiftSection(section))
                {
                    if (id is not null) continue; // a shift already in the genomlysning: left as it is
                    var title = Text(TitleHeading);
                    var description = Text(DescriptionHeading);
                    var estimate = row.Cells.GetValueOrDefault(EstimateHeading);
                    if (title is null && description is null && Text(EstimateHeading) is null) continue; // an empty row
                    if (title == TotalLabel && description is null) continue; // the sheet's own total
                    if (title is null) Error(TitleHeading, "Ange området, förflyttningens rubrik.");
                    else if (title.Length > Limits.MaxTitleLength) Error(TitleHeading, $"Området får vara högst {Limits.MaxTitleLength} tecken.");
                    if (description?.Length > Limits.MaxTextLength) Error(DescriptionHeading, $"Beskrivningen får vara högst {Limits.MaxTextLength} tecken.");
                    if (!TryEstimate(estimate, out var amount, out var notQuantified))
                        Error(EstimateHeading, "Ange ett belopp i tkr (t.ex. 350), \"för tidigt att bedöma\" eller \"ej beloppsatt\".");
                    if (title is not null && title.Length <= Limits.MaxTitleLength && description?.Length is null or <= Limits.MaxTextLength && TryEstimate(estimate, out _, out _))
                        shifts.Add(new NewShift(section, title, description, amount, notQuantified, sheet.Name, row.Number));
                }
                else
                {
                    var note = Text(NewFollowUpHeading);
                    if (note is null) continue;
                    if (id is null)
                    {
                        if (Text(IdHeading) is null) Error(IdHeading, "En uppföljning behöver postens Id, som filen hade det.");
                        continue;
                    }
                    if (note.Length > Limits.MaxTextLength) { Error(NewFollowUpHeading, $"Uppföljningen får vara högst {Limits.MaxTextLength} tecken."); continue; }
                    if (!items.TryGetValue(id.Value, out var item)) { Error(IdHeading, "Posten finns inte längre."); continue; }
                    var step = FollowUpStep.Step;
                    if (!Permissions.CanTake(user, item, step)) { Error(NewFollowUpHeading, Permissions.WhyNot(user, item, step)); continue; }
                    if (Lifecycle.Check(item, step) is { } refusal) { Error(NewFollowUpHeading, refusal.Message); continue; }
                    followUps.Add(new NewFollowUp(item.Id, note, sheet.Name, row.Number));
                }
            }
        }
        if (errors.Count == 0 && shifts.Count == 0 && followUps.Count == 0)
            errors.Add(new UploadError(known.FirstOrDefault()?.Name ?? "–", 2, "", "Filen har inga nya förflyttningar och inga nya uppföljningar."));
        return (new UploadPlan(shifts, followUps), errors);
    }

    /// <summary>An estimate as a cell holds it: a number, a number typed as Swedish text, or one of the two words.</summary>
    public static bool TryEstimate(object? cell, out decimal? amount, out bool notQuantified)
    {
        (amount, notQuantified) = (null, false);
        switch (cell)
        {
            case null:
                return true;
            case double d when d >= 0 && d <= (double)Limits.MaxAmountTkr:
                amount = Math.Round((decimal)d, 1);
                return true;
            case decimal m when m >= 0 && m <= Limits.MaxAmountTkr:
                amount = m;
                return true;
            case int or long:
                return TryEstimate(Convert.ToDouble(cell, CultureInfo.InvariantCulture), out amount, out notQuantified);
            case string s:
                var text = s.Trim().ToLowerInvariant();
                if (text.Length == 0 || text == "för tidigt att bedöma") return true;
                if (text == "ej beloppsatt") { notQuantified = true; return true; }
                // As people in Sweden type amounts: "3 800", "3 800,5"; "3.800" is refused, not read as 3,8.
                if (text.Contains('.')) return false;
                var digits = text.Replace("tkr", "").Replace('\u00a0', ' ').Replace(" ", "").Replace(',', '.');
                if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) && parsed <= Limits.MaxAmountTkr)
                {
                    amount = parsed;
                    return true;
                }
                return false;
            default:
                return false;
        }
    }
}
