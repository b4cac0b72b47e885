using System.Text.Json.Serialization;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Handlingsplan.Health;

/// <summary><c>ok</c> or <c>unhealthy</c>; the reason only for kommunledning, and never an address or an exception's text.</summary>
public sealed record HealthStatus(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null);

public static class HealthEndpoint
{
    /// <summary>200 when the database answers a query, 503 (with <c>Retry-After</c>) otherwise.</summary>
    [WolverineGet("/health")]
    [Microsoft.AspNetCore.Authorization.AllowAnonymous]
    public static async Task<IResult> Get(IDocumentStore store, HttpContext context, ILoggerFactory logging, CancellationToken ct)
    {
        try
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "select 1";
            await command.ExecuteScalarAsync(ct);
            return Results.Ok(new HealthStatus("ok"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logging.CreateLogger(typeof(HealthEndpoint)).LogWarning("Health check: the database does not answer ({Reason})", DatabaseOutage.Reason(e));
            context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString();
            context.Response.Headers.CacheControl = "no-store";
            var reason = AppUser.From(context.User).IsManagement ? DatabaseOutage.Reason(e) : null;
            return Results.Json(new HealthStatus("unhealthy", reason), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
