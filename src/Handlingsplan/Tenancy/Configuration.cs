using JasperFx.MultiTenancy;
using Marten;
using Marten.Services;
using Wolverine.Http.Runtime.MultiTenancy;

namespace Handlingsplan.Tenancy;

/// <summary>
/// Every municipality's streams and documents live in the same tables, each row marked with its
/// tenant (Marten's conjoined tenancy); docs/scaling.md says why. Sessions are opened for the
/// request's municipality, by Marten for pages and services and by Wolverine for its endpoints.
/// </summary>
public static class Configuration
{
    /// <summary>
    /// Every document belongs to one municipality, but for the register of municipalities itself and
    /// the given types (what municipalities share with each other).
    /// </summary>
    public static StoreOptions AddTenancy(this StoreOptions options, params Type[] shared)
    {
        HashSet<Type> global = [typeof(Municipality), .. shared];
        options.Policies.ForAllDocuments(mapping =>
        {
            if (!global.Contains(mapping.DocumentType)) mapping.TenancyStyle = TenancyStyle.Conjoined;
        });
        options.Schema.For<Municipality>();
        return options;
    }

    public static IServiceCollection AddMunicipalities(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<MunicipalityRegistry>();
        return services;
    }

    /// <summary>Wolverine's endpoints open their sessions for the municipality the request was found to be in.</summary>
    public static void DetectMunicipality(this Wolverine.Http.WolverineHttpOptions options) =>
        options.TenantId.DetectWith(new MunicipalityDetection());

    sealed class MunicipalityDetection : ITenantDetection
    {
        public ValueTask<string?> DetectTenant(HttpContext context) =>
            ValueTask.FromResult<string?>(MunicipalityContext.CurrentTenantId);
    }
}

/// <summary>The sessions Marten hands out (pages, services): lightweight, for the current municipality.</summary>
public sealed class MunicipalitySessions(IDocumentStore store) : SessionFactoryBase(store)
{
    readonly IDocumentStore _store = store;

    public override Marten.Services.SessionOptions BuildOptions() =>
        new() { Tracking = DocumentTracking.None, TenantId = MunicipalityContext.CurrentTenantId };

    public override IQuerySession QuerySession() => _store.QuerySession(MunicipalityContext.CurrentTenantId);
}
