using Alba;
using Handlingsplan.Tests.Infrastructure;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Handlingsplan.Tests.LocalPostgres;

/// <summary>
/// The app in memory with no connection string: it starts its own PostgreSQL in a data folder of
/// its own, as a person running it does, and every log entry is kept.
/// </summary>
public sealed class OwnServerApp : IAsyncLifetime
{
    readonly Dictionary<string, string> _tokens = new();

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"handlingsplan-outage-{Guid.NewGuid():N}");
    public string PidFile => Path.Combine(DataDirectory, "postgres", "postmaster.pid");
    public CapturedLogs Logs { get; } = new();
    public IAlbaHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ConnectionStrings__Marten")),
            "these tests need the app to start its own server, so no connection string may be set");
        JasperFxEnvironment.AutoStartHost = true;
        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("DataDirectory", DataDirectory);
            builder.UseSetting("Logging:LogLevel:Default", "Information");
            builder.UseSetting("Logging:LogLevel:Marten", "Information");
            builder.ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                logging.AddProvider(Logs);
            });
        }).WaitAsync(TimeSpan.FromMinutes(3));
    }

    public async Task<HttpClient> ClientFor(string? username = "ledning")
    {
        var client = Host.Server.CreateClient();
        if (username is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", await TokenFor(username));
        return client;
    }

    public async Task<string> TokenFor(string username)
    {
        if (_tokens.TryGetValue(username, out var cached)) return cached;
        return _tokens[username] = await TestHost.TokenAsync(Host, DataDirectory, username);
    }

    /// <summary>The postmaster's process id, as its postmaster.pid names it.</summary>
    public int ServerProcessId() => int.Parse(File.ReadLines(PidFile).First().Trim());

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(2));
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}

[CollectionDefinition(Name)]
public sealed class OwnServerCollection : ICollectionFixture<OwnServerApp>
{
    public const string Name = "own server";
}
