using Alba;
using Marten;
using Marten.Events;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>Base of every test against the app: the data is reset, and the plan reloaded, before each test.</summary>
[Collection(AppCollection.Name)]
public abstract class IntegrationContext(AppFixture fixture) : IAsyncLifetime
{
    protected IAlbaHost Host => fixture.Host;
    protected AppFixture Fixture => fixture;
    protected IDocumentStore Store => Host.DocumentStore();

    /// <summary>Every test starts from an empty store; tests that want the shipped plan import it.</summary>
    public Task InitializeAsync() => Host.ResetAllDataAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A raw client, signed in as kommunledning, for requests outside Alba's scenarios.</summary>
    protected async Task<HttpClient> AuthorisedClient(string username = "ledning")
    {
        var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await fixture.TokenFor(username));
        return client;
    }

    protected Task WaitForProjections() => Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

    protected async Task<long> EventCount()
    {
        await using var session = Store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }
}
