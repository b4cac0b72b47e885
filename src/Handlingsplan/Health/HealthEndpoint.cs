using Marten;
using Wolverine.Http;

namespace Handlingsplan.Health;

public sealed record HealthStatus(string Status);

public static class HealthEndpoint
{
    /// <summary>200 when the database answers a query, 503 otherwise.</summary>
    [WolverineGet("/health")]
    [Microsoft.AspNetCore.Authorization.AllowAnonymous]
    public static async Task<IResult> Get(IDocumentStore store, CancellationToken ct)
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
            return Results.Problem(statusCode: 503, title: "Databasen svarar inte", detail: e.Message);
        }
    }
}
