using Handlingsplan.Audit;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>
/// Empties a test host's store and removes its audit checkpoint with it: to the app, an emptied store
/// is a rewritten history, which is what the checkpoint outside the database is there to catch.
/// </summary>
public static class Reset
{
    public static Task ResetAllDataAsync(this IHost host) => host.Services.ResetAllDataAsync();

    public static async Task ResetAllDataAsync(this IServiceProvider services)
    {
        await services.ResetAllMartenDataAsync();
        File.Delete(services.GetRequiredService<AuditCheckpoints>().Path);
    }
}
