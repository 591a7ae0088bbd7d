using Employment.Core.Data;
using Employment.Core.Email;
using Employment.Core.Employers;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Email;

/// <summary>
/// Reminds an employer's users that their Disability Confident membership ends: 60 and 14 days before, once each per
/// end date. A day missed (the site was down) is caught up, and the 60-day reminder is skipped once the 14-day one is due.
/// </summary>
public sealed class DcRemindersJob(EmploymentDbContext db, Recipients recipients, IOptions<EmailOptions> options, TimeProvider clock, SiteLinks linkTo)
{
    public const string JobId = "email-dc-reminders";
    public static readonly int[] DaysBefore = [60, 14];

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var horizon = today.AddDays(DaysBefore.Max());
        var employers = await db.Employers.AsNoTracking()
            .Where(e => e.Approval == ApprovalStatus.Approved && e.DcLevel != DisabilityConfidentLevel.None
                        && e.DcValidUntil != null && e.DcValidUntil >= today && e.DcValidUntil <= horizon)
            .Select(e => new { e.Id, e.Name, Until = e.DcValidUntil!.Value })
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var employer in employers)
        {
            var daysLeft = employer.Until.DayNumber - today.DayNumber;
            var reminder = DaysBefore.Where(d => daysLeft <= d).Min();
            foreach (var recipient in await recipients.ForEmployerAsync(employer.Id, cancellationToken))
            {
                var content = new EmailContent(recipient.Name)
                    .Paragraph($"{employer.Name}'s Disability Confident membership ends on {EmailDay.Words(employer.Until)}, in {daysLeft} days.")
                    .Paragraph("To stay a Disability Confident employer, renew your membership with the Department for Work and Pensions before then. " +
                               "When you have renewed, update the end date on your organisation's page.")
                    .Link("Update your organisation", options.Value.Link(linkTo.EmployerOrganisation()));
                if (await db.QueueOnceAsync($"dc-reminder:{employer.Id:N}:{EmailDay.Key(employer.Until)}:{reminder}:{recipient.Id:N}",
                        recipient.Email, recipient.Name, $"Your Disability Confident membership ends on {EmailDay.Words(employer.Until)}", content, clock.GetUtcNow(), OutboxPriority.Routine, cancellationToken))
                {
                    queued++;
                }
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return queued;
    }
}
