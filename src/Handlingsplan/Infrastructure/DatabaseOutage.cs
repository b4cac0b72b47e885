using System.Net.Sockets;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace Handlingsplan.Infrastructure;

/// <summary>The failures that mean "the database cannot be reached now", as opposed to a fault in a query or in the app.</summary>
public static class DatabaseOutage
{
    /// <summary>Seconds a caller is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>True when the exception, or one it wraps, says the database is down, starting, shutting down or unreachable.</summary>
    public static bool IsOutage(Exception? exception) => Cause(exception) is not null;

    /// <summary>A short Swedish reason for kommunledning: never a host, a port or the exception's own text.</summary>
    public static string Reason(Exception exception) => Cause(exception) switch
    {
        PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow } => "Databasen startar eller återhämtar sig efter ett avbrott.",
        PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown } => "Databasen stängdes ned.",
        PostgresException { SqlState: PostgresErrorCodes.TooManyConnections } => "Databasen tar inte emot fler anslutningar.",
        PostgresException => "Anslutningen till databasen bröts.",
        { InnerException: TimeoutException } => "Databasen svarade inte i tid.",
        { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } => "Databasen tar inte emot anslutningar.",
        not null => "Anslutningen till databasen bröts.",
        null => "Databasen svarar inte.",
    };

    static Exception? Cause(Exception? exception)
    {
        var pending = new Stack<Exception>();
        if (exception is not null) pending.Push(exception);
        while (pending.TryPop(out var e))
        {
            switch (e)
            {
                case PostgresException postgres when IsUnavailable(postgres.SqlState):
                    return postgres;
                case PostgresException:
                    // The server answered: an error in the statement, not an outage.
                    continue;
                case NpgsqlException { IsTransient: true } npgsql:
                    // Connecting refused or timed out, or the connection broke (socket, stream, time-out).
                    return npgsql;
                case AggregateException aggregate:
                    foreach (var inner in aggregate.InnerExceptions) pending.Push(inner);
                    continue;
            }
            if (e.InnerException is not null) pending.Push(e.InnerException);
        }
        return null;
    }

    /// <summary>Class 08 (connection), the server shutting down or starting (57P01–57P03), or out of connections (53300).</summary>
    static bool IsUnavailable(string state) =>
        state.StartsWith("08", StringComparison.Ordinal)
        || state is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections;
}

/// <summary>
/// While the database is away, commands and reads answer 503 with <c>Retry-After</c> and a Swedish
/// problem+json, and pages a Swedish "try again shortly" page, rather than 500 "Internt fel".
/// </summary>
public sealed class DatabaseUnavailableHandler(ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!DatabaseOutage.IsOutage(exception)) return false;

        var feature = context.Features.Get<IExceptionHandlerFeature>();
        logger.LogWarning("The database is unavailable; {Method} {Path} answered 503: {Reason}",
            context.Request.Method, feature?.Path ?? context.Request.Path.Value, DatabaseOutage.Reason(exception));

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString();
        context.Response.Headers.CacheControl = "no-store";
        var write = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
        if (feature?.Endpoint?.Metadata.GetMetadata<ActionDescriptor>() is PageActionDescriptor)
            await WritePage(context, feature.Path, write, ct);
        else
            await Problems.DatabaseUnavailable(write).ExecuteAsync(context);
        return true;
    }

    static Task WritePage(HttpContext context, string path, bool write, CancellationToken ct)
    {
        var again = HtmlEncoder.Default.Encode(string.IsNullOrEmpty(path) ? "/" : path);
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="sv">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>Tillfälligt otillgänglig – Handlingsplan</title>
                <link rel="stylesheet" href="/css/site.css" />
            </head>
            <body>
                <header class="top"><p class="brand"><a href="/">Handlingsplan</a></p></header>
                <main id="main" tabindex="-1">
                    <h1>Tillfälligt otillgänglig</h1>
                    <p>{{Problems.DatabaseUnavailableDetail(write)}}</p>
                    <p><a href="{{again}}">Försök igen</a></p>
                </main>
            </body>
            </html>
            """, ct);
    }
}
