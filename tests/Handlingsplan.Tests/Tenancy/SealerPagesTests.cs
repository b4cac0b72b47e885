using Handlingsplan.Audit;
using Handlingsplan.Dashboard;
using Handlingsplan.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Handlingsplan.Tests.Tenancy;

/// <summary>
/// A page of the log holds events of many municipalities, and the sealer pays a few reads for each
/// municipality in a page whatever its share of it. Its pages are as large as the dashboard's, so that
/// catching up on many municipalities pays those reads once per page of thousands of events, not once
/// per handful (docs/benchmarks.md, "Many municipalities").
/// </summary>
public class SealerPagesTests
{
    [Fact]
    public void The_sealer_is_handed_pages_as_large_as_the_dashboards()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"handlingsplan-sealer-pages-{Guid.NewGuid():N}");
        try
        {
            var folder = new DataFolder(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DataDirectory"] = directory }).Build());
            var sealer = new AuditChainSealer(TimeProvider.System, new AuditCheckpoints(folder), NullLogger<AuditChainSealer>.Instance);

            Assert.Equal(new DashboardProjection().Options.BatchSize, sealer.Options.BatchSize);
            Assert.True(sealer.Options.BatchSize >= 5000, $"the sealer's pages hold {sealer.Options.BatchSize} events");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
