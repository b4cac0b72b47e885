using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Alba;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Access;

/// <summary>Who may do what: every write endpoint answers 401 without credentials, 403 to a role or scope that may not, 200 to one that may.</summary>
public sealed class AccessTests(AppFixture fixture) : IntegrationContext(fixture)
{
    /// <summary>The SN item each write is tried on, brought to the status the step needs.</summary>
    async Task<(string Url, object Body)> Target(string endpoint)
    {
        async Task<Handlingsplan.Items.Proposing.ItemCreated> Item(string kind, string stage)
        {
            var item = await Host.Proposed(kind, committee: "SN");
            var v = item.Version;
            if (stage is "prioritised" or "assigned") v = await Host.Prioritised(kind, item.Id, v);
            if (stage == "assigned") v = await Host.Assigned(kind, item.Id, v, department: "Socialförvaltningen");
            return item with { Version = v };
        }

        switch (endpoint)
        {
            case "propose":
                return ("/api/measures", new { title = "Ny åtgärd", committee = "SN", estimatedSavingTkr = 10 });
            case "buffer":
                // A buffer is recorded on the plan, so the plan must be there.
                await Handlingsplan.Plan.PlanImport.RunAsync(Store);
                return ("/api/buffers/SN", new { budgetedTkr = 100, year = 2026 });
            case "propose-from-shift":
            {
                var shift = await Item("shifts", "prioritised");
                return ($"/api/shifts/{shift.Id}/measures", new { title = "Från förflyttningen", committee = "SN", expectedVersion = shift.Version });
            }
            case "conclude":
            {
                var investigation = await Item("investigations", "assigned");
                return ($"/api/investigations/{investigation.Id}/conclude", new { findings = "Slutsatser", expectedVersion = investigation.Version });
            }
        }
        var (stage, body) = endpoint switch
        {
            "prioritise" or "decline" => ("proposed", (Func<long, object>)(v => new { decisionReference = "KS 2025-01-01 § 1", expectedVersion = v })),
            "assign" => ("prioritised", v => new { department = "Socialförvaltningen", expectedVersion = v }),
            "realise" => ("assigned", v => new { amountTkr = 10, year = 2025, recurring = true, expectedVersion = v }),
            "revise-estimate" => ("proposed", v => new { estimatedSavingTkr = 20, expectedVersion = v }),
            "follow-up" => ("proposed", v => new { note = "Följt upp", expectedVersion = v }),
            "complete" => ("assigned", v => new { reason = "Klart", expectedVersion = v }),
            _ => ("proposed", v => new { reason = "Inaktuell", expectedVersion = v }),
        };
        var target = await Item("measures", stage);
        return ($"/api/measures/{target.Id}/{endpoint}", body(target.Version));
    }

