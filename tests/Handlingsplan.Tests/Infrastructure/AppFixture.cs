using Alba;
using Handlingsplan.Infrastructure;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>
/// One private PostgreSQL and one app host for the whole test run, started like the app starts
/// its own database: from the machine's PostgreSQL binaries, in a data folder of its own.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-tests-{Guid.NewGuid():N}");
    EmbeddedPostgres? _postgres;

    public IAlbaHost Host { get; private set; } = null!;
    public string ConnectionString => _postgres!.ConnectionString;

    public async Task InitializeAsync()
    {
        _postgres = await EmbeddedPostgres.StartAsync(_dataDirectory);
        JasperFxEnvironment.AutoStartHost = true;
        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("ConnectionStrings:Marten", _postgres.ConnectionString);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* best effort: a temp folder */ }
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
