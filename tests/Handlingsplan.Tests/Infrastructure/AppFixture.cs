using Alba;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>
/// One app host (Alba, in memory) for the HTTP tests, on a database and a data folder of its own.
/// Every request is made as kommunledning unless a test says otherwise.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-app-{Guid.NewGuid():N}");
    readonly Dictionary<string, string> _tokens = new();

    public IAlbaHost Host { get; private set; } = null!;
    /// <summary>The app's Kolada: a local stand-in answering from recorded JSON.</summary>
    public KoladaStub Kolada { get; private set; } = null!;
    public string DataDirectory => _dataDirectory;
    /// <summary>The app's database, for tests that must reach past the app (as an intruder or a second process would).</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync("app_tests");
        // Snapshots every 25 sequence numbers, so that every "as of" read in the suite starts from one.
        Kolada = await KoladaStub.StartAsync();
        Host = await TestHost.StartAsync(ConnectionString, _dataDirectory, ("Dashboard:SnapshotEvery", "25"), ("Kolada:BaseAddress", Kolada.BaseAddress));
        var management = await TokenFor("ledning");
        Host.BeforeEach(context =>
        {
            if (!context.Request.Headers.ContainsKey("Authorization") && !context.Request.Headers.ContainsKey(Anonymous))
                context.Request.Headers.Authorization = "Bearer " + management;
        });
    }

    /// <summary>A request with this header is sent without credentials.</summary>
    public const string Anonymous = "X-Test-Anonymous";

    /// <summary>The generated demo passwords, as the app wrote them to its data folder.</summary>
    public IReadOnlyDictionary<string, string> DemoPasswords() => TestHost.DemoPasswords(Host, _dataDirectory);

    public async Task<string> TokenFor(string username)
    {
        if (_tokens.TryGetValue(username, out var cached)) return cached;
        var token = await TestHost.TokenAsync(Host, _dataDirectory, username);
        _tokens[username] = token;
        return token;
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        if (Kolada is not null) await Kolada.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
