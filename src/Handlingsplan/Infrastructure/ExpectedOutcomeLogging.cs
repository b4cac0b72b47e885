using System.Text.Json;
using JasperFx;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// A 409 for a lost race on an item and a 400 for a body that is not the command's JSON are answers
/// to the caller, not faults of the service, yet two libraries log them as errors with a stack trace:
/// Marten logs every failed batch, several times (the refused append of a concurrent change
/// included), and Wolverine.Http logs a body it could not deserialize. Exactly those entries are
/// rewritten without the stack trace: the body at Information, Marten's at Debug (the 409 itself is
/// logged once, by <see cref="ConcurrentChangeHandler"/>). Every other entry passes unchanged.
/// </summary>
public static class ExpectedOutcomeLogging
{
    public static IServiceCollection AddExpectedOutcomeLogging(this IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(ExpectedOutcomeLogger<>)));

    /// <summary>Wolverine.Http's message for a request body it could not read.</summary>
    internal const string UnreadableBodyFormat = "Error trying to deserialize JSON from incoming HTTP body at {Url} to type {Type}";

    /// <summary>Marten's append function refusing an append made from an older version of the stream.</summary>
    const string StreamVersionMismatch = "MT003";

    /// <summary>The stream-and-version key of Marten's event table: a second append at a version already taken.</summary>
    const string StreamVersionKey = "pk_mt_events_stream_and_version";

    internal static bool IsExpected<TState>(TState state, Exception exception) =>
        IsConcurrentChange(exception) || (exception is JsonException && OriginalFormat(state) == UnreadableBodyFormat);

    static bool IsConcurrentChange(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is ConcurrencyException) return true;
            if (exception is PostgresException { SqlState: StreamVersionMismatch }
                or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: StreamVersionKey }) return true;
        }
        return false;
    }

    static string? OriginalFormat<TState>(TState state) =>
        state is IReadOnlyList<KeyValuePair<string, object?>> values
            ? values.FirstOrDefault(v => v.Key == "{OriginalFormat}").Value as string
            : null;

    internal static string Summary(Exception exception)
    {
        var message = exception.Message;
        var end = message.IndexOfAny(['\r', '\n']);
        return $"{exception.GetType().Name}: {(end < 0 ? message : message[..end])}";
    }
}

/// <summary>The framework's <see cref="Logger{T}"/>, with the expected outcomes above lowered to Information.</summary>
public sealed class ExpectedOutcomeLogger<T>(ILoggerFactory factory) : ILogger<T>
{
    readonly ILogger _inner = new Logger<T>(factory);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => _inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => _inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Error && exception is not null && ExpectedOutcomeLogging.IsExpected(state, exception))
        {
            var summary = ExpectedOutcomeLogging.Summary(exception);
            if (exception is JsonException)
                _inner.Log(LogLevel.Information, eventId, state, null, (s, _) => $"{formatter(s, null)} ({summary})");
            else
                _inner.Log(LogLevel.Debug, eventId, state, null, (_, _) => $"A concurrent change was refused ({summary})");
            return;
        }
        _inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
