using Marten;
using Wolverine;
using Wolverine.Marten;

namespace Handlingsplan.Notices;

public static class Configuration
{
    /// <summary>The durable local queue of the notices' work: e-mails and reminder sweeps, kept in PostgreSQL until done.</summary>
    public const string Queue = "notices";

    public static StoreOptions AddNotices(this StoreOptions options)
    {
        options.Schema.For<Notice>().Index(n => n.Recipient);
        options.Schema.For<Recipient>();
        // Versioned, so that of two sweeps (or two starting nodes) racing to schedule the next sweep, one commits.
        options.Schema.For<ReminderClock>().UseOptimisticConcurrency(true);
        return options;
    }

    public static WolverineOptions AddNotices(this WolverineOptions options)
    {
        options.LocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<MailNotice>().ToLocalQueue(Queue);
        options.PublishMessage<MailDigest>().ToLocalQueue(Queue);
        options.PublishMessage<ReminderSweep>().ToLocalQueue(Queue);
        return options;
    }

    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddNoticeSubscription(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten) =>
        marten.SubscribeToEventsWithServices<NoticeSubscription>(ServiceLifetime.Singleton);

    public static IServiceCollection AddNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.AddSingleton<Mailer>();
        services.AddHostedService<ReminderScheduleOnStart>();
        services.AddHostedService<DemoRecipientsOnStart>();
        return services;
    }
}
