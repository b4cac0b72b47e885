using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Alba;
using Handlingsplan.Dashboard;
using Handlingsplan.Plan;
using Handlingsplan.Tests.Dashboard;
using Handlingsplan.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Handlingsplan.Tests.Tenancy;

/// <summary>
/// One installation serving two municipalities: Alingsås, the first customer with the shipped plan,
/// and Lerum, added by <c>tenant add</c> with a plan file of its own. Each signs in as itself, and
/// nothing of the one is seen or reached from the other.
/// </summary>
public sealed class TwoMunicipalitiesFixture : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-tenancy-{Guid.NewGuid():N}");
    readonly Dictionary<string, string> _tokens = new();

    public IAlbaHost Host { get; private set; } = null!;
    public string AddOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("tenancy_tests");
        Host = await TestHost.StartAsync(connectionString, _dataDirectory);
        var output = new StringWriter();
        var plan = Path.Combine(AppContext.BaseDirectory, "Fixtures", "municipalities", "lerum.json");
        var exit = await MunicipalityCommand.RunAsync(Host.Services, ["tenant", "add", "--code", "lerum", "--name", "Lerums kommun", "--plan", plan], output);
        AddOutput = output.ToString();
        Assert.True(exit == 0, AddOutput);
    }

    public async Task<HttpClient> Client(string username)
    {
        if (!_tokens.TryGetValue(username, out var token))
            _tokens[username] = token = await TestHost.TokenAsync(Host, _dataDirectory, username);
        var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The JSON of a successful answer; anything else fails the test with the answer's status and body.</summary>
    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> Get(string user, string url) => await Json(await (await Client(user)).GetAsync(url));

    public async Task<string> Token(string username)
    {
        await Client(username);
        return _tokens[username];
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }
}

/// <summary>The tests of one installation with two municipalities share its host, one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class TwoMunicipalitiesCollection : ICollectionFixture<TwoMunicipalitiesFixture>
{
    public const string Name = "two municipalities";
}

[Collection(TwoMunicipalitiesCollection.Name)]
public class TwoMunicipalitiesTests(TwoMunicipalitiesFixture fixture)
{
    const string Alingsas = "ledning";
    const string Lerum = "ledning@lerum";

    static Task<JsonElement> Json(HttpResponseMessage response) => TwoMunicipalitiesFixture.Json(response);

    Task<JsonElement> Get(string user, string url) => fixture.Get(user, url);

    async Task<JsonElement> Post(string user, string url, object body) => await Json(await (await fixture.Client(user)).PostAsJsonAsync(url, body));

    async Task<List<JsonElement>> Measures(string user) => (await Get(user, "/api/measures?pageSize=500")).EnumerateArray().ToList();

    /// <summary>A measure of Lerum's, prioritised and assigned, ready to realise.</summary>
    async Task<(Guid Id, long Version)> LerumMeasureReadyToRealise(string title)
    {
        var created = await Post(Lerum, "/api/measures", new { title, description = "Lerums åtgärd", committee = "KFN", estimatedSavingTkr = 900, source = "Test" });
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt64();
        version = (await Post(Lerum, $"/api/measures/{id}/prioritise", new { decisionReference = "KS 2026-01-12 § 3", reason = "Prioriterad", expectedVersion = version })).GetProperty("version").GetInt64();
        version = (await Post(Lerum, $"/api/measures/{id}/assign", new { department = "Kultur- och fritidsförvaltningen", responsibleRole = "Förvaltningschef", dueDate = "2040-06-30", expectedVersion = version })).GetProperty("version").GetInt64();
        return (id, version);
    }

