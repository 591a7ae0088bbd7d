using Employment.Core.Data;
using Employment.Core.Email;
using Employment.Web.Infrastructure;
using Hangfire;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Email;

/// <summary>
/// Sends queued emails, prompt ones (invitations, password resets) before routine ones (digests): claim one row
/// (queued → sending), send it, mark it sent, then the next. An email the server refuses goes back in the queue with a
/// later next attempt and the run goes on; a server that does not answer ends the run, leaving the rest queued. A row
/// left "sending" by a crash is never resent automatically (see docs/decisions/0016-email-outbox.md).
/// </summary>
public sealed class SendOutboxJob(EmploymentDbContext db, IOptions<EmailOptions> options, TimeProvider clock, ILogger<SendOutboxJob> logger)
{
    public const string JobId = "email-send-outbox";
    public const int BatchSize = 200;
    public static readonly TimeSpan SendingLease = TimeSpan.FromMinutes(10);
    public const string StoppedWhileSending =
        "Stopped while sending, so it may or may not have arrived. Check with the recipient before trying again.";

    // Each run picks up where the last stopped; Hangfire retrying a run would only repeat that.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.CanSend)
        {
            return 0;
        }
        await GiveUpOnInterruptedSendsAsync(cancellationToken);
        var sent = 0;
        await using var smtp = new EmailSmtp(options);
        while (sent < BatchSize && await ClaimNextAsync(cancellationToken) is { } email)
        {
            try
            {
                await smtp.SendAsync(email, cancellationToken);
            }
            catch (SmtpCommandException e) when (e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
            {
                // The server answered and refused this one email (a recipient it will not take): the others may still go.
                await ReleaseAsync(email, e, settings.MaxAttempts);
                continue;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await ReleaseAsync(email, e, settings.MaxAttempts);
                // The server is down or refusing everything: leave the rest queued rather than spend their attempts.
                break;
            }
            await db.OutboxEmails.Where(o => o.Id == email.Id && o.Status == OutboxStatus.Sending)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Sent).SetProperty(o => o.SentAt, clock.GetUtcNow())
                    .SetProperty(o => o.LastError, (string?)null), CancellationToken.None);
            sent++;
        }
        return sent;
    }

    private async Task<OutboxEmail?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE outbox_emails SET status = 'sending', claimed_at = {now}, attempts = attempts + 1
            WHERE id = (SELECT id FROM outbox_emails WHERE status = 'queued' AND next_attempt_at <= {now}
                        ORDER BY priority, next_attempt_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : await db.OutboxEmails.AsNoTracking().SingleAsync(o => o.Id == claimed[0], cancellationToken);
    }

    private async Task ReleaseAsync(OutboxEmail email, Exception error, int maxAttempts)
    {
        var giveUp = email.Attempts >= maxAttempts;
        var reason = Truncate($"{error.GetType().Name}: {error.Message}", 1000);
        var next = clock.GetUtcNow() + Backoff(email.Attempts);
        await db.OutboxEmails.Where(o => o.Id == email.Id && o.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, giveUp ? OutboxStatus.Failed : OutboxStatus.Queued)
                .SetProperty(o => o.NextAttemptAt, next).SetProperty(o => o.LastError, reason), CancellationToken.None);
        logger.LogWarning(error, "Email {Id} not sent (attempt {Attempt}); {Outcome}", email.Id, email.Attempts, giveUp ? "gave up" : $"next try at {next:u}");
    }

    private Task GiveUpOnInterruptedSendsAsync(CancellationToken cancellationToken)
    {
        var staleBefore = clock.GetUtcNow() - SendingLease;
        return db.OutboxEmails.Where(o => o.Status == OutboxStatus.Sending && o.ClaimedAt < staleBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Failed).SetProperty(o => o.LastError, StoppedWhileSending), cancellationToken);
    }

    /// <summary>1, 2, 4, 8 … minutes after each failed attempt, at most six hours.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, Math.Max(0, attempts - 1))));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
