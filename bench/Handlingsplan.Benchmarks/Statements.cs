using System.Text;
using Npgsql;

namespace Handlingsplan.Benchmarks;

/// <summary>What pg_stat_statements counted (the bench's server loads it): the statements that took the database's time.</summary>
public static class Statements
{
    public static async Task ResetAsync(string connectionString)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("create extension if not exists pg_stat_statements; select pg_stat_statements_reset();", db);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The statements with the most execution time since the reset, each per <paramref name="per"/> commands, as a markdown table.</summary>
    public static async Task<string> TopAsync(string connectionString, long per, int count)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select calls, total_exec_time, total_plan_time, left(regexp_replace(query, '\s+', ' ', 'g'), 110)
            from pg_stat_statements where toplevel
            order by total_exec_time + total_plan_time desc limit $1
            """, db);
        command.Parameters.AddWithValue(count);
        await using var sum = new NpgsqlCommand("select sum(calls), sum(total_exec_time + total_plan_time) from pg_stat_statements where toplevel", db);
        var text = new StringBuilder("| calls a command | ms a command (exec + plan) | statement |\n| --- | --- | --- |\n");
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                text.AppendLine($"| {reader.GetInt64(0) / (double)per:F2} | {(reader.GetDouble(1) + reader.GetDouble(2)) / per:F3} | `{reader.GetString(3).Replace("|", "\\|")}` |");
        await using (var reader = await sum.ExecuteReaderAsync())
            if (await reader.ReadAsync() && !reader.IsDBNull(0))
                text.AppendLine($"| {reader.GetDecimal(0) / per:F2} | {reader.GetDouble(1) / per:F3} | every statement |");
        return text.ToString();
    }
}
