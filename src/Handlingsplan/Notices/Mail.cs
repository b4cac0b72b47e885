using System.Text;
using Marten;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Wolverine.Attributes;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Handlingsplan.Notices;

/// <summary>
/// The SMTP server that notices are sent through (section <c>Smtp</c>). With no host, nothing is sent
/// by e-mail and every notice stays in the app.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary><c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c>, as MailKit names them.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "handlingsplan@localhost";
    public string FromName { get; set; } = "Handlingsplan";
    /// <summary>The web app's address, put before an item's path in a message (e.g. <c>https://handlingsplan.example.se</c>).</summary>
    public string? SiteAddress { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>Sends one message over SMTP with MailKit: connect, authenticate when configured, send, disconnect.</summary>
public sealed class Mailer(IOptions<SmtpOptions> options)
{
    public bool IsConfigured => options.Value.IsConfigured;

    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.Security, ct);
        if (!string.IsNullOrEmpty(settings.UserName)) await client.AuthenticateAsync(settings.UserName, settings.Password, ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }

    public string Link(string? path) =>
        path is null ? "" : (options.Value.SiteAddress is { Length: > 0 } site ? site.TrimEnd('/') + path : path);
}

/// <summary>Send this notice by e-mail, unless it has been sent already.</summary>
public sealed record MailNotice(Guid NoticeId);

/// <summary>Send this recipient one message with every notice of theirs that waits for the weekly digest.</summary>
public sealed record MailDigest(string Recipient, string Week);

/// <summary>
/// The e-mails. Each runs from the durable local queue, so a message waiting when the app stops is
/// sent after it starts again; a notice records when it was sent and to whom, in the same transaction
/// that handles the message, so a message handled twice finds it sent and sends nothing.
/// </summary>
public static class MailHandler
{
    /// <summary>A busy or unreachable SMTP server is tried again: soon, then later, then hours later.</summary>
    public static void Configure(HandlerChain chain) =>
        chain.OnException<SmtpCommandException>().Or<SmtpProtocolException>().Or<System.Net.Sockets.SocketException>().Or<IOException>()
            .RetryWithCooldown(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30))
            .Then.ScheduleRetry(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2));

    [Transactional]
    public static async Task Handle(MailNotice message, IDocumentSession session, Mailer mailer, TimeProvider clock, CancellationToken ct)
    {
        if (!mailer.IsConfigured) return;
        var notice = await session.LoadAsync<Notice>(message.NoticeId, ct);
        if (notice is null || notice.MailedAt is not null) return;
        var recipient = await session.LoadAsync<Recipient>(notice.Recipient, ct);
        if (recipient?.Email is not { Length: > 0 } email) return;

        await mailer.SendAsync(email, notice.Subject, Body(notice, mailer), ct);
        session.Store(notice with { MailedAt = clock.GetUtcNow(), MailedTo = email });
    }

    [Transactional]
    public static async Task Handle(MailDigest message, IDocumentSession session, Mailer mailer, TimeProvider clock, CancellationToken ct)
    {
        if (!mailer.IsConfigured) return;
        var recipient = await session.LoadAsync<Recipient>(message.Recipient, ct);
        if (recipient?.Email is not { Length: > 0 } email) return;
        var waiting = await session.Query<Notice>()
            .Where(n => n.Recipient == recipient.Id && n.Digest && n.MailedAt == null)
            .OrderBy(n => n.CreatedAt)
            .ToListAsync(ct);
        if (waiting.Count == 0) return;

        var body = new StringBuilder();
        body.AppendLine($"Veckosammanfattning för {recipient.Id}, vecka {message.Week}: {waiting.Count} {(waiting.Count == 1 ? "meddelande" : "meddelanden")}.");
        body.AppendLine();
        foreach (var notice in waiting)
        {
            body.AppendLine($"• {notice.Subject}");
            body.AppendLine($"  {notice.Text}");
            if (notice.ItemPath is not null) body.AppendLine($"  {mailer.Link(notice.ItemPath)}");
        }
        body.AppendLine();
        body.AppendLine(Footer);
        await mailer.SendAsync(email, $"Handlingsplan: veckosammanfattning {message.Week}", body.ToString(), ct);
        var now = clock.GetUtcNow();
        foreach (var notice in waiting) session.Store(notice with { MailedAt = now, MailedTo = email });
    }

    const string Footer = "Du får detta eftersom du följer upp poster i Handlingsplan. Välj enskilda meddelanden eller en veckosammanfattning under Mina poster.";

    static string Body(Notice notice, Mailer mailer) =>
        notice.Text + "\n\n" + (notice.ItemPath is null ? "" : mailer.Link(notice.ItemPath) + "\n\n") + Footer + "\n";
}
