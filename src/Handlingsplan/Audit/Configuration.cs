using Marten;

namespace Handlingsplan.Audit;

public static class Configuration
{
    public static StoreOptions AddAudit(this StoreOptions options)
    {
        options.Schema.For<AuditSeal>();
        return options;
    }

    /// <summary>The hash chain is kept by a subscription: it sees every committed event once, in order.</summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddAuditChain(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten) =>
        marten.AddSubscriptionWithServices<AuditChainSealer>(ServiceLifetime.Singleton);
}
