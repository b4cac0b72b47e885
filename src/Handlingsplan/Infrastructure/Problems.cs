namespace Handlingsplan.Infrastructure;

/// <summary>The error answers of the API, all application/problem+json with Swedish text.</summary>
public static class Problems
{
    public static IResult NotFound(string what, Guid id) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Hittades inte",
        detail: $"Det finns ingen {what} med id {id}.");

    public static IResult Forbidden(string detail) => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Behörighet saknas",
        detail: detail);

    public static IResult StaleVersion(long expected, long actual) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Ändrad av någon annan",
        detail: $"Posten har ändrats av någon annan sedan du läste den (du skickade version {expected}, aktuell version är {actual}). Ladda om och försök igen.",
        extensions: new Dictionary<string, object?> { ["currentVersion"] = actual });

    public static IResult ConcurrentChange() => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Ändrad av någon annan",
        detail: "Posten ändrades av någon annan samtidigt. Ladda om och försök igen.");

    public static IResult Invalid(IDictionary<string, string[]> errors) => Results.ValidationProblem(
        errors,
        title: "Uppgifterna är inte giltiga",
        detail: "Rätta de markerade fälten och försök igen. Inget har sparats.");
}
