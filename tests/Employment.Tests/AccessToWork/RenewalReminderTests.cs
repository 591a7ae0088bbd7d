using Employment.Core.AccessToWork;
using Employment.Core.Accounts;
using Employment.Tests.Email;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Email;
using Employment.Web.Features.JobSeekers.AccessToWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.AccessToWork;

public sealed class RenewalReminderTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    [Fact]
    public async Task AnAwardWithARenewalDate_RemindsTheCoachOnce_8WeeksBefore_OnAMovingClock_WithTwoJobServersAtOnce()
    {
        var start = app.Clock.Today();
        var coach = await app.CreateUserAsync(Roles.Coach);
        var person = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Renee", "Renewal"));
        var renewal = start.AddDays(100);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<AccessToWorkService>();
            var applied = await service.ApplyAsync(person, new AccessToWorkApplied(start.AddDays(-60), AccessToWorkSupport.JobCoachHours), coach.Id);
            var decided = await service.DecideAsync(applied.Value!, new AccessToWorkDecided(AccessToWorkDecision.Awarded, start.AddDays(-30), start.AddDays(-28), renewal.AddDays(30), 5400m, 6m, renewal), coach.Id);
            Assert.True(decided.Succeeded, string.Join("; ", decided.Problems));
        }

        var sentOn = new List<int>();
        for (var day = 0; day <= 110; day++)
        {
            app.Clock.SetDay(start.AddDays(day), 7);
            var before = Reminders(coach.Email!).Count;
            // Two job servers at the same moment, then a rerun: still one email.
            await Task.WhenAll(RunJobAsync(), RunJobAsync());
            await RunJobAsync();
            await app.SendAsync();
            sentOn.AddRange(Enumerable.Repeat(100 - day, Reminders(coach.Email!).Count - before));
        }

        Assert.Equal([AccessToWorkRenewals.ReminderWeeks * 7], sentOn);
        var reminder = Assert.Single(Reminders(coach.Email!));
        Assert.Contains("Renee Renewal's Access to Work award needs renewing by", reminder.Text, StringComparison.Ordinal);
        Assert.Contains($"/job-seekers/{person.Id}/access-to-work", reminder.Text, StringComparison.Ordinal);
        // The email names the person, so erasure can find it (decision 0057).
        Assert.True(await app.WithDbAsync(db => db.OutboxEmailPeople.Where(p => p.JobSeekerId == person.Id).Join(db.OutboxEmails, p => p.OutboxEmailId, e => e.Id, (_, e) => e.DedupeKey).AnyAsync(k => k.StartsWith("atw-renewal:"))));
    }

    private Task<int> RunJobAsync() => app.RunAsync<RenewalRemindersJob>(j => j.ExecuteAsync(CancellationToken.None));

    private List<ReceivedEmail> Reminders(string address) =>
        app.Smtp.Messages().Where(m => m.To == address && m.Subject.StartsWith("Access to Work renewal due", StringComparison.Ordinal)).ToList();
}
