using System.Net;
using System.Net.Http.Json;
using Alba;
using Handlingsplan.Access;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Access;

/// <summary>A host of its own: the lockout it provokes must not lock the suite's shared accounts.</summary>
public sealed class LockoutRaceTests : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-lockout-{Guid.NewGuid():N}");
    IAlbaHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await TestHost.StartAsync(await TestPostgres.CreateDatabaseAsync("lockout_race"), _dataDirectory);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void The_demo_passwords_are_written_at_the_first_start_before_anyone_signs_in()
    {
        Assert.True(File.Exists(Path.Combine(_dataDirectory, Accounts.DemoFile)));
    }

    [Fact]
    public async Task Wrong_passwords_sent_in_parallel_lock_the_account_and_the_right_one_is_refused_right_after()
    {
        var password = TestHost.DemoPasswords(_host, _dataDirectory)["chef-sn"];
        var attempts = Enumerable.Range(0, 12).Select(i =>
            _host.Server.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "chef-sn", password = $"fel-{i}" }));
        var answers = await Task.WhenAll(attempts);
        Assert.DoesNotContain(answers, a => a.IsSuccessStatusCode);

        var right = await _host.Server.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "chef-sn", password });

        Assert.NotEqual(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("låst", await right.Content.ReadAsStringAsync());
    }
}
