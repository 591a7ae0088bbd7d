using Employment.Core.Accounts;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Email;

public sealed class EmployerRemindersTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    [Fact]
    public async Task DisabilityConfidentReminders_Go60And14DaysBefore_OncePerEndDate()
    {
        var start = app.Clock.Today();
        var employerUser = await app.CreateUserAsync(Roles.Employer);
        var until = start.AddDays(100);
        await app.WithDbAsync(db => db.Employers.Where(e => e.Id == employerUser.EmployerId).ExecuteUpdateAsync(s => s.SetProperty(e => e.DcValidUntil, until)));

        var sentOn = new List<int>();
        for (var day = 0; day <= 100; day++)
        {
            app.Clock.SetDay(start.AddDays(day), 7);
            var before = Reminders(employerUser.Email!).Count;
            await app.RunTheDayAsync();
            if (Reminders(employerUser.Email!).Count > before)
            {
                sentOn.Add(100 - day);
            }
            if (day == 90)
            {
                // Renewed for another year: the new end date gets reminders of its own, later.
                await app.WithDbAsync(db => db.Employers.Where(e => e.Id == employerUser.EmployerId).ExecuteUpdateAsync(s => s.SetProperty(e => e.DcValidUntil, until.AddYears(1))));
            }
        }

        Assert.Equal([60, 14], sentOn);
        Assert.All(Reminders(employerUser.Email!), m => Assert.Contains("Disability Confident membership ends on", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WeeklySummary_GivesAdvisersCountsOnly_OncePerWeek()
    {
        var adviser = await app.CreateUserAsync(Roles.Adviser);
        var placement = await StartedPlacements.CreateAsync(app, app.Clock.Today().AddDays(-3));
        var figures = await app.WithDbAsync(db => new WeeklyFiguresQuery(db).FiguresAsync(app.Clock.Today(), CancellationToken.None));
        Assert.True(figures.Starts >= 1);
        Assert.True(figures.PeopleInWork >= 1);

        await app.RunAsync<WeeklySummaryJob>(j => j.ExecuteAsync(CancellationToken.None));
        await app.RunAsync<WeeklySummaryJob>(j => j.ExecuteAsync(CancellationToken.None));
        await app.SendAsync();

        var summary = Assert.Single(app.Smtp.Messages(), m => m.To == adviser.Email);
        Assert.Contains($"People who started work or a placement: {figures.Starts}", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(placement.FirstName, summary.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.FollowUps.CountAsync(f => f.PlacementId == placement.PlacementId && f.Kind == FollowUpKind.PlanMoveIntoPaidWork)));
    }

    private List<ReceivedEmail> Reminders(string address) =>
        app.Smtp.Messages().Where(m => m.To == address && m.Subject.StartsWith("Your Disability Confident membership", StringComparison.Ordinal)).ToList();
}
