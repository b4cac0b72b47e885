using System.Net.Sockets;
using Handlingsplan.Infrastructure;
using Npgsql;

namespace Handlingsplan.Tests.LocalPostgres;

/// <summary>Which failures mean "the database cannot be reached now" (503) and which are faults (500) or answers (409).</summary>
public sealed class OutageClassificationTests
{
    static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    public static TheoryData<string, Exception> Outages => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)) },
        { "connection broken mid-query", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()) },
        { "connect timed out", new NpgsqlException("Exception while connecting", new TimeoutException()) },
        { "wrapped by the event store", new InvalidOperationException("Marten Command Failure", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))) },
        { "in an aggregate", new AggregateException(new ArgumentException("other"), new NpgsqlException("Failed to connect", new SocketException((int)SocketError.HostUnreachable))) },
        { "admin shutdown 57P01", Postgres("57P01") },
        { "crash shutdown 57P02", Postgres("57P02") },
        { "starting up 57P03", Postgres("57P03") },
        { "connection failure 08006", Postgres("08006") },
        { "cannot connect 08001", Postgres("08001") },
        { "too many connections 53300", Postgres("53300") },
    };

    public static TheoryData<string, Exception> NotOutages => new()
    {
        { "unique violation", Postgres("23505") },
        { "stream version mismatch", Postgres("MT003") },
        { "missing table", Postgres("42P01") },
        { "bad password", Postgres("28P01") },
        { "deadlock", Postgres("40P01") },
        { "concurrency", new JasperFx.ConcurrencyException("stale", typeof(object), Guid.NewGuid()) },
        { "a bug", new InvalidOperationException("Sequence contains no elements") },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void An_unreachable_database_is_an_outage(string what, Exception exception)
    {
        Assert.True(DatabaseOutage.IsOutage(exception), what);
        var reason = DatabaseOutage.Reason(exception);
        Assert.DoesNotContain("127.0.0.1", reason);
        Assert.DoesNotContain("5432", reason);
        Assert.StartsWith("Databasen", reason.Replace("Anslutningen till databasen", "Databasen"));
    }

    [Theory]
    [MemberData(nameof(NotOutages))]
    public void Other_failures_are_not(string what, Exception exception) =>
        Assert.False(DatabaseOutage.IsOutage(exception), what);
}
