using System.Net;
using Alba;
using Handlingsplan.Tests.Infrastructure;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;

namespace Handlingsplan.Tests.Access;

/// <summary>With the public overview turned on, anyone may read the dashboard, and nothing else.</summary>
public sealed class PublicOverviewTests : IAsyncLifetime
{
    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"handlingsplan-public-{Guid.NewGuid():N}");
    IAlbaHost _host = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("public_tests");
        JasperFxEnvironment.AutoStartHost = true;
        _host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("ConnectionStrings:Marten", connectionString);
            builder.UseSetting("DataDirectory", _dataDirectory);
            builder.UseSetting("PublicOverview:Enabled", "true");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (Exception) { /* a temp folder */ }
    }

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
