using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Handlingsplan.Dashboard;
using Handlingsplan.Infrastructure;
using Handlingsplan.Tests.Dashboard;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Handlingsplan.Tests.LocalPostgres;

/// <summary>
/// The app's own PostgreSQL killed under it (<c>kill -9</c> of the postmaster): while it is down every
/// command, read and page answers 503 in Swedish, and then it is started again, nothing acknowledged
/// is lost, and the dashboard, its pushes and the audit seals catch up by themselves.
/// </summary>
[Collection(OwnServerCollection.Name)]
public sealed class DatabaseOutageTests(OwnServerApp app)
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public Task A_killed_server_answers_503_while_down_then_is_restarted_and_everything_catches_up() => Bounded(async () =>
    {
        using var client = await app.ClientFor();
        using var anonymous = await app.ClientFor(null);
        var supervisor = app.Host.Services.GetRequiredService<DatabaseSupervisor>();

        await Eventually(async () => (await client.GetAsync("/api/dashboard")).IsSuccessStatusCode, "the dashboard answers");
        await Eventually(async () => await PendingSeals(client) == 0, "the imported plan is sealed");
        var before = await EstimatedTkr(client);
        var kept = await Propose(client, "Före avbrottet", 111m);
        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        var keptLocation = kept.Headers.Location!;
        await Eventually(async () => await EstimatedTkr(client) == before + 111m, "the dashboard counts the first item");
        await using var live = await LiveClient.ConnectAsync(app.Host, async () => await app.TokenFor("ledning"));

        // Several pooled connections, all to the server about to die.
        Assert.All(await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/api/measures"))), r => Assert.True(r.IsSuccessStatusCode));

        // Down: the supervisor is held back so that the outage can be looked at.
        supervisor.Pause();
        var mark = app.Logs.Mark();
        var pid = app.ServerProcessId();
        Process.GetProcessById(pid).Kill();
        await Eventually(() => Task.FromResult(!IsRunning(pid)), "the postmaster is gone");

        var refused = await Propose(client, "Under avbrottet", 5m);
        await AssertUnavailable(refused, "application/problem+json");
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("Databasen är inte tillgänglig just nu", problem.GetProperty("detail").GetString());

        var read = await client.GetAsync("/api/measures");
        await AssertUnavailable(read, "application/problem+json");
        Assert.Equal("Databasen är inte tillgänglig just nu. Försök igen om en stund.",
            (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        using var pageRequest = new HttpRequestMessage(HttpMethod.Get, "/atgarder");
        pageRequest.Headers.Accept.ParseAdd("text/html");
        var page = await client.SendAsync(pageRequest);
        await AssertUnavailable(page, "text/html");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"sv\">", html);
        Assert.Contains("Databasen är inte tillgänglig just nu", html);
        Assert.Contains("<a href=\"/atgarder\">Försök igen</a>", html);

        var health = await anonymous.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.NotNull(health.Headers.RetryAfter);
        var anonymousBody = await health.Content.ReadAsStringAsync();
        Assert.Equal("""{"status":"unhealthy"}""", anonymousBody);

        var managementHealth = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, managementHealth.StatusCode);
        var managementBody = await managementHealth.Content.ReadAsStringAsync();
        Assert.Equal("unhealthy", JsonDocument.Parse(managementBody).RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(managementBody).RootElement.GetProperty("reason").GetString()));
        var port = new Npgsql.NpgsqlConnectionStringBuilder(app.Host.Services.GetRequiredService<IConfiguration>().GetConnectionString("Marten")).Port.ToString();
        foreach (var body in new[] { anonymousBody, managementBody })
        {
            Assert.DoesNotContain("127.0.0.1", body);
            Assert.DoesNotContain(port, body);
            Assert.DoesNotContain("Host", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Exception", body, StringComparison.OrdinalIgnoreCase);
        }

        // Up again: the supervisor restarts it, and the app needs nothing else.
        supervisor.Resume();
        await Eventually(() => Task.FromResult(app.Logs.Since(mark).Any(e =>
            e.Category == typeof(DatabaseSupervisor).FullName && e.Level == LogLevel.Information && e.Message.Contains("PostgreSQL restarted"))), "the restart is logged");
        Assert.Contains(app.Logs.Since(mark), e => e.Category == typeof(DatabaseSupervisor).FullName && e.Level == LogLevel.Warning && e.Message.Contains("stopped unexpectedly"));
        Assert.NotEqual(pid, app.ServerProcessId());

        // The first requests after the restart succeed: no pooled connection to the dead server is left.
        var after = await Propose(client, "Efter avbrottet", 222m);
        Assert.True(after.StatusCode == HttpStatusCode.Created, await after.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(keptLocation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);

        await Eventually(async () => await EstimatedTkr(client) == before + 333m, "the dashboard counts the item proposed after the restart");
        await live.WaitFor(DashboardHub.DashboardUpdated, d => d.GetProperty("estimatedTkr").GetDecimal() == before + 333m);
        await Eventually(async () => await PendingSeals(client) == 0, "every event is sealed after the restart");
        var chain = await client.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        Assert.True(chain.GetProperty("intact").GetBoolean(), chain.GetRawText());
        var daemon = app.Host.Services.GetRequiredService<JasperFx.Events.Daemon.IProjectionCoordinator>().DaemonForMainDatabase();
        Assert.NotEmpty(daemon.CurrentAgents());
        Assert.All(daemon.CurrentAgents(), agent => Assert.Equal(JasperFx.AgentStatus.Running, agent.Status));
    });

    [Fact]
    public Task Health_tells_anonymous_callers_only_ok_when_the_database_answers() => Bounded(async () =>
    {
        using var anonymous = await app.ClientFor(null);
        await Eventually(async () => (await anonymous.GetAsync("/health")).StatusCode == HttpStatusCode.OK, "health answers 200");
        Assert.Equal("""{"status":"ok"}""", await anonymous.GetStringAsync("/health"));
    });

    static async Task AssertUnavailable(HttpResponseMessage response, string contentType)
    {
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(TimeSpan.FromSeconds(DatabaseOutage.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    static Task<HttpResponseMessage> Propose(HttpClient client, string title, decimal estimate) =>
        client.PostAsJsonAsync("/api/measures", new { title, description = "Beskrivning", committee = "KS", estimatedSavingTkr = estimate, source = "Test" });

    static async Task<decimal> EstimatedTkr(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/dashboard")).GetProperty("estimatedTkr").GetDecimal();

    static async Task<long> PendingSeals(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/audit/verify")).GetProperty("pendingCount").GetInt64();

    /// <summary>True while the process runs (a killed one that is not yet reaped counts as gone).</summary>
    static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Polls until the condition holds, failing after <see cref="Deadline"/>; a failed request counts as "not yet".</summary>
    internal static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        Exception? last = null;
        while (watch.Elapsed < Deadline)
        {
            try
            {
                if (await condition()) return;
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                last = e;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"Within {Deadline.TotalSeconds} s: {what} did not happen. {last?.Message}");
    }

    /// <summary>No test of this class may hang: each ends within five minutes, passed or failed.</summary>
    internal static Task Bounded(Func<Task> test) => test().WaitAsync(TimeSpan.FromMinutes(5));
}
