using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// Error answers the framework writes itself (a body that is not valid JSON, an unknown route, an
/// unexpected failure) get the same problem+json shape as ours, in Swedish.
/// </summary>
public static class ProblemDefaults
{
    public static void InSwedish(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Title == UnreadableBodyTitle)
        {
            Unreadable(problem);
            return;
        }
        if (problem.Detail is not null) return;
        (problem.Title, problem.Detail) = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ("Ogiltig begäran",
                "Begäran kunde inte läsas. Kroppen måste vara giltig JSON med rätt typer: text inom citattecken, belopp och år som tal. Inget har sparats."),
            StatusCodes.Status404NotFound => ("Hittades inte", "Adressen finns inte."),
            StatusCodes.Status405MethodNotAllowed => ("Metoden stöds inte", "Adressen finns, men inte för den här HTTP-metoden."),
            StatusCodes.Status415UnsupportedMediaType => ("Fel innehållstyp", "Skicka kroppen som JSON med Content-Type: application/json."),
            StatusCodes.Status500InternalServerError => ("Internt fel", "Något gick fel i tjänsten. Försök igen om en stund."),
            _ => (problem.Title, problem.Detail),
        };
    }

    /// <summary>The title the endpoint framework gives a body it could not read as the command's JSON.</summary>
    const string UnreadableBodyTitle = "Invalid JSON format";

    /// <summary>
    /// A body that is not the command's JSON (a number as text, text where a number belongs, a number too
    /// large) gets a Swedish message under the field it failed at, as every other bad input does; the
    /// framework's own message, which names our types, is not passed on.
    /// </summary>
    static void Unreadable(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        // A value of the wrong type names the field; a body that is not JSON at all has no field to name.
        var converting = problem.Detail?.Contains("could not be converted", StringComparison.Ordinal) == true;
        var field = converting && Regex.Match(problem.Detail!, @"Path: \$\.?(?<field>[A-Za-z0-9_]*)") is { Success: true } m && m.Groups["field"].Value.Length > 0
            ? m.Groups["field"].Value
            : null;
        problem.Title = "Ogiltig begäran";
        problem.Detail = field is null
            ? "Begäran kunde inte läsas. Kroppen måste vara giltig JSON med rätt typer: text inom citattecken, belopp och år som tal. Inget har sparats."
            : $"Kroppen är JSON, men fältet {field} har fel typ eller ett värde som inte går att läsa. Inget har sparats.";
        problem.Extensions.Remove("lineNumber");
        problem.Extensions.Remove("bytePositionInLine");
        if (field is not null)
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [MessageFor(field)] };
    }

    const string NumberRule = "som ett tal i tkr, t.ex. 3800 eller 3800.5, högst 10 000 000; text och tal inom citattecken godtas inte.";

    static string MessageFor(string field) => field switch
    {
        "amountTkr" => "Ange beloppet " + NumberRule,
        "estimatedSavingTkr" => "Ange den bedömda besparingen " + NumberRule,
        "budgetedTkr" => "Ange den budgeterade bufferten " + NumberRule,
        "year" => "Ange budgetåret som ett heltal, t.ex. 2026.",
        "expectedVersion" => "Ange expectedVersion som ett heltal, den version av posten du utgår från.",
        "number" => "Ange vilken besparing som ett heltal, t.ex. 1.",
        "recurring" => "Ange om besparingen är återkommande med true eller false.",
        "confirmed" => "Bekräfta beloppet med true eller false.",
        "notQuantified" => "Ange om bedömningen är ej beloppsatt med true eller false.",
        "together" => "Ange förvaltningarna som en lista med namn inom citattecken.",
        _ => $"{TextFields.GetValueOrDefault(field, "Värdet")} ska vara text inom citattecken.",
    };

    static readonly Dictionary<string, string> TextFields = new()
    {
        ["title"] = "Titeln", ["description"] = "Beskrivningen", ["committee"] = "Nämnden", ["category"] = "Kategorin",
        ["horizon"] = "Tidshorisonten", ["source"] = "Källan", ["responsibleRole"] = "Ansvar", ["timeline"] = "Tidplanen",
        ["handling"] = "Hanteringen", ["decisionReference"] = "Beslutsreferensen", ["reason"] = "Motiveringen",
        ["department"] = "Förvaltningen", ["dueDate"] = "Slutdatum", ["decidedOn"] = "Beslutsdatum", ["note"] = "Anteckningen",
        ["findings"] = "Slutsatserna",
    };
}
