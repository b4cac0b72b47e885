using Handlingsplan.LocalPostgres;
using Npgsql;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>
/// One private PostgreSQL server for the whole test run, started like the app starts its own;
/// each host of the suite gets a database of its own in it. Stopped, and its folder removed, when
/// the test process exits.
/// </summary>
public static class TestPostgres
{
    static readonly string DataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-tests-{Guid.NewGuid():N}");
    static readonly Lazy<Task<EmbeddedPostgres>> Server = new(StartAsync);

    static async Task<EmbeddedPostgres> StartAsync()
    {
        var server = await EmbeddedPostgres.StartAsync(DataDirectory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.Stop();
            try { Directory.Delete(DataDirectory, recursive: true); }
            catch (Exception) { /* a temp folder */ }
        };
        return server;
    }

    /// <summary>Where the server's own binaries are (psql among them).</summary>
    public static string BinDirectory => EmbeddedPostgres.FindBinDirectory() ?? throw new InvalidOperationException(EmbeddedPostgres.NotFoundMessage);

    /// <summary>A fresh, empty database; answers its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        var server = await Server.Value;
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop database if exists {name} with (force)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"create database {name} encoding 'UTF8'", connection);
            await create.ExecuteNonQueryAsync();
        }
        builder.Database = name;
        builder.Pooling = true;
        return builder.ConnectionString;
    }
}
