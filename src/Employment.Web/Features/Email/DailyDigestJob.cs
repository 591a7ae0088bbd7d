using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Email;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Email;

/// <summary>Each morning, one email to each coach who has something to do in any digest section; none to a coach with nothing.</summary>
public sealed class DailyDigestJob(EmploymentDbContext db, Recipients recipients, IEnumerable<IDigestSection> sections, IOptions<EmailOptions> options, TimeProvider clock, SiteLinks linkTo)
{
    public const string JobId = "email-daily-digest";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var queued = 0;
        foreach (var coach in await recipients.InRoleAsync(Roles.Coach, cancellationToken))
        {
            var key = KeyFor(coach.Id, today);
            // One moment for building and queueing, so a section that reads "since the last digest" has no gap or overlap.
            var now = clock.GetUtcNow();
            var parts = new List<DigestPart>();
            foreach (var section in sections.OrderBy(s => s.Order))
            {
                if (await section.BuildAsync(coach.Id, today, now, cancellationToken) is { } part)
                {
                    parts.Add(part);
                }
            }
            if (!parts.Any(p => p.SendsDigest))
            {
                continue;
            }
            var content = new EmailContent(coach.Name).Paragraph($"This is what needs doing for your caseload on {EmailDay.Words(today)}.");
            foreach (var part in parts)
            {
                content.Heading(part.Heading).List(part.Lines);
            }
            content.Link("Open your home page", options.Value.Link(linkTo.CoachHome()));
            if (await db.QueueOnceAsync(key, coach.Email, coach.Name, $"Your follow-ups for {EmailDay.Words(today)}", content, now, OutboxPriority.Routine, cancellationToken))
            {
                // One coach at a time, so a failure part-way keeps the digests already queued and a rerun skips them.
                await db.SaveChangesAsync(cancellationToken);
                queued++;
            }
        }
        return queued;
    }

    /// <summary>The outbox key of a coach's digest for a day: one digest per coach per day, however often the job runs.</summary>
    public static string KeyFor(Guid coachId, DateOnly day) => $"{KeyPrefix(coachId)}{EmailDay.Key(day)}";

    public static string KeyPrefix(Guid coachId) => $"digest:{coachId:N}:";
}
