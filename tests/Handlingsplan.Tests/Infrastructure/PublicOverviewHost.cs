using Alba;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>An app host of its own with the public overview turned on, on a database and a data folder of its own.</summary>
public sealed class PublicOverviewHost : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-public-{Guid.NewGuid():N}");

    public IAlbaHost Host { get; private set; } = null!;

    /// <summary>A bearer token for a demo account of this host.</summary>
    public Task<string> TokenFor(string username) => TestHost.TokenAsync(Host, _dataDirectory, username);

    public async Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync($"public_{Guid.NewGuid():N}");
        Host = await TestHost.StartAsync(connectionString, _dataDirectory, ("PublicOverview:Enabled", "true"));
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}
