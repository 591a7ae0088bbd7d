using Employment.Core.Email;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Email;

/// <summary>One placement from its first day to day 400, with the scheduled jobs run every morning on a moving clock.</summary>
public sealed class FollowUpEmailScenarioTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    private static readonly DateOnly Day0 = new(2027, 1, 4);

    /// <summary>
    /// The default plan (weeks 1, 2 and 4, then monthly from week 4 while before week 52), in days after a start on
    /// Monday 4 January 2027: weeks 1, 2, 4 are days 7, 14, 28; then the 1st of each month from March 2027 to
    /// January 2028, counted from 1 February 2027 (week 4), the last before 3 January 2028 (week 52).
    /// </summary>
    private static readonly int[] CheckInDays = [7, 14, 28, 56, 87, 117, 148, 178, 209, 240, 270, 301, 331, 362];

    /// <summary>Weeks 13, 26 and 52.</summary>
    private static readonly int[] MilestoneDays = [91, 182, 364];

    [Fact]
    public async Task PlacementStartedOnDayZero_SendsExactlyThePlannedDigestsAndMilestoneEmails_ThroughDay400()
    {
        app.Clock.SetDay(Day0, 6);
        var placement = await StartedPlacements.CreateAsync(app, Day0);
        var planned = await app.WithDbAsync(db => db.FollowUps.AsNoTracking().Where(f => f.PlacementId == placement.PlacementId)
            .OrderBy(f => f.DueOn).ThenBy(f => f.Kind).Select(f => new { f.Kind, f.DueOn }).ToListAsync());
        Assert.Equal(CheckInDays.Select(d => Day0.AddDays(d)), planned.Where(f => f.Kind == FollowUpKind.CoachCheckIn).Select(f => f.DueOn));
        Assert.Equal(MilestoneDays.Select(d => Day0.AddDays(d)), planned.Where(f => f.Kind != FollowUpKind.CoachCheckIn).Select(f => f.DueOn));
        Assert.Equal([FollowUpKind.Milestone13Weeks, FollowUpKind.Milestone26Weeks, FollowUpKind.Milestone52Weeks],
            planned.Where(f => f.Kind != FollowUpKind.CoachCheckIn).Select(f => f.Kind));
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
        // The coach records every planned check-in on the day it is due (after that morning's digest), so each is in
        // exactly one digest. The employer answers the 13-week check the day it is asked, which completes it: one
        // digest. The 26-week check goes unanswered and stays overdue, so it is in every digest from day 182 until
        // the coach completes it on day 189. The 52-week answer "no longer working" on day 364 opens a check-in due
        // that day, which the coach leaves until day 366: overdue, so also in the digest of day 365 and of day 366.
        int[] expectedDays = [.. CheckInDays, 91, .. Enumerable.Range(182, 8), 364, 365, 366];
        Assert.Equal(26, expectedDays.Distinct().Count());
        Assert.Equal(expectedDays.Select(d => $"Your follow-ups for {Words(Day0.AddDays(d))}").Order().ToList(), digestDays);

        var employerEmails = messages.Where(m => m.To == placement.EmployerUser.Email).Select(m => m.Subject).ToList();
        Assert.Equal(
            [$"Is {placement.FirstName} still working with you? (13-week check)", $"Is {placement.FirstName} still working with you? (26-week check)", $"Is {placement.FirstName} still working with you? (52-week check)"],
            employerEmails);
        Assert.Equal(26 + 3, messages.Count);
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
                FollowUpKind.CoachCheckIn => CheckInDays.Contains(day) || day == 366,
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
