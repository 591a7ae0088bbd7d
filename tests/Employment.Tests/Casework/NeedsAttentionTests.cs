using AngleSharp.Html.Dom;
using Employment.Core.Accounts;
using Employment.Core.Casework;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Employment.Tests.Email;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Email;

namespace Employment.Tests.Casework;

/// <summary>
/// A caseload built to hit every reason (the employer's "left" and a job unconfirmed 8 weeks past a milestone
/// among them), and the follow-ups that must not count (not needed, done): the coach's home
/// page, the caseload, each record and the daily digest give the same counts, read from the pages and the email.
/// </summary>
public sealed class NeedsAttentionTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    private static readonly DateOnly Today = new(2027, 6, 7);

    [Fact]
    public async Task EveryPageAndTheDigest_CountTheSamePeopleForTheSameReasons()
    {
        app.Clock.SetDay(Today, 6);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var otherCoach = await app.CreateUserAsync(Roles.Coach);
        var people = new Dictionary<string, JobSeeker>();
        async Task<JobSeeker> Person(string name, Action<JobSeekerBuilder>? configure = null, int joinedDaysAgo = 3, Guid? coachId = null)
        {
            var person = await app.TestData.CreateJobSeekerAsync(p =>
            {
                p.InCaseloadOf(coachId ?? coach.Id).Named(name, "Tester").With(j => j.CreatedAt = At(Today.AddDays(-joinedDaysAgo)));
                configure?.Invoke(p);
            });
            people[name] = person;
            return person;
        }

        // Follow-up overdue: an open check-in due three days ago (the job started recently, so there was contact).
        var overdue = await Started(await Person("Overdue"), Today.AddDays(-20));
        await FollowUpAsync(overdue, Today.AddDays(-3));
        // Follow-up due soon: due in three days.
        var dueSoon = await Started(await Person("Soon"), Today.AddDays(-20));
        await FollowUpAsync(dueSoon, Today.AddDays(3));
        // Due in eight days: not soon yet.
        var later = await Started(await Person("Later"), Today.AddDays(-20));
        await FollowUpAsync(later, Today.AddDays(8));
        // Job at risk: the latest check-in, done five days ago, said so.
        var atRisk = await Started(await Person("Risky"), Today.AddDays(-30));
        await FollowUpAsync(atRisk, Today.AddDays(-6), completedOn: Today.AddDays(-5), riskToJob: true);
        // No consent, joined two days ago.
        await Person("Unconsented", p => p.WithoutConsent(), joinedDaysAgo: 2);
        // No contact for six weeks: the last step was 43 days ago; and someone never contacted since joining 50 days ago.
        await Started(await Person("Quiet", joinedDaysAgo: 100), Today.AddDays(-43));
        await Person("Forgotten", joinedDaysAgo: 50);
        // A step 41 days ago is not six weeks yet.
        await Started(await Person("Recent", joinedDaysAgo: 100), Today.AddDays(-41));
        // Not needed and done follow-ups in the past must not count as overdue.
        var closed = await Started(await Person("Closed", joinedDaysAgo: 100), Today.AddDays(-60));
        await FollowUpAsync(closed, Today.AddDays(-10), notNeeded: true);
        await FollowUpAsync(closed, Today.AddDays(-12), completedOn: Today.AddDays(-9));
        // A job that ended ten days ago with a check-in missed before the end: history, not something to act on.
        var finished = await Person("Finished", joinedDaysAgo: 200);
        var finishedJob = await app.TestData.CreatePlacementAsync(p => p.For(finished.Id).IntroducedOn(Today.AddDays(-110))
            .Then(PlacementEventType.Started, Today.AddDays(-100), 16, 12.5m).Then(PlacementEventType.Ended, Today.AddDays(-10), reason: "Finished as planned"));
        await FollowUpAsync(finishedJob, Today.AddDays(-30));
        // Paused and long quiet: not looking for now, so not "no contact".
        await Person("Paused", p => p.PausedOn(Today.AddDays(-90)), joinedDaysAgo: 200);
        // The employer said two days ago that the person left: the coach must confirm the end.
        var left = await Person("Left");
        await app.TestData.CreatePlacementAsync(p => p.For(left.Id).IntroducedOn(Today.AddDays(-30))
            .Then(PlacementEventType.Started, Today.AddDays(-20), 16, 12.5m).Then(PlacementEventType.EmployerSaysLeft, Today.AddDays(-2)));
        // A job nobody confirmed: the 26-week milestone was due 68 days ago (over 8 weeks) and is still open, and
        // nothing has been heard since the start, so it is overdue and long quiet too.
        var forgottenJob = await Started(await Person("Unconfirmed", joinedDaysAgo: 300), Today.AddDays(-250));
        await FollowUpAsync(forgottenJob, Today.AddDays(-68), kind: FollowUpKind.Milestone26Weeks);
        // Paused, and the day to look again has come.
        await Person("Review", p => p.PausedOn(Today.AddDays(-30)).With(j => j.LookAgainOn = Today.AddDays(-1)), joinedDaysAgo: 60);
        // Another coach's overdue follow-up is not this coach's.
        var theirs = await Started(await Person("Theirs", coachId: otherCoach.Id), Today.AddDays(-20));
        await FollowUpAsync(theirs, Today.AddDays(-3));

        var expected = new Dictionary<string, AttentionReason[]>
        {
            ["Overdue"] = [AttentionReason.FollowUpOverdue],
            ["Soon"] = [AttentionReason.FollowUpDueSoon],
            ["Later"] = [],
            ["Risky"] = [AttentionReason.JobAtRisk],
            ["Unconsented"] = [AttentionReason.NoConsent],
            ["Quiet"] = [AttentionReason.NoContact],
            ["Forgotten"] = [AttentionReason.NoContact],
            ["Recent"] = [],
            ["Closed"] = [],
            ["Paused"] = [],
            ["Finished"] = [],
            ["Left"] = [AttentionReason.EmployerSaysLeft],
            ["Unconfirmed"] = [AttentionReason.FollowUpOverdue, AttentionReason.JobUnconfirmed, AttentionReason.NoContact],
            ["Review"] = [AttentionReason.ReviewDue],
        };
        var expectedTotals = new Dictionary<AttentionReason, int>
        {
            [AttentionReason.FollowUpOverdue] = 2,
            [AttentionReason.EmployerSaysLeft] = 1,
            [AttentionReason.JobAtRisk] = 1,
            [AttentionReason.JobUnconfirmed] = 1,
            [AttentionReason.FollowUpDueSoon] = 1,
            [AttentionReason.NoContact] = 3,
            [AttentionReason.ReviewDue] = 1,
            [AttentionReason.NoConsent] = 1,
        };

        using var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);

        // The home page and the caseload: the same totals.
        var home = await Forms.ReadAsync(await client.GetAsync("/coach"));
        var caseload = await Forms.ReadAsync(await client.GetAsync("/coach/caseload"));
        foreach (var page in new[] { home, caseload })
        {
            var (total, byReason) = Totals(page);
            Assert.Equal(9, total);
            Assert.Equal(expectedTotals, byReason);
        }

        // Each caseload row, and each record, names the same reasons; the rows add up to the totals.
        var rows = caseload.QuerySelectorAll(".app-caseload-person").ToDictionary(
            card => card.QuerySelector(".govuk-summary-card__title a")!.TextContent.Trim().Split(' ')[0],
            card => card.QuerySelectorAll("[data-attention]").Select(r => Enum.Parse<AttentionReason>(r.GetAttribute("data-attention")!)).ToArray());
        Assert.Equal(expected.Keys.Order(), rows.Keys.Order());
        foreach (var (name, reasons) in expected)
        {
            Assert.Equal(reasons, rows[name]);
            var record = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{people[name].Id}"));
            var shown = record.QuerySelectorAll("#attention [data-attention]").Select(r => Enum.Parse<AttentionReason>(r.GetAttribute("data-attention")!)).ToArray();
            Assert.Equal(reasons, shown);
        }
        Assert.Equal(expectedTotals, rows.Values.SelectMany(r => r).GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count()));

        // Only the people who need attention, when the caseload is filtered to them.
        var needing = await Forms.ReadAsync(await client.GetAsync("/coach/caseload?attention=true"));
        Assert.Equal(9, needing.QuerySelectorAll(".app-caseload-person").Length);

        // The digest: the same numbers, and each person with the same reasons.
        await app.RunAsync<DailyDigestJob>(j => j.ExecuteAsync(CancellationToken.None));
        await app.SendAsync();
        var digest = Assert.Single(app.Smtp.Messages(), m => m.To == coach.Email);
        Assert.Contains("9 people need attention.", digest.Text, StringComparison.Ordinal);
        foreach (var (reason, count) in expectedTotals)
        {
            Assert.Contains($"{reason.Label(6)}: {count} {(count == 1 ? "person" : "people")}.", digest.Text, StringComparison.Ordinal);
        }
        foreach (var (name, reasons) in expected)
        {
            var line = $"{name} Tester: ";
            if (reasons.Length == 0)
            {
                Assert.DoesNotContain(line, digest.Text, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(line + string.Join(", ", reasons.Select(r => r.Label(6))) + ".", digest.Text, StringComparison.Ordinal);
            }
        }
        Assert.DoesNotContain("Theirs Tester", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnfinishedAddAPersonDrafts_AreListedOnTheHomePage_WithALinkToCarryOn()
    {
        app.Clock.SetDay(Today, 9);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var otherCoach = await app.CreateUserAsync(Roles.Coach);
        var existing = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id));
        var started = new ProfileAnswers { FirstName = "Dafydd", LastName = "Rowlands", Answered = ["about"] };
        var finished = new ProfileAnswers { FirstName = "Megan", LastName = "Ellis", Answered = [.. ProfileSteps.All.Select(s => s.Slug)] };
        var (dafydd, megan) = await app.WithDbAsync(async db =>
        {
            ProfileDraft Draft(Guid coachId, ProfileAnswers answers, Guid? personId = null) =>
                db.ProfileDrafts.Add(new ProfileDraft { CoachId = coachId, JobSeekerId = personId, Answers = answers.ToJson(), UpdatedAt = app.Clock.GetUtcNow() }).Entity;
            var drafts = (Draft(coach.Id, started), Draft(coach.Id, finished));
            Draft(coach.Id, new ProfileAnswers { FirstName = "Changing", LastName = "Someone", Answered = ["about"] }, existing.Id);
            Draft(otherCoach.Id, new ProfileAnswers { FirstName = "Not", LastName = "Mine", Answered = ["about"] });
            await db.SaveChangesAsync();
            return drafts;
        });
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);

        var home = await Forms.ReadAsync(await client.GetAsync("/coach"));

        var links = home.QuerySelectorAll(".app-drafts a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal(new Dictionary<string, string?>
        {
            ["Carry on adding Dafydd Rowlands"] = $"/job-seekers/drafts/{dafydd.Id}/aspirations",
            ["Carry on adding Megan Ellis"] = $"/job-seekers/drafts/{megan.Id}/check",
        }, links);
        foreach (var href in links.Values)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(href)).StatusCode);
        }
    }

    private static (int People, Dictionary<AttentionReason, int> ByReason) Totals(IHtmlDocument page)
    {
        var totals = page.QuerySelector(".app-attention-totals")!;
        return (int.Parse(totals.GetAttribute("data-attention-people")!, System.Globalization.CultureInfo.InvariantCulture),
            totals.QuerySelectorAll("[data-attention]").ToDictionary(
                r => Enum.Parse<AttentionReason>(r.GetAttribute("data-attention")!),
                r => int.Parse(r.GetAttribute("data-attention-count")!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    private Task<Placement> Started(JobSeeker person, DateOnly startedOn) =>
        app.TestData.CreatePlacementAsync(p => p.For(person.Id).IntroducedOn(startedOn.AddDays(-10)).Then(PlacementEventType.Started, startedOn, 16, 12.5m));

    private Task<int> FollowUpAsync(Placement placement, DateOnly dueOn, DateOnly? completedOn = null, bool? riskToJob = null, bool notNeeded = false,
        FollowUpKind kind = FollowUpKind.CoachCheckIn) =>
        app.WithDbAsync(db =>
        {
            db.FollowUps.Add(new FollowUp
            {
                PlacementId = placement.Id, Kind = kind, DueOn = dueOn, CompletedOn = completedOn,
                RiskToJob = riskToJob, RiskDetails = riskToJob == true ? "Struggling with the early shift" : null, NotNeeded = notNeeded,
            });
            return db.SaveChangesAsync();
        });
}
