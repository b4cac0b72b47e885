using Alba;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>One app host (Alba, in memory) for the HTTP tests, on a database of its own.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public IAlbaHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("app_tests");
        JasperFxEnvironment.AutoStartHost = true;
        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("ConnectionStrings:Marten", connectionString);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
