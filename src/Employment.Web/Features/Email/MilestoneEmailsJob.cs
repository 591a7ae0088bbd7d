using Employment.Core.Data;
using Employment.Core.Email;
using Employment.Core.Placements;
using Employment.Web.Features.Milestones;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Email;

/// <summary>
/// Asks employers, at 13, 26 and 52 weeks, whether the person still works there: one employment check per due milestone
/// follow-up of a started placement, and one email with the check's link to each of the employer's users.
/// </summary>
public sealed class MilestoneEmailsJob(EmploymentDbContext db, Recipients people, MilestoneLinks links, IOptions<EmailOptions> options, TimeProvider clock, SiteLinks linkTo)
{
    public const string JobId = "email-employer-milestones";

    private static readonly FollowUpKind[] Milestones = [FollowUpKind.Milestone13Weeks, FollowUpKind.Milestone26Weeks, FollowUpKind.Milestone52Weeks];

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var due = await db.FollowUps.AsNoTracking().DueBy(today)
            .Where(f => Milestones.Contains(f.Kind) && f.Placement!.Stage == PlacementEventType.Started && f.Placement.JobSeeker!.ErasedAt == null
                        && !db.EmploymentChecks.Any(c => c.FollowUpId == f.Id))
            .OrderBy(f => f.DueOn)
            .Select(f => new
            {
                f.Id, f.PlacementId, f.Kind, f.Placement!.JobSeekerId, f.Placement!.JobSeeker!.FirstName, f.Placement.Opportunity!.Title,
                f.Placement.Opportunity.EmployerId, Employer = f.Placement.Opportunity.Employer!.Name,
            })
            .ToListAsync(cancellationToken);
        var asked = 0;
        foreach (var followUp in due)
        {
            var recipients = await people.ForEmployerAsync(followUp.EmployerId, cancellationToken);
            if (recipients.Count == 0)
            {
                continue; // Nobody to ask: the follow-up stays on the coach's list.
            }
            var check = new EmploymentCheck { Id = Guid.NewGuid(), PlacementId = followUp.PlacementId, FollowUpId = followUp.Id, AskedOn = today };
            db.EmploymentChecks.Add(check);
            var link = options.Value.Link(linkTo.EmploymentCheck(links.TokenFor(check.Id, clock.GetUtcNow().AddDays(options.Value.MilestoneLinkValidDays))));
            var weeks = Weeks(followUp.Kind);
            foreach (var recipient in recipients)
            {
                var content = new EmailContent(recipient.Name)
                    .Paragraph($"{followUp.FirstName} started as {followUp.Title} at {followUp.Employer} about {weeks} weeks ago.")
                    .Paragraph($"Is {followUp.FirstName} still working with you? If so, how many hours a week do they work now?")
                    .Paragraph("Please answer using the link below. You do not need to sign in, and it takes less than a minute.")
                    .Link("Answer the question", link)
                    .Paragraph($"The link works once and stops working after {options.Value.MilestoneLinkValidDays} days. If you need help, reply to your job coach.");
                db.Queue($"milestone:{followUp.Id:N}:{recipient.Id:N}", recipient.Email, recipient.Name, $"Is {followUp.FirstName} still working with you? ({weeks}-week check)", content, clock.GetUtcNow(),
                    about: [followUp.JobSeekerId]);
            }
            // The check and its emails are saved together: the unique check per follow-up keeps a rerun from asking twice.
            await db.SaveChangesAsync(cancellationToken);
            asked++;
        }
        return asked;
    }

    public static int Weeks(FollowUpKind kind) => kind switch
    {
        FollowUpKind.Milestone13Weeks => 13,
        FollowUpKind.Milestone26Weeks => 26,
        _ => 52,
    };
}
