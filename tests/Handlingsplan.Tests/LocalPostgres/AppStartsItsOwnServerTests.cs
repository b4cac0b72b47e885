using System.Diagnostics;

namespace Handlingsplan.Tests.LocalPostgres;

/// <summary>
/// The app as a person runs it with nothing configured: it starts the private server before its
/// host exists, and a command leaves nothing running when it ends.
/// </summary>
public sealed class AppStartsItsOwnServerTests : IDisposable
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-own-{Guid.NewGuid():N}");

    public void Dispose()
    {
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }

    [Fact]
    public async Task Without_a_connection_string_a_command_starts_the_server_in_the_data_folder_and_stops_it_at_exit()
    {
        var (exitCode, output) = await RunApp("verify");

        Assert.True(exitCode == 0, output);
        Assert.Contains("OK: the hash chain is intact", output);
        var cluster = Path.Combine(_dataDirectory, "postgres");
        Assert.True(File.Exists(Path.Combine(cluster, "PG_VERSION")), output);
        Assert.False(File.Exists(Path.Combine(cluster, "postmaster.pid")), "the server still runs after the command ended");
    }

    async Task<(int ExitCode, string Output)> RunApp(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Handlingsplan.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment.Remove("ConnectionStrings__Marten");
        start.Environment["DataDirectory"] = _dataDirectory;
        // A test build has no pre-generated handlers, which production insists on.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
