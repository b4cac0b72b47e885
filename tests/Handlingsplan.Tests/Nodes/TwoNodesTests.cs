using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Handlingsplan.Access.Display;
using Handlingsplan.Dashboard;
using Handlingsplan.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using Xunit.Abstractions;

namespace Handlingsplan.Tests.Nodes;

/// <summary>
/// Two nodes of the app, each a process of its own on 127.0.0.1, sharing one PostgreSQL (the test's
/// own, with the app's own database role as in production), one Redis and one data folder, as
/// docs/scaling.md describes. Wolverine places the dashboard projection, the audit sealer and the
/// notices on the nodes; the test finds where they run from Wolverine's tables, and kills the node
/// that holds the dashboard.
/// </summary>
public sealed partial class TwoNodesTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Generous: each node compiles its handlers at start-up, beside the rest of the suite on two cores.</summary>
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);
    /// <summary>What the issue asks: a dead node's projections run again on a survivor within this.</summary>
    static readonly TimeSpan TakeoverLimit = TimeSpan.FromSeconds(30);
    static readonly string[] Subscriptions = [DashboardProjection.ProjectionName, Handlingsplan.Audit.AuditChainSealer.SubscriptionName, Handlingsplan.Notices.NoticeSubscription.Name];

    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-nodes-{Guid.NewGuid():N}");
    RedisServer _redis = null!;
    string _owner = "";
    readonly List<AppNode> _nodes = [];

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        var database = $"nodes_{Guid.NewGuid():N}";
        _owner = await TestPostgres.CreateDatabaseAsync(database);
        var role = $"app_{Guid.NewGuid():N}";
        const string password = "nodes-test-password";
        await using (var owner = new NpgsqlConnection(_owner))
        {
            await owner.OpenAsync();
            // As README, "Two database roles", says to create it: the nodes run their queries as this role.
            await using var create = new NpgsqlCommand($"create role {role} login password '{password}'; grant connect on database {database} to {role};", owner);
            await create.ExecuteNonQueryAsync();
        }
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Marten"] = _owner,
            ["ConnectionStrings__MartenApp"] = new NpgsqlConnectionStringBuilder(_owner) { Username = role, Password = password }.ConnectionString,
            ["ConnectionStrings__Redis"] = _redis.ConnectionString,
            ["DataDirectory"] = _dataDirectory,
        };
        // The first node alone makes the schema, the plan and the shared secrets; the second joins it.
        _nodes.Add(AppNode.Start("node 1", settings));
        await _nodes[0].WaitHealthyAsync(StartTimeout);
        _nodes.Add(AppNode.Start("node 2", settings));
        await _nodes[1].WaitHealthyAsync(StartTimeout);
    }

    [Fact]
    public async Task Each_projection_runs_on_one_node_moves_to_the_survivor_when_its_node_is_killed_and_nothing_acknowledged_is_lost()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await Run(clock);
        }
        catch (Exception)
        {
            foreach (var node in _nodes) output.WriteLine(node.Tail());
            throw;
        }
    }

    async Task Run(Stopwatch clock)
    {
        var token = await _nodes[0].TokenAsync(_dataDirectory, "ledning");

        // Both nodes are in the cluster and the three async workers run, each on one of them.
        List<WolverineNode> nodes = [];
        List<Agent> agents = [];
        await Until(TimeSpan.FromSeconds(60), async () =>
        {
            (nodes, agents) = (await NodesAsync(), await SubscriptionAgentsAsync());
            return nodes.Count == 2 && Subscriptions.All(s => agents.Count(a => a.Name == s) == 1) && nodes.All(n => agents.Any(a => a.Node == n.Id));
        }, "both nodes registered and the three subscriptions spread over them");
        // Node numbers are handed out as nodes register, and the second started once the first answered.
        var nodeOf = nodes.OrderBy(n => n.Number).Select((n, i) => (n.Id, Node: _nodes[i])).ToDictionary(p => p.Id, p => p.Node);
        var holder = nodeOf[agents.Single(a => a.Name == DashboardProjection.ProjectionName).Node];
        var other = _nodes.Single(n => n != holder);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: placed: {string.Join(", ", agents.Select(a => $"{a.Name} on {nodeOf[a.Node].Name}"))}");

        using var atHolder = holder.Client(token);
        using var atOther = other.Client(token);

        // A signed-in browser moves between nodes: the sign-in cookie made by one is read by the other.
        await SignInCookieWorksAcross(holder, other);

        // A client of the other node hears what a command on the holder did: the holder's daemon
        // pushes, and the push reaches the other node's clients through Redis.
        await using var live = await LiveAsync(other, token);
        var measure = await Proposed(atHolder, 3000m);
        var version = await Step(atHolder, measure, "prioritise", new { decisionReference = "KS 2025-02-03 § 12", reason = "Prioriterad", expectedVersion = 1 });
        version = await Step(atHolder, measure, "assign", new { department = "Kommunledningskontoret", responsibleRole = "Ekonomichef", dueDate = "2040-06-30", expectedVersion = version });
        version = await Step(atHolder, measure, "realise", new { amountTkr = 1234m, year = 2025, recurring = true, note = "Första", expectedVersion = version });
        var pushed = await Within(TimeSpan.FromSeconds(30), live.Realised(1234m), $"a client of {other.Name} hearing dashboardUpdated for the saving realised on {holder.Name}");
        Assert.Equal(1234m, pushed.GetProperty("realisedTkr").GetDecimal());
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: a client of {other.Name} heard dashboardUpdated for a saving realised on {holder.Name}");

        // A display link revoked on one node closes its screen on the other.
        await RevokingClosesTheScreenOnTheOtherNode(atHolder, other);

        // Commands keep arriving at both nodes while the holder dies.
        var acknowledged = new ConcurrentBag<Guid>();
        using var stopLoad = new CancellationTokenSource();
        var load = _nodes.Select(n => Load(n, token, acknowledged, stopLoad.Token)).ToList();
        await Until(TimeSpan.FromSeconds(30), () => Task.FromResult(acknowledged.Count >= 6), "proposals acknowledged before the kill");

        holder.Kill();
        var killed = Stopwatch.StartNew();
        var beforeKill = acknowledged.Count;
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: killed {holder.Name} (pid {holder.ProcessId}), holder of the dashboard");

        // Sent to the survivor after the kill: the dashboard must get there without the dead node.
        version = await Step(atOther, measure, "realise", new { amountTkr = 766m, year = 2026, recurring = false, note = "Efter", expectedVersion = version });
        var survivorId = nodeOf.Single(p => p.Value == other).Key;
        TimeSpan? movedAfter = null, caughtUpAfter = null;
        await Until(TakeoverLimit, async () =>
        {
            var now = await SubscriptionAgentsAsync();
            if (movedAfter is null && Subscriptions.All(s => now.Any(a => a.Name == s && a.Node == survivorId))) movedAfter = killed.Elapsed;
            if (caughtUpAfter is null && (await Dashboard(atOther)).GetProperty("realisedTkr").GetDecimal() == 2000m) caughtUpAfter = killed.Elapsed;
            return movedAfter is not null && caughtUpAfter is not null;
        }, $"the three subscriptions on {other.Name} and its dashboard at 2 000 tkr realised");
        output.WriteLine($"takeover: all three subscriptions assigned to {other.Name} {movedAfter!.Value.TotalSeconds:0.0} s after the kill; " +
                         $"its dashboard showed the saving realised after the kill {caughtUpAfter!.Value.TotalSeconds:0.0} s after the kill");
        Assert.True(caughtUpAfter < TakeoverLimit);

        // A few more commands to the survivor alone, then the load stops.
        var afterTakeover = acknowledged.Count;
        await Until(TimeSpan.FromSeconds(30), () => Task.FromResult(acknowledged.Count >= afterTakeover + 3), "proposals acknowledged by the survivor");
        await stopLoad.CancelAsync();
        await Task.WhenAll(load);
        var lastAcknowledged = DateTimeOffset.UtcNow;
        output.WriteLine($"{acknowledged.Count} proposals acknowledged, {acknowledged.Count - beforeKill} of them after the kill");

        // Nothing acknowledged is lost: every acknowledged proposal is a stream in the store.
        var stored = await ScalarAsync<long>("select count(*) from mt_streams where id = any(@ids)", ("ids", acknowledged.ToArray()));
        Assert.Equal(acknowledged.Count, (int)stored);
        Assert.Equal(version, await ScalarAsync<long>("select version from mt_streams where id = @id", ("id", measure)));

        // The projection has caught up with the store: the live dashboard equals a replay of the events.
        var asOf = Uri.EscapeDataString(lastAcknowledged.ToString("O", CultureInfo.InvariantCulture));
        await Until(TimeSpan.FromSeconds(30), async () =>
        {
            var (current, replayed) = (await Dashboard(atOther), await Dashboard(atOther, $"?asOf={asOf}"));
            return Figures(current) == Figures(replayed);
        }, "the dashboard equal to its replay from the events");

        // The chain: each event sealed once, nothing to alarm about, and the walk holds.
        var report = default(JsonElement);
        await Until(TimeSpan.FromSeconds(30), async () =>
        {
            report = await atOther.GetFromJsonAsync<JsonElement>("/api/audit/verify");
            return report.GetProperty("pendingCount").GetInt64() == 0;
        }, "the sealer through every event");
        Assert.True(report.GetProperty("intact").GetBoolean(), report.GetRawText());
        var events = await ScalarAsync<long>("select count(*) from mt_events");
        Assert.Equal(events, report.GetProperty("sealedCount").GetInt64());
        Assert.Equal(events, await ScalarAsync<long>("select count(*) from mt_doc_auditseal"));
        Assert.Equal(events, await ScalarAsync<long>("select count(distinct s.id) from mt_doc_auditseal s join mt_events e on e.seq_id = s.id"));
        Assert.Equal(0, await ScalarAsync<long>("select count(*) from mt_doc_auditalarm"));
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: {events} events, {events} seals, no alarm, the chain intact");

        // Neither node logged an error on the way: no shard ran twice (its progress would have been
        // refused), no seal was inserted twice, no push or agent command failed.
        foreach (var node in _nodes) Assert.False(node.LoggedErrors.Any(), $"{node.Name} logged errors:\n{string.Join('\n', node.LoggedErrors)}");
    }

    /// <summary>The sign-in cookie a node sets (its data protection keys in the shared data folder) is read by the other.</summary>
    async Task SignInCookieWorksAcross(AppNode from, AppNode to)
    {
        var password = File.ReadAllLines(Path.Combine(_dataDirectory, Handlingsplan.Access.Accounts.DemoFile)).Select(l => l.Split(' ')).Single(p => p[0] == "revisor")[1];
        using var plain = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = from.Address };
        var form = await plain.GetAsync("/logga-in");
        var antiforgery = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/logga-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Username"] = "revisor", ["Password"] = password, ["__RequestVerificationToken"] = antiforgery }),
        };
        request.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var signedIn = await plain.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("handlingsplan=", StringComparison.Ordinal));

        using var there = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = to.Address };
        var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Add("Cookie", cookie);
        var answer = await there.SendAsync(page);
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{to.Name} answered {(int)answer.StatusCode} {answer.Headers.Location} to {from.Name}'s sign-in cookie");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>A screen on one node hears displayRevoked and is disconnected when its link is revoked through the other.</summary>
    static async Task RevokingClosesTheScreenOnTheOtherNode(HttpClient management, AppNode screenNode)
    {
        var made = await management.PostAsJsonAsync("/api/display-links", new { name = "Sammanträdesrummet" });
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var link = await made.Content.ReadFromJsonAsync<JsonElement>();
        var revoked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var screen = new HubConnectionBuilder()
            .WithUrl(new Uri(screenNode.Address, DashboardHub.Path), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.Headers["Cookie"] = $"{DisplayAccess.CookieName}={link.GetProperty("token").GetString()}";
            })
            .Build();
        // The screen's own page stops on displayRevoked; this client does not, so the node must close it.
        screen.On(DashboardHub.DisplayRevoked, () => revoked.TrySetResult());
        screen.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await screen.StartAsync();

        var revoke = await management.PostAsJsonAsync($"/api/display-links/{link.GetProperty("id").GetGuid()}/revoke", new { expectedVersion = 1 });
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        await Within(TimeSpan.FromSeconds(20), revoked.Task, $"the screen on {screenNode.Name} hearing displayRevoked");
        await Within(TimeSpan.FromSeconds(20), closed.Task, $"{screenNode.Name} closing the revoked screen's connection");
    }

    /// <summary>Proposals, one after another, at one node until stopped; the acknowledged ones (201) are kept.</summary>
    static async Task Load(AppNode node, string token, ConcurrentBag<Guid> acknowledged, CancellationToken stop)
    {
        using var client = node.Client(token);
        client.Timeout = TimeSpan.FromSeconds(10);
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(150));
        var n = 0;
        try
        {
            while (await pace.WaitForNextTickAsync(stop))
            {
                try
                {
                    var response = await client.PostAsJsonAsync("/api/measures",
                        new { title = $"Last {node.Name} {++n}", committee = "SN", estimatedSavingTkr = 10m, source = "Test" }, stop);
                    if (response.StatusCode == HttpStatusCode.Created)
                        acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>(stop)).GetProperty("id").GetGuid());
                }
                catch (HttpRequestException)
                {
                    // The node is gone, or went mid-answer: nothing was acknowledged.
                }
                catch (TaskCanceledException) when (!stop.IsCancellationRequested)
                {
                    // No answer within the client's timeout: nothing was acknowledged.
                }
            }
        }
        catch (OperationCanceledException) { /* stopped */ }
    }

    static async Task<Guid> Proposed(HttpClient api, decimal estimate)
    {
        var response = await api.PostAsJsonAsync("/api/measures", new { title = "Gemensam växel", committee = "KS", estimatedSavingTkr = estimate, source = "Test" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    static async Task<long> Step(HttpClient api, Guid id, string step, object body)
    {
        var response = await api.PostAsJsonAsync($"/api/measures/{id}/{step}", body);
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
    }

    static async Task<JsonElement> Dashboard(HttpClient api, string query = "") =>
        await api.GetFromJsonAsync<JsonElement>("/api/dashboard" + query);

    static string Figures(JsonElement dashboard) => string.Join('|',
        new[] { "ambitionTkr", "realisedTkr", "recurringTkr", "estimatedTkr", "pipelineTkr", "tooEarlyCount", "byStatus", "byCommittee", "byYear", "byKind" }
            .Select(name => dashboard.GetProperty(name).GetRawText()));

    /// <summary>A signed-in client of the hub that keeps the realised totals it was pushed.</summary>
    sealed class Live(HubConnection connection) : IAsyncDisposable
    {
        readonly List<(decimal Realised, TaskCompletionSource<JsonElement> Found)> _waiting = [];
        readonly List<JsonElement> _received = [];

        public HubConnection Connection { get; } = connection;

        public void Received(JsonElement dashboard)
        {
            lock (_received)
            {
                _received.Add(dashboard);
                foreach (var waiter in _waiting.Where(w => w.Realised == dashboard.GetProperty("realisedTkr").GetDecimal())) waiter.Found.TrySetResult(dashboard);
            }
        }

        /// <summary>The first dashboardUpdated with this realised total, received already or yet to come.</summary>
        public Task<JsonElement> Realised(decimal amount)
        {
            lock (_received)
            {
                foreach (var dashboard in _received)
                    if (dashboard.GetProperty("realisedTkr").GetDecimal() == amount) return Task.FromResult(dashboard);
                var found = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Add((amount, found));
                return found.Task;
            }
        }

        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }

    static async Task<Live> LiveAsync(AppNode node, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(node.Address, DashboardHub.Path), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        var live = new Live(connection);
        connection.On<JsonElement>(DashboardHub.DashboardUpdated, live.Received);
        await connection.StartAsync();
        return live;
    }

    sealed record WolverineNode(Guid Id, int Number);

    sealed record Agent(string Name, Guid Node);

    async Task<List<WolverineNode>> NodesAsync()
    {
        await using var connection = new NpgsqlConnection(_owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select id, node_number from wolverine_nodes", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var nodes = new List<WolverineNode>();
        while (await reader.ReadAsync()) nodes.Add(new WolverineNode(reader.GetGuid(0), reader.GetInt32(1)));
        return nodes;
    }

    /// <summary>Where Wolverine placed each projection or subscription: its agent's address names it (event-subscriptions://marten/main/…/dashboard/all).</summary>
    async Task<List<Agent>> SubscriptionAgentsAsync()
    {
        await using var connection = new NpgsqlConnection(_owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select id, node_id from wolverine_node_assignments where id like 'event-subscriptions://%'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var agents = new List<Agent>();
        while (await reader.ReadAsync())
        {
            var segments = new Uri(reader.GetString(0)).Segments.Select(s => s.Trim('/')).ToList();
            var name = Subscriptions.FirstOrDefault(s => segments.Contains(s, StringComparer.OrdinalIgnoreCase)) ?? reader.GetString(0);
            agents.Add(new Agent(name, reader.GetGuid(1)));
        }
        return agents;
    }

    async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(_owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    static async Task<T> Within<T>(TimeSpan timeout, Task<T> task, string what)
    {
        try { return await task.WaitAsync(timeout); }
        catch (TimeoutException) { throw new TimeoutException($"Not within {timeout.TotalSeconds:0} s: {what}."); }
    }

    static async Task Within(TimeSpan timeout, Task task, string what)
    {
        try { await task.WaitAsync(timeout); }
        catch (TimeoutException) { throw new TimeoutException($"Not within {timeout.TotalSeconds:0} s: {what}."); }
    }

    /// <summary>Polls until <paramref name="done"/>, or fails after <paramref name="timeout"/> naming what was awaited.</summary>
    static async Task Until(TimeSpan timeout, Func<Task<bool>> done, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!await done())
        {
            if (deadline.Elapsed > timeout) throw new TimeoutException($"Not within {timeout.TotalSeconds:0} s: {what}.");
            await Task.Delay(250);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}
