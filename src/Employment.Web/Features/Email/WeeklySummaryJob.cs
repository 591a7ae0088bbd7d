using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Email;
using Employment.Core.Placements;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Email;

/// <summary>Counts only, no individuals: the full statistics pages come later.</summary>
public sealed record WeeklyFigures(int Starts, int PeopleInWork, int MilestonesConfirmed, int NoLongerWorking);

/// <summary>Each week, the same short set of totals for the seven days before today to every adviser.</summary>
public sealed class WeeklySummaryJob(EmploymentDbContext db, IOptions<EmailOptions> options, TimeProvider clock, SiteLinks linkTo)
{
    public const string JobId = "email-weekly-summary";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var figures = await FiguresAsync(db, today, cancellationToken);
        var queued = 0;
        foreach (var adviser in await Recipients.InRoleAsync(db, Roles.Adviser, cancellationToken))
        {
            var content = new EmailContent(adviser.Name)
                .Paragraph($"Here are the totals for the week from {EmailDay.Words(today.AddDays(-7))} to {EmailDay.Words(today.AddDays(-1))}.")
                .List([
                    $"People who started work or a placement: {figures.Starts}",
                    $"People in work or a placement now: {figures.PeopleInWork}",
                    $"Employers who confirmed someone is still working with them: {figures.MilestonesConfirmed}",
                    $"Employers who told us someone is no longer working with them: {figures.NoLongerWorking}",
                ])
                .Link("Open the service", options.Value.Link(linkTo.AdviserHome()));
            if (await db.QueueOnceAsync($"weekly-summary:{adviser.Id:N}:{EmailDay.Key(today)}", adviser.Email, adviser.Name,
                    $"Weekly summary to {EmailDay.Words(today.AddDays(-1))}", content, clock.GetUtcNow(), cancellationToken))
            {
                queued++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }

    public static async Task<WeeklyFigures> FiguresAsync(EmploymentDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var from = today.AddDays(-7);
        var fromInstant = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var toInstant = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var starts = await db.PlacementEvents.CountAsync(e => e.Type == PlacementEventType.Started && e.OccurredOn >= from && e.OccurredOn < today, cancellationToken);
        var inWork = await db.Placements.Where(p => p.Stage == PlacementEventType.Started && p.JobSeeker!.ErasedAt == null)
            .Select(p => p.JobSeekerId).Distinct().CountAsync(cancellationToken);
        var answered = db.EmploymentChecks.Where(c => c.AnsweredAt >= fromInstant && c.AnsweredAt < toInstant);
        var confirmed = await answered.CountAsync(c => c.StillEmployed == true, cancellationToken);
        var ended = await answered.CountAsync(c => c.StillEmployed == false, cancellationToken);
        return new WeeklyFigures(starts, inWork, confirmed, ended);
    }
}
