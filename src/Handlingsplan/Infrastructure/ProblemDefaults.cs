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
}
