using System.Net;
using System.Net.Http.Json;
using Alba;
using Handlingsplan.Tests.Infrastructure;
using Marten;
using Marten.Events;
using Npgsql;

namespace Handlingsplan.Tests.Audit;

/// <summary>
/// The app given a role of its own for its queries (<c>ConnectionStrings:MartenApp</c>, created with the
/// SQL the README gives) beside the owner's connection string, on a database and data folder of its own.
/// </summary>
public sealed class AppRoleHost : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-role-{Guid.NewGuid():N}");
    string _ownerConnectionString = "";

    public string Role { get; } = $"app_{Guid.NewGuid():N}";
    public string AppConnectionString { get; private set; } = "";
    public IAlbaHost Host { get; private set; } = null!;
    public string Token { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var database = $"role_{Guid.NewGuid():N}";
        _ownerConnectionString = await TestPostgres.CreateDatabaseAsync(database);
        const string password = "role-test-password";
        await using (var owner = new NpgsqlConnection(_ownerConnectionString))
        {
            await owner.OpenAsync();
            // As README, "Two database roles", says to create it.
            await using var create = new NpgsqlCommand(
                $"create role {Role} login password '{password}'; grant connect on database {database} to {Role};", owner);
            await create.ExecuteNonQueryAsync();
        }
        AppConnectionString = new NpgsqlConnectionStringBuilder(_ownerConnectionString) { Username = Role, Password = password }.ConnectionString;

        Host = await TestHost.StartAsync(_ownerConnectionString, _dataDirectory, ("ConnectionStrings:MartenApp", AppConnectionString));
        Token = await TestHost.TokenAsync(Host, _dataDirectory, "ledning");
        Host.BeforeEach(context => context.Request.Headers.Authorization = "Bearer " + Token);
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}

/// <summary>What the app's own role may and may not do.</summary>
public sealed class AppRoleTests(AppRoleHost fixture) : IClassFixture<AppRoleHost>
{
    IAlbaHost _host => fixture.Host;
    string _role => fixture.Role;
    string _appConnectionString => fixture.AppConnectionString;

    [Fact]
    public async Task The_app_writes_seals_and_verifies_as_its_own_role()
    {
        var item = await _host.AssignedItem(committee: "SN");
        // Two racing realisations: the refused one leaves Marten's own bookkeeping behind, as the app's role.
        var client = _host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", fixture.Token);
        var racing = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => client.PostAsJsonAsync($"/api/measures/{item.Id}/realise",
            new { amountTkr = 125, year = 2025, recurring = true, expectedVersion = item.Version })));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], racing.Select(r => r.StatusCode).Order());
        await _host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

        var report = await _host.GetJson<Tampering.Report>("/api/audit/verify");
        Assert.True(report.Intact, report.Problem);
        await using var session = _host.DocumentStore().QuerySession();
        Assert.Equal(await session.Events.QueryAllRawEvents().CountAsync(), report.SealedCount);

        await using var connection = _host.DocumentStore().Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var whoAmI = new NpgsqlCommand("select current_user", connection);
        Assert.Equal(_role, await whoAmI.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("update mt_events set data = data")]
    [InlineData("update mt_events set is_archived = true")]
    [InlineData("delete from mt_events")]
    [InlineData("truncate mt_events cascade")]
    [InlineData("update mt_doc_auditseal set data = data")]
    [InlineData("delete from mt_doc_auditseal")]
    [InlineData("truncate mt_doc_auditseal")]
    [InlineData("delete from mt_doc_auditalarm")]
    [InlineData("update mt_streams set type = 'action_plan'")]
    [InlineData("delete from mt_streams")]
    [InlineData("alter table mt_events disable trigger all")]
    public async Task The_app_s_role_cannot_change_or_delete_events_seals_or_streams(string sql)
    {
        await using var connection = new NpgsqlConnection(_appConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_app_s_role_may_add_events_and_move_a_stream_s_version_as_an_append_does()
    {
        await using var connection = new NpgsqlConnection(_appConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("update mt_streams set version = version, timestamp = timestamp", connection);

        Assert.True(await command.ExecuteNonQueryAsync() > 0);
    }
}

/// <summary>The embedded server sets up both roles, as the app's default run uses them, and keeps them across a restart.</summary>
public sealed class EmbeddedServerRolesTests : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-roles-{Guid.NewGuid():N}");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_app_s_role_runs_the_app_and_cannot_change_events_and_a_second_start_keeps_it()
    {
        var cluster = Path.Combine(_dataDirectory, "postgres");
        await using (var server = await Handlingsplan.LocalPostgres.EmbeddedPostgres.StartAsync(cluster))
        {
            // As Infrastructure/Database.cs configures the app's default run.
            await using var host = await TestHost.StartAsync(server.ConnectionString, _dataDirectory, ("ConnectionStrings:MartenApp", server.AppConnectionString));
            await host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
            await using var connection = host.DocumentStore().Storage.Database.CreateConnection();
            await connection.OpenAsync();
            await using var whoAmI = new NpgsqlCommand("select current_user", connection);
            Assert.Equal(Handlingsplan.LocalPostgres.EmbeddedPostgres.AppUser, await whoAmI.ExecuteScalarAsync());
            await using var edit = new NpgsqlCommand("update mt_events set data = data", connection);
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await Assert.ThrowsAsync<PostgresException>(() => edit.ExecuteNonQueryAsync())).SqlState);
        }

        await using var again = await Handlingsplan.LocalPostgres.EmbeddedPostgres.StartAsync(cluster);
        await using var app = new NpgsqlConnection(again.AppConnectionString);
        await app.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from mt_events", app);
        Assert.True((long)(await count.ExecuteScalarAsync())! > 0);
    }
}
