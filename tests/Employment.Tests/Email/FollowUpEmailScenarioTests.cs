using Employment.Core.Email;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Email;

/// <summary>One placement from its first day to day 400, with the scheduled jobs run every morning on a moving clock.</summary>
public sealed class FollowUpEmailScenarioTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    private static readonly DateOnly Day0 = new(2027, 1, 4);

    [Fact]
    public async Task PlacementStartedOnDayZero_SendsExactlyThePlannedDigestsAndMilestoneEmails_ThroughDay400()
    {
        var placement = await StartedPlacements.CreateAsync(app, Day0);
        using var employer = app.CreateClient();
        var handled = new HashSet<string>();

        for (var day = 0; day <= 400; day++)
        {
            var today = Day0.AddDays(day);
            app.Clock.SetDay(today, 6);
            await app.RunTheDayAsync();
            app.Clock.SetDay(today, 12);

            foreach (var milestone in app.Smtp.Messages().Where(m => m.Subject.StartsWith("Is ", StringComparison.Ordinal) && handled.Add(m.MessageId)))
            {
                var path = MilestoneAnswers.PathOf(MilestoneAnswers.LinkIn(milestone));
                if (milestone.Subject.Contains("(13-week check)", StringComparison.Ordinal))
                {
                    await MilestoneAnswers.AnswerAsync(employer, path, "yes", "16");
                }
                else if (milestone.Subject.Contains("(52-week check)", StringComparison.Ordinal))
                {
                    await MilestoneAnswers.AnswerAsync(employer, path, "no");
                }
                // The 26-week email goes unanswered: the coach records it a week later instead.
            }
            await CoachDoesTheirFollowUpsAsync(placement, today, day);
        }

        var messages = app.Smtp.Messages();
        var digestDays = messages.Where(m => m.To == placement.Coach.Email)
            .Select(m => m.Subject).Order().ToList();
        // From the plan: the check-in on day 14; the 13-week milestone on day 91 (due that morning, answered the
        // same day); the 26-week milestone from day 182 until the coach completes it on day 189; the 52-week milestone
        // on day 364, and the check-in the employer's "no longer working" answer opens that day, overdue on 365 and
        // done on 366.
        int[] expectedDays = [14, 91, 182, 183, 184, 185, 186, 187, 188, 189, 364, 365, 366];
        Assert.Equal(expectedDays.Select(d => $"Your follow-ups for {Words(Day0.AddDays(d))}").Order().ToList(), digestDays);

        var employerEmails = messages.Where(m => m.To == placement.EmployerUser.Email).Select(m => m.Subject).ToList();
        Assert.Equal(
            [$"Is {placement.FirstName} still working with you? (13-week check)", $"Is {placement.FirstName} still working with you? (26-week check)", $"Is {placement.FirstName} still working with you? (52-week check)"],
            employerEmails);
        Assert.Equal(16, messages.Count);
        Assert.Equal(messages.Count, messages.Select(m => m.MessageId).Distinct().Count());

        var checks = await app.WithDbAsync(db => db.EmploymentChecks.AsNoTracking().Where(c => c.PlacementId == placement.PlacementId).OrderBy(c => c.AskedOn).ToListAsync());
        Assert.Equal([Day0.AddDays(91), Day0.AddDays(182), Day0.AddDays(364)], checks.Select(c => c.AskedOn));
        Assert.Equal([true, null, false], checks.Select(c => c.StillEmployed));
        Assert.Equal(16m, checks[0].HoursNow);
        Assert.All(checks.Where(c => c.AnsweredAt is not null), c => Assert.Equal(EmploymentCheckSource.EmployerLink, c.Source));
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.Status != OutboxStatus.Sent)));
    }

    private Task CoachDoesTheirFollowUpsAsync(StartedPlacement placement, DateOnly today, int day) => app.WithDbAsync(async db =>
    {
        var open = await db.FollowUps.Where(f => f.PlacementId == placement.PlacementId && f.CompletedOn == null && f.DueOn <= today).ToListAsync();
        foreach (var followUp in open)
        {
            var doneToday = followUp.Kind switch
            {
                FollowUpKind.CoachCheckIn => day == 14 || day == 366,
                FollowUpKind.Milestone26Weeks => day == 189,
                _ => false,
            };
            if (doneToday)
            {
                followUp.CompletedOn = today;
            }
        }
        return await db.SaveChangesAsync();
    });

    private static string Words(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
