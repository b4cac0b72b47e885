using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Handlingsplan.Access.Display;
using Handlingsplan.Dashboard;
using Handlingsplan.Tests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Handlingsplan.Tests.Access;

/// <summary>
/// A display link opens the screen, its figures and the live hub without a personal sign-in, and
/// nothing else; kommunledning alone makes and revokes links, and a revoked link is refused at once.
/// </summary>
public sealed class DisplayLinkTests(AppFixture fixture) : IntegrationContext(fixture)
{
    async Task<JsonElement> Created(string name = "Sammanträdesrummet")
    {
        var management = await AuthorisedClient();
        var response = await management.PostAsJsonAsync("/api/display-links", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A client that holds nothing but the display link's cookie, as the screen's browser does.</summary>
    HttpClient Screen(string token)
    {
        var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"{DisplayAccess.CookieName}={token}");
        return client;
    }

    static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Kommunledning_makes_a_link_whose_secret_is_kept_only_as_its_hash()
    {
        var created = await Created("Sammanträdesrummet plan 3");
        var token = created.GetProperty("token").GetString()!;
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(DisplaySecrets.Length, token.Length);
        Assert.Equal($"/skarm?nyckel={token}", created.GetProperty("screenUrl").GetString());

        await using var session = Store.QuerySession();
        var link = await session.LoadAsync<DisplayLink>(id);
        Assert.Equal(DisplaySecrets.Hash(token), link!.TokenHash);
        Assert.Equal("ledning", link.CreatedBy);
        var events = await session.Events.FetchStreamAsync(id);
        Assert.Equal("ledning", Assert.Single(events).UserName);
        Assert.DoesNotContain(token, JsonSerializer.Serialize(events.Select(e => e.Data)));

        var listed = await (await AuthorisedClient()).GetFromJsonAsync<JsonElement>("/api/display-links");
        var row = Assert.Single(listed.EnumerateArray());
        Assert.Equal("Sammanträdesrummet plan 3", row.GetProperty("name").GetString());
        Assert.False(row.TryGetProperty("token", out _));
        Assert.False(row.TryGetProperty("tokenHash", out _));
    }

    [Theory]
    [InlineData("revisor", "Som revisor kan du läsa allt men inte ändra något.")]
    [InlineData("chef-sn", "Skärmlänkar skapas och återkallas av kommunledningen.")]
    public async Task Only_kommunledning_makes_lists_and_revokes_links(string username, string reason)
    {
        var id = (await Created()).GetProperty("id").GetGuid();
        var before = await EventCount();
        var other = await AuthorisedClient(username);

        foreach (var response in new[]
        {
            await other.PostAsync("/api/display-links", Json("""{"name":"Min skärm"}""")),
            await other.PostAsync($"/api/display-links/{id}/revoke", Json("{}")),
            await other.GetAsync("/api/display-links"),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(reason, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
        Assert.Equal(before, await EventCount());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Server.CreateClient().PostAsync("/api/display-links", Json("""{"name":"X"}"""))).StatusCode);
    }

    [Fact]
    public async Task A_link_without_a_name_is_refused_in_swedish()
    {
        var response = await (await AuthorisedClient()).PostAsync("/api/display-links", Json("""{"name":"  "}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ange ett namn på skärmen", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_link_opens_the_screen_its_figures_and_the_hub_and_nothing_else()
    {
        var token = (await Created()).GetProperty("token").GetString()!;

        // Opened by its address: the secret goes into the display cookie and off the address bar.
        var opened = await Host.Server.CreateClient().GetAsync($"/skarm?nyckel={token}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/skarm", opened.Headers.Location!.ToString());
        var cookie = Assert.Single(opened.Headers.GetValues("Set-Cookie"), c => c.StartsWith(DisplayAccess.CookieName + "="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);

        var screen = Screen(token);
        var page = await screen.GetAsync("/skarm");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Helskärm", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await screen.GetAsync("/api/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await screen.PostAsync("/hubs/dashboard/negotiate?negotiateVersion=1", null)).StatusCode);

        foreach (var url in new[] { "/", "/atgarder", "/mina", "/rapportering", "/installningar/skarmar", "/api/measures", "/api/reporting-periods", "/api/display-links", "/api/decisions" })
            Assert.Equal(HttpStatusCode.Forbidden, (await screen.GetAsync(url)).StatusCode);
        var write = await screen.PostAsync("/api/measures", Json("""{"title":"T","committee":"KS","source":"Skärm"}"""));
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(DisplayTokenHandler.OnlyTheScreen, (await write.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await screen.PostAsync("/api/display-links", Json("""{"name":"Fler"}"""))).StatusCode);

        // The list says when the link was last used.
        var listed = await (await AuthorisedClient()).GetFromJsonAsync<JsonElement>("/api/display-links");
        Assert.Equal(JsonValueKind.String, Assert.Single(listed.EnumerateArray()).GetProperty("lastUsedAt").ValueKind);

        // The secret counts only in its own cookie and on the screen's own address: never as a bearer token.
        var bearer = Host.Server.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Server.CreateClient().GetAsync($"/api/dashboard?nyckel={token}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Screen(DisplaySecrets.New()).GetAsync("/api/dashboard")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_link_is_refused_at_once_and_its_live_connection_closed()
    {
        var created = await Created();
        var token = created.GetProperty("token").GetString()!;
        var id = created.GetProperty("id").GetGuid();
        var screen = Screen(token);
        Assert.Equal(HttpStatusCode.OK, (await screen.GetAsync("/api/dashboard")).StatusCode);

        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hub = Hub(token);
        hub.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await hub.StartAsync();
        await hub.InvokeAsync("WatchReporting");
        // A display link watches the dashboard and the reporting, not the items.
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => hub.InvokeAsync("WatchItems"));

        var management = await AuthorisedClient();
        var revoked = await management.PostAsync($"/api/display-links/{id}/revoke", Json("""{"expectedVersion":1}"""));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(2, (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());

        var page = await screen.GetAsync("/skarm");
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Contains("återkallad", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await screen.GetAsync("/api/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await screen.PostAsync("/hubs/dashboard/negotiate?negotiateVersion=1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Server.CreateClient().GetAsync($"/skarm?nyckel={token}")).StatusCode);

        // The open connection ends: its long poll is refused like any request, and the server closes it
        // (a screen on a WebSocket hears displayRevoked first: the browser test shows it).
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await using var again = Hub(token);
        await Assert.ThrowsAnyAsync<Exception>(() => again.StartAsync());

        var twice = await management.PostAsync($"/api/display-links/{id}/revoke", Json("{}"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var listed = await management.GetFromJsonAsync<JsonElement>("/api/display-links");
        Assert.Equal("ledning", Assert.Single(listed.EnumerateArray()).GetProperty("revokedBy").GetString());
    }

    [Fact]
    public async Task A_stale_expected_version_is_refused_and_an_unknown_link_not_found()
    {
        var id = (await Created()).GetProperty("id").GetGuid();
        var management = await AuthorisedClient();
        Assert.Equal(HttpStatusCode.Conflict, (await management.PostAsync($"/api/display-links/{id}/revoke", Json("""{"expectedVersion":5}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await management.PostAsync($"/api/display-links/{Guid.NewGuid()}/revoke", Json("{}"))).StatusCode);
    }

    HubConnection Hub(string token) => new HubConnectionBuilder()
        .WithUrl(new Uri(Host.Server.BaseAddress, DashboardHub.Path), options =>
        {
            options.Transports = HttpTransportType.LongPolling;
            options.HttpMessageHandlerFactory = _ => Host.Server.CreateHandler();
            options.Headers["Cookie"] = $"{DisplayAccess.CookieName}={token}";
        })
        .Build();
}
