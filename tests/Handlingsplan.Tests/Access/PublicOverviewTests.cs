using System.Net;
using Alba;
using Handlingsplan.Tests.Infrastructure;

namespace Handlingsplan.Tests.Access;

/// <summary>With the public overview turned on, anyone may read the dashboard, and nothing else.</summary>
public sealed class PublicOverviewTests(PublicOverviewHost fixture) : IClassFixture<PublicOverviewHost>
{
    IAlbaHost _host => fixture.Host;

    [Fact]
    public async Task Anyone_reads_the_overview_but_nothing_else()
    {
        var anonymous = _host.Server.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync("/hubs/dashboard/negotiate?negotiateVersion=1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/measures")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/measures",
            new StringContent("""{"title":"T","committee":"KS"}""", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        var list = await anonymous.GetAsync("/atgarder");
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.StartsWith("/logga-in", list.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_public_overview_lists_the_frozen_sammantradesunderlag_and_opens_them()
    {
        var management = _host.Server.CreateClient();
        management.DefaultRequestHeaders.Authorization = new("Bearer", await fixture.TokenFor("ledning"));
        var created = await management.PostAsync("/api/sammantradesunderlag",
            new StringContent("""{"title":"Sammanträdesunderlag för KS 2026-02-10","meetingDate":"2026-02-10"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var anonymous = _host.Server.CreateClient();

        var overview = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/"));
        Assert.Contains("Sammanträdesunderlag för KS 2026-02-10", overview);
        Assert.DoesNotContain("Frys underlaget", overview);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(created.Headers.Location!.ToString())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/sammantradesunderlag",
            new StringContent("""{"title":"T","meetingDate":"2026-02-10"}""", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }
}
