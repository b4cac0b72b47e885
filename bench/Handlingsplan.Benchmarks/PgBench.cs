using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Handlingsplan.LocalPostgres;
using Npgsql;

namespace Handlingsplan.Benchmarks;

/// <summary>
/// The machine's own limit, measured in the same run: single-row INSERT commits per second in raw
/// PostgreSQL, by pgbench from the same binaries, against the same server (fsync on, as the app runs).
/// </summary>
public static class PgBench
{
    public sealed record Result(double CommitsPerSecond, double LatencyMs, int Clients, int Seconds)
    {
        public override string ToString() => $"{CommitsPerSecond:F0} commits/s ({Clients} clients, {Seconds} s, mean latency {LatencyMs:F2} ms)";
    }

    public static async Task<Result> InsertCommitsAsync(string connectionString, int clients = 8, int seconds = 10)
    {
        await using (var db = new NpgsqlConnection(connectionString))
        {
            await db.OpenAsync();
            await using var create = new NpgsqlCommand("create table if not exists bench_insert (id bigserial primary key, v int not null, at timestamptz not null default now())", db);
            await create.ExecuteNonQueryAsync();
        }
        return await RunAsync(connectionString, "insert into bench_insert (v) values (1);\n", clients, seconds);
    }

    /// <summary>
    /// Runs a pgbench script against the server for the given time and answers its transactions a
    /// second. Prepared, each statement is parsed and planned once a connection, as the app's are.
    /// </summary>
    /// <param name="variables">pgbench variables (<c>-D</c>): sent as parameters, so JSON needs no quoting.</param>
    public static async Task<Result> RunAsync(string connectionString, string scriptText, int clients, int seconds, bool prepared = false,
        IReadOnlyDictionary<string, string>? variables = null)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var script = Path.Combine(Path.GetTempPath(), $"pgbench-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(script, scriptText);
        try
        {
            var bin = EmbeddedPostgres.FindBinDirectory() ?? throw new InvalidOperationException("no PostgreSQL binaries");
            var psi = new ProcessStartInfo(Path.Combine(bin, "pgbench"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "-n", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
                         "-T", seconds.ToString(CultureInfo.InvariantCulture), "-M", prepared ? "prepared" : "simple", "-f", script,
                         "-h", c.Host!, "-p", c.Port.ToString(CultureInfo.InvariantCulture), "-U", c.Username!, c.Database! })
                psi.ArgumentList.Add(a);
            foreach (var (name, value) in variables ?? new Dictionary<string, string>())
            {
                psi.ArgumentList.Add("-D");
                psi.ArgumentList.Add($"{name}={value}");
            }
            psi.Environment["PGPASSWORD"] = c.Password;
            using var process = Process.Start(psi)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var tps = Regex.Match(output, @"tps = ([0-9.]+)");
            var latency = Regex.Match(output, @"latency average = ([0-9.]+) ms");
            if (!tps.Success || output.Contains("error:", StringComparison.Ordinal)) throw new InvalidOperationException("pgbench gave no figure:\n" + output);
            return new Result(double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
                latency.Success ? double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN, clients, seconds);
        }
        finally
        {
            File.Delete(script);
        }
    }
}
