using JasperFx;
using Microsoft.AspNetCore.Diagnostics;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// Two requests that read the same version of a stream can both pass their checks; the second to
/// commit is refused by the event store. That is an answer for the caller (409), not a server error:
/// logged once, at Information, without a stack trace.
/// </summary>
public sealed class ConcurrentChangeHandler(ILogger<ConcurrentChangeHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!IsConcurrencyFailure(exception)) return false;
        logger.LogInformation("{Method} {Path} answered 409: a concurrent change to the same item was refused ({Reason})",
            context.Request.Method, context.Features.Get<IExceptionHandlerFeature>()?.Path ?? context.Request.Path.Value,
            ExpectedOutcomeLogging.Summary(exception));
        await Problems.ConcurrentChange().ExecuteAsync(context);
        return true;
    }

    static bool IsConcurrencyFailure(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is ConcurrencyException) return true;
        return false;
    }
}
