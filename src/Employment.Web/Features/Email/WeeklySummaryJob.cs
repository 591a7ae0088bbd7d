using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Email;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Email;

/// <summary>Each week, the same short set of totals for the seven days before today to every adviser.</summary>
public sealed class WeeklySummaryJob(EmploymentDbContext db, WeeklyFiguresQuery weekly, Recipients recipients, IOptions<EmailOptions> options, TimeProvider clock, SiteLinks linkTo)
{
    public const string JobId = "email-weekly-summary";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var figures = await weekly.FiguresAsync(today, cancellationToken);
        var queued = 0;
        foreach (var adviser in await recipients.InRoleAsync(Roles.Adviser, cancellationToken))
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
                    $"Weekly summary to {EmailDay.Words(today.AddDays(-1))}", content, clock.GetUtcNow(), OutboxPriority.Routine, cancellationToken))
            {
                queued++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }
}
