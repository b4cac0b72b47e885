using Microsoft.Extensions.Logging;

namespace Handlingsplan.Tests.LocalPostgres;

/// <summary>A logger provider that keeps every entry the app writes, for tests that assert on what is logged and how.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    readonly List<LogEntry> _entries = [];

    public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

    /// <summary>How many entries there are now: pass it to <see cref="Since"/> to see what an action logged.</summary>
    public int Mark()
    {
        lock (_entries) return _entries.Count;
    }

    public IReadOnlyList<LogEntry> Since(int mark)
    {
        lock (_entries) return _entries.Skip(mark).ToList();
    }

    public void Dispose() { }

    void Add(LogEntry entry)
    {
        lock (_entries) _entries.Add(entry);
    }

    sealed class Capturing(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}" + (Exception is null ? "" : $"\n{Exception}");
}
