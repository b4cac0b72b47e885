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

    /// <summary>503: the database cannot be reached now. Sent with <c>Retry-After</c>.</summary>
    public static IResult DatabaseUnavailable(bool write) => Results.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Tillfälligt otillgänglig",
        detail: DatabaseUnavailableDetail(write));

    /// <summary>
    /// A write cut off with the database may or may not have been committed (the answer was lost with
    /// the connection), so it is not said to have been refused.
    /// </summary>
    public static string DatabaseUnavailableDetail(bool write) => write
        ? "Databasen är inte tillgänglig just nu. Försök igen om en stund; ladda först om sidan och se om ändringen redan har sparats."
        : "Databasen är inte tillgänglig just nu. Försök igen om en stund.";
}
