using MailKit.Net.Smtp;
using MailKit.Security;
using Employment.Core.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Employment.Web.Infrastructure;

/// <summary>One SMTP connection for a batch of outbox emails, opened on the first send.</summary>
public sealed class EmailSmtp(IOptions<EmailOptions> options) : IAsyncDisposable
{
    private readonly SmtpClient _client = new() { Timeout = 30_000 };

    public async Task SendAsync(OutboxEmail email, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!_client.IsConnected)
        {
            await _client.ConnectAsync(settings.Host!, settings.Port, settings.Security switch
            {
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            }, cancellationToken);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                await _client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
            }
        }
        await _client.SendAsync(ToMime(email, settings), cancellationToken);
    }

    public static MimeMessage ToMime(OutboxEmail email, EmailOptions settings)
    {
        var message = new MimeMessage { Subject = email.Subject, MessageId = email.MessageId, Date = email.CreatedAt };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        return message;
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException or System.Net.Sockets.SocketException or MailKit.CommandException)
            {
                // The emails are already marked; a failed goodbye changes nothing.
            }
        }
        _client.Dispose();
    }
}
