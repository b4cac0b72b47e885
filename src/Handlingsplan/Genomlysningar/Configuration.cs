using Handlingsplan.Genomlysningar.KeyFigures;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Options;

namespace Handlingsplan.Genomlysningar;

public static class Configuration
{
    /// <summary>Each genomlysning kept as a document inline with its events; its event types known by name.</summary>
    public static StoreOptions AddGenomlysningar(this StoreOptions options)
    {
        options.Projections.Snapshot<Genomlysning>(SnapshotLifecycle.Inline);
        options.Events.AddEventTypes([
            typeof(GenomlysningStarted), typeof(GenomlysningAnalysisWritten), typeof(GenomlysningItemsLinked),
            typeof(KeyFiguresFrozen), typeof(GenomlysningAdopted), typeof(KoladaFetched), typeof(Uploading.GenomlysningUploaded),
        ]);
        return options;
    }

    /// <summary>Kolada's API through a typed HTTP client, its address and columns from <c>Kolada</c> in the configuration.</summary>
    public static IServiceCollection AddKolada(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KoladaOptions>(configuration.GetSection(KoladaOptions.Section));
        // One client for the app, made once; each request takes a pooled handler from the factory.
        services.AddSingleton<KoladaClient>();
        services.AddHttpClient(KoladaClient.HttpClientName, (provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<KoladaOptions>>().Value;
            http.BaseAddress = new Uri(options.BaseAddress.EndsWith('/') ? options.BaseAddress : options.BaseAddress + "/");
            http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
            http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        });
        return services;
    }
}
