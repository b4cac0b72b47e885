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
}