    async Task<HttpResponseMessage> Send(string? username, string url, object body)
    {
        var client = Host.Server.CreateClient();
        if (username is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", await Fixture.TokenFor(username));
        return await client.PostAsync(url, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
    }

    public static TheoryData<string, string, int> Rules() => new()
    {
        // endpoint, who, expected status
        { "propose", "chef-sn", 201 }, { "propose", "chef-von", 403 }, { "propose", "revisor", 403 },
        { "prioritise", "ledning", 200 }, { "prioritise", "chef-sn", 403 }, { "prioritise", "revisor", 403 },
        { "decline", "ledning", 200 }, { "decline", "chef-sn", 403 },
        { "assign", "ledning", 200 }, { "assign", "chef-sn", 403 },
        { "cancel", "ledning", 200 }, { "cancel", "chef-sn", 403 },
        { "realise", "chef-sn", 200 }, { "realise", "chef-von", 403 }, { "realise", "revisor", 403 }, { "realise", "ledning", 200 },
        { "revise-estimate", "chef-sn", 200 }, { "revise-estimate", "chef-von", 403 },
        { "follow-up", "chef-sn", 200 }, { "follow-up", "chef-von", 403 }, { "follow-up", "revisor", 403 },
        { "complete", "chef-sn", 200 }, { "complete", "chef-von", 403 },
        { "conclude", "chef-sn", 200 }, { "conclude", "chef-von", 403 },
        { "propose-from-shift", "chef-sn", 201 }, { "propose-from-shift", "chef-von", 403 },
        { "buffer", "ledning", 200 }, { "buffer", "chef-sn", 403 }, { "buffer", "revisor", 403 },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task A_write_is_allowed_only_to_those_the_rules_allow(string endpoint, string username, int expected)
    {
        var (url, body) = await Target(endpoint);
        var before = await EventCount();

        var response = await Send(username, url, body);

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == 403)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Matches("[åäö]|kan|Som", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
            Assert.Equal(before, await EventCount());
        }
    }

    [Theory]
    [InlineData("propose")] [InlineData("prioritise")] [InlineData("decline")] [InlineData("assign")] [InlineData("realise")]
    [InlineData("revise-estimate")] [InlineData("follow-up")] [InlineData("complete")] [InlineData("cancel")]
    [InlineData("conclude")] [InlineData("propose-from-shift")] [InlineData("buffer")]
    public async Task Every_write_needs_credentials(string endpoint)
    {
        var (url, body) = await Target(endpoint);
        var before = await EventCount();

        var response = await Send(null, url, body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task A_department_head_may_work_on_an_item_of_another_nämnd_assigned_to_their_department()
    {
        var item = await Host.Proposed(committee: "KS");
        var v = await Host.Prioritised("measures", item.Id, item.Version);
        v = await Host.Assigned("measures", item.Id, v, department: "Vård- och omsorgsförvaltningen");

        var von = await Send("chef-von", $"/api/measures/{item.Id}/realise", new { amountTkr = 5, year = 2025, recurring = false, expectedVersion = v });
        var sn = await Send("chef-sn", $"/api/measures/{item.Id}/follow-up", new { note = "x", expectedVersion = v + 1 });

        Assert.Equal(HttpStatusCode.OK, von.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, sn.StatusCode);
    }

    [Fact]
    public async Task Reading_needs_credentials_and_the_auditor_reads_everything()
    {
        var item = await Host.Proposed(committee: "VON");
        foreach (var url in new[] { "/api/measures", $"/api/measures/{item.Id}", $"/api/measures/{item.Id}/history", "/api/dashboard" })
        {
            var anonymous = await Host.Server.CreateClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            var auditor = Host.Server.CreateClient();
            auditor.DefaultRequestHeaders.Authorization = new("Bearer", await Fixture.TokenFor("revisor"));
            Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task History_shows_who_did_each_step_and_in_which_role()
    {
        var item = await Host.AssignedItem(committee: "SN");
        var realise = await Send("chef-sn", $"/api/measures/{item.Id}/realise", new { amountTkr = 10, year = 2025, recurring = true, expectedVersion = item.Version });
        realise.EnsureSuccessStatusCode();

        var history = await Host.GetJson<JsonElement[]>($"/api/measures/{item.Id}/history");

        Assert.Equal(["ledning", "ledning", "ledning", "chef-sn"], history.Select(h => h.GetProperty("user").GetString()));
        Assert.Equal(["kommunledning", "kommunledning", "kommunledning", "forvaltningschef"], history.Select(h => h.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task The_hub_refuses_an_anonymous_connection_when_the_overview_is_not_public()
    {
        var anonymous = await Host.Server.CreateClient().PostAsync("/hubs/dashboard/negotiate?negotiateVersion=1", null);
        var signedIn = await (await AuthorisedClient("revisor")).PostAsync("/hubs/dashboard/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_repeated_failures_lock_the_account()
    {
        var client = Host.Server.CreateClient();
        async Task<HttpResponseMessage> Try(string password) =>
            await client.PostAsJsonAsync("/api/auth/token", new { username = "chef-von", password });

        var first = await Try("fel");
        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Contains("Fel användarnamn eller lösenord", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        for (var i = 0; i < 4; i++) await Try("fel");

        var locked = await Try(Fixture.DemoPasswords()["chef-von"]);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("låst", (await locked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_demo_passwords_are_generated_and_only_their_hashes_are_kept()
    {
        var passwords = Fixture.DemoPasswords();
        Assert.Equal(["chef-sn", "chef-von", "ledning", "revisor"], passwords.Keys.Order());
        Assert.All(passwords.Values, p => Assert.True(p.Length >= 12));
        var kept = await File.ReadAllTextAsync(Path.Combine(Fixture.DataDirectory, "accounts.json"));
        Assert.All(passwords.Values, p => Assert.DoesNotContain(p, kept));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(Fixture.DataDirectory, "demo-accounts.txt")));
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await Host.Scenario(s => s.Get.Url("/health"));
        var headers = response.Context.Response.Headers;
        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
        Assert.Equal("DENY", headers.XFrameOptions.ToString());
        Assert.Contains("default-src 'self'", headers.ContentSecurityPolicy.ToString());
    }
}
