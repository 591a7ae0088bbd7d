using System.Globalization;
using AngleSharp.Html.Dom;
using Employment.Core.Accounts;
using Employment.Core.Placements;
using Employment.Core.Statistics;
using Employment.Tests.Email;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Employment.Core.Placements.PlacementEventType;

namespace Employment.Tests.Casework;

/// <summary>
/// One person's year through the real site, as the coach, the employer (by the emailed links) and the adviser see it:
/// a proposal and an interview recorded after the event, a start, an hours change back-dated, the employer's answers at
/// 13, 26 and 52 weeks, and the end the coach confirms. At each step the record's status and the paid-work figures the
/// adviser reads are checked, and written to the test output as the story of the year. Five colleagues in work since
/// December and five people still looking keep the adviser's counts above the suppression threshold where they can be.
/// </summary>
public sealed class OnePersonsYearTests(EmailAppFixture app, ITestOutputHelper output) : IClassFixture<EmailAppFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly DateOnly Joined = new(2026, 11, 2);
    private static readonly DateOnly StartDay = new(2027, 1, 18);

    [Fact]
    public async Task FromProposalTo52Weeks_TheRecordAndTheAdvisersFiguresFollowWhatHappened()
    {
        app.Clock.SetDay(new DateOnly(2027, 1, 15), 9);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var adviser = await app.CreateUserAsync(Roles.Adviser);
        var employer = await app.TestData.CreateEmployerAsync(e => e.DisabilityConfidentUntil(new DateOnly(2030, 1, 1)));
        await app.CreateUserAsync(Roles.Employer, employer.Id);
        var opportunity = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(employer.Id));
        var person = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Rhian", "Journey")
            .With(j => j.CreatedAt = new DateTimeOffset(Joined.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero)));
        var joinedAt = new DateTimeOffset(Joined.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            await app.TestData.CreatePlacementAsync(p => p.IntroducedOn(new DateOnly(2026, 11, 9))
                .Then(Started, new DateOnly(2026, 12, 1), hoursPerWeek: 20, hourlyPay: 13m));
            await app.TestData.CreateJobSeekerAsync(p => p.With(j => j.CreatedAt = joinedAt));
        }
        using var coachClient = app.CreateClient();
        await Forms.SignInAsync(coachClient, coach.Email!, WebAppFixture.Password);
        using var employerClient = app.CreateClient();

        // 15 January: the coach catches up. The introduction was on 4 January and the interview on 11 January.
        var proposePage = $"/job-seekers/{person.Id}/matches/{opportunity.Id}/propose";
        using (var proposed = await Forms.PostAsync(coachClient, proposePage, proposePage, Dated("IntroducedOn", new(2027, 1, 4), ("Dated", "true"))))
        {
            Assert.Equal(System.Net.HttpStatusCode.Redirect, proposed.StatusCode);
        }
        var placementId = await app.WithDbAsync(db => db.Placements.Where(p => p.JobSeekerId == person.Id).Select(p => p.Id).SingleAsync());
        await StepAsync(placementId, Interviewed, new(2027, 1, 11));
        var outOfOrder = await StepAsync(placementId, Offered, new(2027, 1, 8), expectRefusal: true);
        Assert.Contains("11 January 2027", outOfOrder, StringComparison.Ordinal);
        await StepAsync(placementId, Offered, new(2027, 1, 13));
        await TellAsync("15 Jan 2027", "proposed (dated 4 Jan), interviewed (11 Jan), offered (13 Jan); an offer dated 8 Jan was refused: " + outOfOrder,
            "Looking", Period.Quarter(2026, 4), (5, 5));

        // 18 January: the start, 20 hours a week at £13.00.
        app.Clock.SetDay(StartDay, 9);
        await StepAsync(placementId, PlacementEventType.Started, StartDay, ("HoursPerWeek", "20"), ("HourlyPay", "13.00"));
        await TellAsync("18 Jan 2027", "started, 20 hours a week at £13.00", "In work", null, null);

        var handled = new HashSet<string>();
        for (var today = StartDay.AddDays(1); today <= new DateOnly(2028, 1, 24); today = today.AddDays(1))
        {
            app.Clock.SetDay(today, 6);
            await app.RunTheDayAsync();
            app.Clock.SetDay(today, 12);
            foreach (var milestone in app.Smtp.Messages().Where(m => m.Subject.StartsWith("Is ", StringComparison.Ordinal) && handled.Add(m.MessageId)))
            {
                var path = MilestoneAnswers.PathOf(MilestoneAnswers.LinkIn(milestone));
                if (milestone.Subject.Contains("(52-week check)", StringComparison.Ordinal))
                {
                    await MilestoneAnswers.AnswerAsync(employerClient, path, "no");
                    await TellAsync(Day(today), "the employer answered the 52-week check: no longer working there", "Not known: employer says they left",
                        Period.Quarter(2027, 4), (6, 6));
                }
                else
                {
                    await MilestoneAnswers.AnswerAsync(employerClient, path, "yes", "18");
                    await TellAsync(Day(today), $"the employer answered the {(milestone.Subject.Contains("13-week", StringComparison.Ordinal) ? "13" : "26")}-week check: still working, 18 hours a week",
                        "In work", null, null);
                }
            }
            if (today == new DateOnly(2027, 1, 25))
            {
                // A call on the day the first check-in is due answers it.
                // A fresh sign-in: the clock has moved on past the first one's lifetime.
                using var coachNow = app.CreateClient();
                await Forms.SignInAsync(coachNow, coach.Email!, WebAppFixture.Password);
                var form = $"/job-seekers/{person.Id}/contacts/new";
                var page = await Forms.ReadAsync(await coachNow.GetAsync(form));
                var checkIn = page.QuerySelectorAll("select[name='FollowUpId'] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
                using var logged = await Forms.PostAsync(coachNow, form, form, Dated("OccurredOn", today,
                    ("Kind", "PhoneCall"), ("Outcome", "Reached"), ("Text", "Rhian is enjoying the job; the early start is hard."), ("FollowUpId", checkIn)));
                Assert.Equal(System.Net.HttpStatusCode.Redirect, logged.StatusCode);
                Assert.NotNull(await app.WithDbAsync(db => db.FollowUps.Where(f => f.Id == Guid.Parse(checkIn)).Select(f => f.CompletedOn).SingleAsync()));
                await TellAsync("25 Jan 2027", "a phone call logged against the check-in due that day completed it", "In work", null, null);
            }
            if (today == new DateOnly(2027, 3, 20))
            {
                await StepAsync(placementId, HoursChanged, new(2027, 3, 15), ("HoursPerWeek", "12"));
                await TellAsync("20 Mar 2027", "hours changed to 12 a week from 15 March (recorded 5 days later)", "In work", null, null);
            }
            if (today == new DateOnly(2027, 4, 1))
            {
                await TellAsync("1 Apr 2027", "first quarter closed: on 31 March Rhian worked 12 hours, under 16", "In work", Period.Quarter(2027, 1), (6, 5));
            }
            if (today == new DateOnly(2027, 7, 1))
            {
                await TellAsync("1 Jul 2027", "second quarter closed: the employer's 18 hours (from 19 April) is 16 or more", "In work", Period.Quarter(2027, 2), (6, 6));
            }
        }

        // 24 January 2028: the coach confirms the end, which was on 14 January.
        await StepAsync(placementId, Ended, new(2028, 1, 14), ("Reason", "finished_as_planned"));
        await TellAsync("24 Jan 2028", "the coach recorded the end on 14 January 2028", "Looking", Period.Quarter(2027, 4), (6, 6));
        Assert.Equal(3, handled.Count);
    }

    /// <summary>Records a step through its form; returns the refusal shown when one is expected.</summary>
    private async Task<string> StepAsync(Guid placementId, PlacementEventType step, DateOnly on, params (string, string)[] fields) =>
        await StepAsync(placementId, step, on, false, fields);

    private async Task<string> StepAsync(Guid placementId, PlacementEventType step, DateOnly on, bool expectRefusal, params (string, string)[] fields)
    {
        using var client = app.CreateClient();
        var coachEmail = await app.WithDbAsync(db => db.Placements.Where(p => p.Id == placementId).Select(p => db.Users.Where(u => u.Id == p.JobSeeker!.CoachId).Select(u => u.Email).Single()).SingleAsync());
        await Forms.SignInAsync(client, coachEmail!, WebAppFixture.Password);
        var form = $"/placements/{placementId}/{PlacementPipeline.Slug(step)}";
        using var response = await Forms.PostAsync(client, form, form, Dated("OccurredOn", on, fields));
        if (expectRefusal)
        {
            var page = await Forms.ReadAsync(response);
            return string.Join(" ", Forms.ErrorSummary(page));
        }
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect,
            $"{step} on {on}: {string.Join(" ", Forms.ErrorSummary(await Forms.ReadAsync(response)))}");
        return "";
    }

    private async Task TellAsync(string when, string what, string expectedStatus, Period? period, (int InWork, int Hours16)? expected)
    {
        using var client = app.CreateClient();
        var coach = await app.WithDbAsync(db => db.JobSeekers.Where(j => j.LastName == "Journey").Select(j => db.Users.Where(u => u.Id == j.CoachId).Select(u => u.Email).Single()).SingleAsync());
        await Forms.SignInAsync(client, coach!, WebAppFixture.Password);
        var personId = await app.WithDbAsync(db => db.JobSeekers.Where(j => j.LastName == "Journey").Select(j => j.Id).SingleAsync());
        var record = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{personId}"));
        var status = record.QuerySelector("h1 .govuk-tag")!.TextContent.Trim();
        var attention = string.Join(", ", record.QuerySelectorAll("#attention [data-attention]").Select(a => a.TextContent.Trim()));
        var line = $"{when}: {what}. Record: \"{status}\"; needs attention: {(attention.Length == 0 ? "nothing" : attention)}.";
        Assert.Equal(expectedStatus, status);
        if (period is { } p && expected is { } figures)
        {
            var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
            var measured = await app.WithDbAsync(db => new OutcomeMeasures(db).InPaidWorkAsync(StatisticsFilter.All, [p], today));
            var (inWork, hours16) = (measured[0].InPaidWork, measured[0].Hours16OrMore);
            var page = await AdviserPageAsync(p);
            line += $" Adviser, {p.Label}: in paid work {inWork} (page shows \"{page.InWork}\"), 16 hours or more {hours16} (\"{page.Hours16}\"), under 16 {inWork - hours16} (\"{page.Under16}\").";
            Assert.Equal(figures, (inWork, hours16));
        }
        output.WriteLine(line);
    }

    private async Task<(string InWork, string Hours16, string Under16)> AdviserPageAsync(Period period)
    {
        using var client = app.CreateClient();
        var adviser = await app.WithDbAsync(db => db.Users.Where(u => u.Email!.Contains("adviser")).Select(u => u.Email).FirstAsync());
        await Forms.SignInAsync(client, adviser!, WebAppFixture.Password);
        var page = await Forms.ReadAsync(await client.GetAsync($"/adviser?period={period.Key}"));
        var rows = Rows(page);
        return (rows["In paid work (any hours)"][0], rows["Working 16 hours a week or more"][0], rows["Working under 16 hours a week"][0]);
    }

    private static Dictionary<string, string[]> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.StartsWith("People in paid work", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray());

    private static Dictionary<string, string> Dated(string name, DateOnly on, params (string Key, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Key, f => f.Value);
        values[$"{name}.Day"] = on.Day.ToString(CultureInfo.InvariantCulture);
        values[$"{name}.Month"] = on.Month.ToString(CultureInfo.InvariantCulture);
        values[$"{name}.Year"] = on.Year.ToString(CultureInfo.InvariantCulture);
        return values;
    }

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", English);
}
