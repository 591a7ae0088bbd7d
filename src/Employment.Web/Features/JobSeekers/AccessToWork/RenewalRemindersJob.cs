using Employment.Core.AccessToWork;
using Employment.Core.Data;
using Employment.Core.Email;
using Employment.Web.Features.Email;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.JobSeekers.AccessToWork;

/// <summary>
/// Reminds a person's job coach that their Access to Work award needs renewing: once, 8 weeks before the renewal date
/// (<see cref="AccessToWorkRenewals"/>), caught up if the site was down that day. The outbox's unique key makes it once
/// even when two job servers run it at the same moment: the second save fails and finds it queued.
/// </summary>
public sealed class RenewalRemindersJob(EmploymentDbContext db, IOptions<EmailOptions> options, TimeProvider clock, SiteLinks linkTo)
{
    public const string JobId = "email-access-to-work-renewals";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var due = await db.RenewalsDue(today)
            .Join(db.Users.Where(u => u.Email != null && u.DisabledAt == null), a => a.JobSeeker!.CoachId, u => (Guid?)u.Id,
                (a, coach) => new { a.Id, a.JobSeekerId, a.JobSeeker!.FirstName, a.JobSeeker.LastName, RenewalDueOn = a.RenewalDueOn!.Value, CoachId = coach.Id, coach.Email, coach.DisplayName })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var award in due)
        {
            var name = $"{award.FirstName} {award.LastName}".Trim();
            var content = new EmailContent(award.DisplayName)
                .Paragraph($"{name}'s Access to Work award needs renewing by {EmailDay.Words(award.RenewalDueOn)}.")
                .Paragraph("Help them apply again to Access to Work before then, so their support at work does not stop. When they have applied, record the application on their Access to Work page.")
                .Link($"{name}'s Access to Work", options.Value.Link(linkTo.AccessToWork(award.JobSeekerId)));
            try
            {
                if (await db.QueueOnceAsync($"atw-renewal:{award.Id:N}:{EmailDay.Key(award.RenewalDueOn)}:{award.CoachId:N}", award.Email!, award.DisplayName,
                        $"Access to Work renewal due by {EmailDay.Words(award.RenewalDueOn)}", content, clock.GetUtcNow(), OutboxPriority.Routine, [award.JobSeekerId], cancellationToken))
                {
                    await db.SaveChangesAsync(cancellationToken);
                    queued++;
                }
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                // Another job server queued the same reminder between our look and our save.
                db.ChangeTracker.Clear();
            }
        }
        return queued;
    }
}