    static async Task<JsonElement> Until(Func<Task<JsonElement>> read, Func<JsonElement, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what}: still {value}");
            await Task.Yield();
        }
    }

    [Fact]
    public async Task Adding_a_municipality_loads_its_own_plan_and_makes_its_demo_accounts()
    {
        Assert.Contains("Lerums kommun (lerum)", fixture.AddOutput);
        // The plan's own records (adopted, allocations, their total, buffer rules, the revision) and two measures.
        Assert.Contains("3 strömmar, 7 händelser", fixture.AddOutput);
        Assert.Contains("ledning@lerum", fixture.AddOutput);
        Assert.Contains("chef-bun@lerum", fixture.AddOutput);

        var again = new StringWriter();
        Assert.Equal(0, await MunicipalityCommand.RunAsync(fixture.Host.Services, ["tenant", "add", "--code", "lerum", "--name", "Lerum"], again));
        Assert.Contains("finns redan", again.ToString());

        var bad = new StringWriter();
        Assert.Equal(2, await MunicipalityCommand.RunAsync(fixture.Host.Services, ["tenant", "add", "--code", "Lerum Kommun", "--name", "x"], bad));
        Assert.Contains("duger inte", bad.ToString());
    }

    [Fact]
    public async Task A_municipality_added_without_a_plan_starts_empty_with_common_nämnder_and_asks_kolada_about_nobody_else()
    {
        var output = new StringWriter();
        Assert.Equal(0, await MunicipalityCommand.RunAsync(fixture.Host.Services, ["tenant", "add", "--code", "partille", "--name", "Partille kommun", "--ambition", "25000"], output));
        var partille = await fixture.Client("ledning@partille");
        Assert.Empty((await Json(await partille.GetAsync("/api/measures"))).EnumerateArray());
        Assert.Equal(25000m, (await Json(await partille.GetAsync("/api/dashboard"))).GetProperty("ambitionTkr").GetDecimal());
        var departments = (await Json(await partille.GetAsync("/api/departments"))).GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("Barn- och utbildningsförvaltningen", departments);
        Assert.DoesNotContain("Samhällsbyggnadsförvaltningen", departments);

        // Kolada would be asked about Alingsås, had the app no other answer: it refuses instead.
        var fetch = await partille.PostAsJsonAsync("/api/nyckeltal/kolada", new { kpis = new[] { "N00003" }, years = new[] { 2024 } });
        Assert.Equal(HttpStatusCode.Conflict, fetch.StatusCode);
        Assert.Contains("Partille kommun lades till utan sitt id i Kolada", await fetch.Content.ReadAsStringAsync());

        var lerum = await fixture.Host.Services.GetRequiredService<Handlingsplan.Tenancy.MunicipalityRegistry>().FindAsync("lerum");
        Assert.Equal("1441", lerum!.Kolada?.Municipality);
    }

    [Fact]
    public async Task Each_municipality_lists_only_its_own_items()
    {
        var lerum = await Measures(Lerum);
        var alingsas = await Measures(Alingsas);

        Assert.Contains(lerum, m => m.GetProperty("title").GetString() == "Samordnad skolskjuts i Lerum");
        Assert.All(lerum, m => Assert.Contains(m.GetProperty("committee").GetString(), new[] { "KS", "BUN", "SN", "KFN", "TN" }));
        Assert.DoesNotContain(alingsas, m => m.GetProperty("title").GetString()!.Contains(" i Lerum"));
        Assert.True(alingsas.Count > lerum.Count, $"Alingsås has {alingsas.Count} measures, Lerum {lerum.Count}");
        Assert.Empty(lerum.Select(m => m.GetProperty("id").GetGuid()).Intersect(alingsas.Select(m => m.GetProperty("id").GetGuid())));

        var search = (await Get(Alingsas, "/api/measures?q=skolskjuts")).EnumerateArray().ToList();
        Assert.DoesNotContain(search, m => m.GetProperty("title").GetString()!.Contains(" i Lerum"));
    }

    [Fact]
    public async Task An_id_from_the_other_municipality_is_not_found_by_api_or_page()
    {
        var lerumId = (await Measures(Lerum)).First().GetProperty("id").GetGuid();
        var alingsasId = (await Measures(Alingsas)).First().GetProperty("id").GetGuid();
        var asAlingsas = await fixture.Client(Alingsas);
        var asLerum = await fixture.Client(Lerum);

        Assert.Equal(HttpStatusCode.NotFound, (await asAlingsas.GetAsync($"/api/measures/{lerumId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asAlingsas.GetAsync($"/api/measures/{lerumId}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asAlingsas.PostAsJsonAsync($"/api/measures/{lerumId}/follow-up", new { note = "Intrång", expectedVersion = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asAlingsas.PostAsJsonAsync($"/api/measures/{lerumId}/comment", new { text = "Intrång" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asLerum.GetAsync($"/api/measures/{alingsasId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asLerum.GetAsync($"/api/measures/{alingsasId}?asOf=2030-01-01T00:00:00Z")).StatusCode);

        // The item's page answers as if there were no such item; Lerum's own page is there.
        var page = await asLerum.GetAsync($"/atgarder/{alingsasId}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var own = await asLerum.GetAsync($"/atgarder/{lerumId}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var html = await own.Content.ReadAsStringAsync();
        Assert.Contains("<span id=\"municipality\">Lerums kommun</span>", html);
        Assert.Contains("<span id=\"municipality\">Alingsås kommun</span>", System.Net.WebUtility.HtmlDecode(await (await asAlingsas.GetAsync($"/atgarder/{alingsasId}")).Content.ReadAsStringAsync()));
        // Lerum's item is untouched by the attempts.
        var history = (await Get(Lerum, $"/api/measures/{lerumId}/history")).EnumerateArray().ToList();
        Assert.DoesNotContain(history, h => h.GetRawText().Contains("Intrång"));
    }

    [Fact]
    public async Task The_nämnder_are_the_municipality_s_own()
    {
        var lerum = await fixture.Client(Lerum);
        var alingsas = await fixture.Client(Alingsas);
        Assert.Equal(HttpStatusCode.Created, (await lerum.PostAsJsonAsync("/api/measures", new { title = "Fritidsgårdar samordnas", description = "x", committee = "KFN", estimatedSavingTkr = 100, source = "Test" })).StatusCode);
        var refused = await lerum.PostAsJsonAsync("/api/measures", new { title = "Bolagsåtgärd", description = "x", committee = "AEAB", estimatedSavingTkr = 100, source = "Test" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("KFN", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await alingsas.PostAsJsonAsync("/api/measures", new { title = "Fel nämnd", description = "x", committee = "KFN", estimatedSavingTkr = 100, source = "Test" })).StatusCode);
    }

    [Fact]
    public async Task Dashboards_and_as_of_replays_hold_only_their_own_figures()
    {
        var alingsasBefore = await Get(Alingsas, "/api/dashboard");
        Assert.Equal(100000m, alingsasBefore.GetProperty("ambitionTkr").GetDecimal());
        var (id, version) = await LerumMeasureReadyToRealise("Lerums realiserade åtgärd");
        await Post(Lerum, $"/api/measures/{id}/realise", new { amountTkr = 834, year = 2026, recurring = true, note = "Uppföljning", expectedVersion = version });

        var lerum = await Until(() => Get(Lerum, "/api/dashboard"), d => d.GetProperty("realisedTkr").GetDecimal() >= 834, "Lerum's dashboard");
        Assert.Equal(40000m, lerum.GetProperty("ambitionTkr").GetDecimal());
        Assert.Equal(834m, lerum.GetProperty("realisedTkr").GetDecimal());
        Assert.False(lerum.GetProperty("byCommittee").TryGetProperty("VON", out _));

        var alingsas = await Get(Alingsas, "/api/dashboard");
        Assert.Equal(alingsasBefore.GetProperty("realisedTkr").GetDecimal(), alingsas.GetProperty("realisedTkr").GetDecimal());
        Assert.False(alingsas.GetProperty("byCommittee").TryGetProperty("KFN", out _));

        var now = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddSeconds(1).ToString("O"));
        Assert.Equal(834m, (await Get(Lerum, $"/api/dashboard?asOf={now}")).GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(alingsas.GetProperty("realisedTkr").GetDecimal(), (await Get(Alingsas, $"/api/dashboard?asOf={now}")).GetProperty("realisedTkr").GetDecimal());
    }

    [Fact]
    public async Task Exports_decision_logs_and_hash_chains_are_each_municipality_s_own()
    {
        var (id, _) = await LerumMeasureReadyToRealise("Lerums beslutade åtgärd");

        var lerumLog = (await Get(Lerum, "/api/decisions?pageSize=500")).EnumerateArray().ToList();
        Assert.Contains(lerumLog, d => d.GetRawText().Contains(id.ToString()));
        var alingsasLog = (await Get(Alingsas, "/api/decisions?pageSize=500")).EnumerateArray().ToList();
        Assert.DoesNotContain(alingsasLog, d => d.GetRawText().Contains(id.ToString()) || d.GetRawText().Contains("Lerums beslutade"));

        var lerumVerified = await Until(() => Get(Lerum, "/api/audit/verify"), v => v.GetProperty("pendingCount").GetInt64() == 0, "Lerum's chain");
        Assert.True(lerumVerified.GetProperty("intact").GetBoolean(), lerumVerified.ToString());
        var alingsasVerified = await Until(() => Get(Alingsas, "/api/audit/verify"), v => v.GetProperty("pendingCount").GetInt64() == 0, "Alingsås's chain");
        Assert.True(alingsasVerified.GetProperty("intact").GetBoolean(), alingsasVerified.ToString());
        Assert.NotEqual(lerumVerified.GetProperty("headHash").GetString(), alingsasVerified.GetProperty("headHash").GetString());

        var export = await (await fixture.Client(Lerum)).GetStringAsync("/api/audit/export");
        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(lines, l => l.GetRawText().Contains(id.ToString()));
        Assert.All(lines, l => Assert.Equal("lerum", l.GetProperty("tenantId").GetString()));
        Assert.True(lines.Count >= lerumVerified.GetProperty("sealedCount").GetInt64());
        var alingsasExport = await (await fixture.Client(Alingsas)).GetStringAsync("/api/audit/export");
        Assert.DoesNotContain("Lerums beslutade", alingsasExport);
        Assert.DoesNotContain(id.ToString(), alingsasExport);

        // The command line verifies the chain of the municipality it is given.
        var output = new StringWriter();
        Assert.Equal(0, await Handlingsplan.Audit.Verifying.VerifyChainEndpoint.RunAsync(fixture.Host.Services, ["verify", "--kommun", "lerum"], output));
        Assert.Contains("Lerums kommun (lerum)", output.ToString());
        Assert.Equal(2, await Handlingsplan.Audit.Verifying.VerifyChainEndpoint.RunAsync(fixture.Host.Services, ["verify", "--kommun", "okand"], new StringWriter()));
    }

    [Fact]
    public async Task Pushes_reach_only_the_municipality_s_own_clients()
    {
        await using var lerumClient = await LiveClient.ConnectAsync(fixture.Host, async () => await fixture.Token(Lerum), (nameof(DashboardHub.WatchItems), null));
        await using var alingsasClient = await LiveClient.ConnectAsync(fixture.Host, async () => await fixture.Token(Alingsas), (nameof(DashboardHub.WatchItems), null));

        var lerumItem = (await Post(Lerum, "/api/measures", new { title = "Lerums push", description = "x", committee = "BUN", estimatedSavingTkr = 10, source = "Test" })).GetProperty("id").GetGuid();
        await lerumClient.WaitFor(DashboardHub.ItemChanged, c => c.GetProperty("id").GetGuid() == lerumItem);
        // Alingsås's own change comes after Lerum's on the one ordered push queue: once its client has
        // it, Lerum's would have come before, had it been sent there.
        var alingsasItem = (await Post(Alingsas, "/api/measures", new { title = "Alingsås push", description = "x", committee = "KS", estimatedSavingTkr = 10, source = "Test" })).GetProperty("id").GetGuid();
        await alingsasClient.WaitFor(DashboardHub.ItemChanged, c => c.GetProperty("id").GetGuid() == alingsasItem);

        Assert.DoesNotContain(alingsasClient.Received(DashboardHub.ItemChanged), c => c.GetProperty("id").GetGuid() == lerumItem);
        Assert.DoesNotContain(alingsasClient.Received(DashboardHub.DashboardUpdated), d => d.GetProperty("ambitionTkr").GetDecimal() == 40000m);
        Assert.DoesNotContain(lerumClient.Received(DashboardHub.DashboardUpdated), d => d.GetProperty("ambitionTkr").GetDecimal() == 100000m);
        Assert.Contains(lerumClient.Received(DashboardHub.DashboardUpdated), d => d.GetProperty("ambitionTkr").GetDecimal() == 40000m);
    }

    [Fact]
    public async Task An_assignment_tells_the_municipality_s_own_förvaltningschef_and_nobody_elsewhere()
    {
        // Both are known as recipients once they have opened Mina poster.
        await Get("chef-bun@lerum", "/api/mina");
        await Get("chef-sn", "/api/mina");
        var created = await Post(Lerum, "/api/measures", new { title = "Lerums skolmåltider", description = "x", committee = "BUN", estimatedSavingTkr = 300, source = "Test" });
        var id = created.GetProperty("id").GetGuid();
        var version = (await Post(Lerum, $"/api/measures/{id}/prioritise", new { decisionReference = "KS 2026-02-02 § 9", reason = "Prioriterad", expectedVersion = created.GetProperty("version").GetInt64() })).GetProperty("version").GetInt64();
        await Post(Lerum, $"/api/measures/{id}/assign", new { department = "Barn- och utbildningsförvaltningen", responsibleRole = "Förvaltningschef", dueDate = "2040-06-30", expectedVersion = version });

        var mine = await Until(() => Get("chef-bun@lerum", "/api/mina"),
            m => m.GetProperty("notices").EnumerateArray().Any(n => n.GetProperty("itemId").GetString() == id.ToString()), "the notice of Lerum's assignment");
        Assert.Equal("chef-bun@lerum", mine.GetProperty("user").GetString());
        Assert.Contains(id.ToString(), mine.GetProperty("items").GetRawText());
        var elsewhere = await Get("chef-sn", "/api/mina");
        Assert.DoesNotContain(elsewhere.GetProperty("notices").EnumerateArray(), n => n.GetProperty("itemId").GetString() == id.ToString());
        // Alingsås's revisor sees every item of Alingsås, and not this one.
        Assert.DoesNotContain(id.ToString(), (await Get("revisor", "/api/mina?pageSize=500")).GetProperty("items").GetRawText());
    }

    [Fact]
    public async Task An_upload_stays_with_its_municipality()
    {
        var lerumId = (await Measures(Lerum)).First().GetProperty("id").GetGuid();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestFiles.Pdf("Lerums protokoll"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "protokoll.pdf");
        var added = await Json(await (await fixture.Client(Lerum)).PostAsync($"/api/measures/{lerumId}/attachments", form));
        var attachment = (await Get(Lerum, $"/api/measures/{lerumId}")).GetProperty("attachments").EnumerateArray().Last().GetProperty("id").GetGuid();
        Assert.True(added.ValueKind == JsonValueKind.Object);

        Assert.Equal(HttpStatusCode.OK, (await (await fixture.Client(Lerum)).GetAsync($"/api/measures/{lerumId}/attachments/{attachment}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.Client(Alingsas)).GetAsync($"/api/measures/{lerumId}/attachments/{attachment}")).StatusCode);
    }

    [Fact]
    public async Task An_idempotency_key_is_each_municipality_s_own()
    {
        async Task<Guid> Propose(string user, string title)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/measures")
            {
                Content = JsonContent.Create(new { title, description = "x", committee = "KS", estimatedSavingTkr = 10, source = "Test" }),
            };
            request.Headers.Add("Idempotency-Key", "samma-nyckel-i-bada-kommunerna");
            return (await Json(await (await fixture.Client(user)).SendAsync(request))).GetProperty("id").GetGuid();
        }

        var lerum = await Propose(Lerum, "Lerums nyckelåtgärd");
        var alingsas = await Propose(Alingsas, "Alingsås nyckelåtgärd");
        Assert.NotEqual(lerum, alingsas);
        Assert.Equal(lerum, await Propose(Lerum, "Lerums nyckelåtgärd"));
        Assert.Equal("Alingsås nyckelåtgärd", (await Get(Alingsas, $"/api/measures/{alingsas}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_client_cannot_choose_its_municipality_beside_its_sign_in()
    {
        var client = await fixture.Client(Alingsas);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/measures?pageSize=500&tenant=lerum&kommun=lerum");
        request.Headers.Add("tenant", "lerum");
        request.Headers.Add("kommun", "lerum");
        var measures = (await Json(await client.SendAsync(request))).EnumerateArray().ToList();
        Assert.DoesNotContain(measures, m => m.GetProperty("title").GetString()!.Contains(" i Lerum"));

        // Not signed in, one sees the first customer's public figures only.
        var anonymous = fixture.Host.Server.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/measures")).StatusCode);
    }
}
