using Handlingsplan.Infrastructure;
using Marten;

namespace Handlingsplan.Audit;

public static class Configuration
{
    public static StoreOptions AddAudit(this StoreOptions options)
    {
        options.Schema.For<AuditSeal>();
        options.Schema.For<AuditAlarm>();
        return options;
    }

    /// <summary>The hash chain is kept by a subscription: it sees every committed event once, in order.</summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddAuditChain(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten)
    {
        marten.Services.AddSingleton<AuditCheckpoints>();
        // The app's own database role may add seals and alarms, never change or delete them.
        marten.Services.AddSingleton(new AppendOnlyDocument(typeof(AuditSeal)));
        marten.Services.AddSingleton(new AppendOnlyDocument(typeof(AuditAlarm)));
        return marten.AddSubscriptionWithServices<AuditChainSealer>(ServiceLifetime.Singleton);
    }
}
