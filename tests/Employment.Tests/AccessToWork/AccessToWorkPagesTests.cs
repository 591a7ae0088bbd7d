using System.Globalization;
using System.Net;
using Employment.Core.AccessToWork;
using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Employment.Tests.Contacts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.AccessToWork;

/// <summary>Access to Work through the real site: recording an award, hours given against awarded, the taper, and who sees it.</summary>
public sealed class AccessToWorkPagesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task Coach_RecordsAnAward_AndThePageShowsHoursGivenAgainstAwarded_AndTheTaperWithItsTable()
    {
        var (client, coach) = await SignedInAsync(Roles.Coach);
        var start = Today.AddDays(-27);
        var placement = await ContactPagesTests.StartedAsync(app, coach.Id, start);
        // Check-ins 1 and 2 weeks after the start, then one a fortnight later: 10, 6 and 6 hours since the check-in before.
        await CheckInAsync(placement.Id, coach.Id, start.AddDays(7), 10m);
        await CheckInAsync(placement.Id, coach.Id, start.AddDays(14), 6m);
        await CheckInAsync(placement.Id, coach.Id, start.AddDays(27), 6m);
        var person = placement.JobSeekerId;

        using var applied = await ApplyAsync(client, person, Today.AddDays(-40), "JobCoachHours", "Travel");
        using var decided = await DecideAsync(client, person, Awarded(Today.AddDays(-30), start, Today.AddDays(300), "£5,400", "6", Today.AddDays(40)));

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.True(decided.StatusCode == HttpStatusCode.Redirect, string.Join("; ", Forms.ErrorSummary(await Forms.ReadAsync(decided))));
        var page = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person}/access-to-work"));
        // Given: 10 + 6 + 6 from check-ins in the award; awarded: 6 hours a week for the 4 weeks (28 days) so far.
        Assert.Equal("22", page.QuerySelector(".app-hours-given")!.TextContent.Trim());
        Assert.Equal("24", page.QuerySelector(".app-hours-awarded")!.TextContent.Trim());
        Assert.Contains("2 hours fewer than awarded", page.QuerySelector("#hours + .govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Job coach hours, Travel to and from work", page.QuerySelector("#award + .govuk-summary-list, #award ~ .govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        // The taper: the last check-in's 6 hours are spread over its 13 days, so weeks 3 and 4 share them.
        var rows = page.QuerySelectorAll(".app-taper-table tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["10", "6", "3.2", "2.8"], rows.Select(r => r[2]));
        Assert.Equal(["Yes", "Yes", "No", "Yes"], rows.Select(r => r[3]));
        var svg = page.QuerySelector("svg.app-chart")!;
        Assert.Equal(4, svg.QuerySelectorAll("rect").Length);
        Assert.Contains("Awarded: 6 hours a week", svg.TextContent, StringComparison.Ordinal);
        Assert.Contains("The table gives every week", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        // The renewal is due within 8 weeks, so the coach's home page lists it.
        var home = await Forms.ReadAsync(await client.GetAsync("/coach"));
        Assert.Contains(home.QuerySelectorAll(".app-renewals-due a"), a => a.GetAttribute("href") == $"/job-seekers/{person}/access-to-work");
        Assert.Equal(
            ["Access to Work: application", "Access to Work: award", "Access to Work"],
            await app.WithDbAsync(db => db.AuditEntries.Where(a => a.JobSeekerId == person && a.Detail!.StartsWith("Access to Work")).OrderBy(a => a.At).Select(a => a.Detail!).ToListAsync()));
    }

    [Fact]
    public async Task ARenewalApplication_TakesThePersonOffTheCoachsRenewalsDue()
    {
        var (client, coach) = await SignedInAsync(Roles.Coach);
        var person = (await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Renewing", "Soon"))).Id;
        await ApplyAsync(client, person, Today.AddDays(-300), "Equipment");
        await DecideAsync(client, person, Awarded(Today.AddDays(-290), Today.AddDays(-280), Today.AddDays(60), "900", "", Today.AddDays(20)));
        var link = $"/job-seekers/{person}/access-to-work";
        var before = await Forms.ReadAsync(await client.GetAsync("/coach"));

        using var renewal = await ApplyAsync(client, person, Today, "Equipment");

        Assert.Contains(before.QuerySelectorAll(".app-renewals-due a"), a => a.GetAttribute("href") == link);
        Assert.Equal(HttpStatusCode.Redirect, renewal.StatusCode);
        Assert.DoesNotContain((await Forms.ReadAsync(await client.GetAsync("/coach"))).QuerySelectorAll(".app-renewals-due a"), a => a.GetAttribute("href") == link);
    }

    [Fact]
    public async Task Mistakes_AreShownInPlainEnglishBesideTheirFields_AndSaveNothing()
    {
        var (client, coach) = await SignedInAsync(Roles.Coach);
        var person = (await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id))).Id;
        var applicationPage = $"/job-seekers/{person}/access-to-work/application";

        using var nothingChosen = await Forms.PostAsync(client, applicationPage, applicationPage, ContactPagesTests.DateFields(Today.AddDays(1), "AppliedOn"));
        using var hostile = await Forms.PostAsync(client, applicationPage, applicationPage, ContactPagesTests.DateFields(Today, "AppliedOn", ("Support", "<script>alert(1)</script>")));
        Assert.Equal("The date must be today or in the past", Forms.FieldError(await Forms.ReadAsync(nothingChosen), "AppliedOn"));
        Assert.Equal("Select what the application asks Access to Work to pay for", Forms.FieldError(await Forms.ReadAsync(nothingChosen), "Support"));
        Assert.Equal("Select what the application asks Access to Work to pay for, from the list", Forms.FieldError(await Forms.ReadAsync(hostile), "Support"));
        Assert.False(await app.WithDbAsync(db => db.AccessToWorkApplications.AnyAsync(a => a.JobSeekerId == person)));

        await ApplyAsync(client, person, Today.AddDays(-20), "JobCoachHours");
        using var outOfOrder = await DecideAsync(client, person, Awarded(Today.AddDays(-21), Today, Today.AddDays(-1), "0", "50", Today.AddDays(5)));
        using var tooLong = await DecideAsync(client, person, Awarded(Today, Today, Today.AddYears(4), "300000", "", Today.AddYears(5)));
        using var unreadable = await DecideAsync(client, person, Awarded(Today, Today, Today.AddDays(300), "lots", "six", Today.AddDays(200)));
        using var noDecision = await DecideAsync(client, person, []);

        var first = await Forms.ReadAsync(outOfOrder);
        Assert.StartsWith("The date must be on or after", Forms.FieldError(first, "DecidedOn"), StringComparison.Ordinal);
        Assert.Equal("The award must end after it starts", Forms.FieldError(first, "AwardTo"));
        Assert.Equal("The amount awarded must be between £1 and £250,000", Forms.FieldError(first, "AwardAmount"));
        Assert.Equal("Job coach hours a week must be more than 0 and at most 40", Forms.FieldError(first, "JobCoachHoursPerWeek"));
        var second = await Forms.ReadAsync(tooLong);
        Assert.Equal("An Access to Work award lasts 3 years at most: check the end date", Forms.FieldError(second, "AwardTo"));
        Assert.Equal("Enter the job coach hours a week the award pays for: the application asked for job coach hours", Forms.FieldError(second, "JobCoachHoursPerWeek"));
        Assert.Equal("The renewal date must be on or before the day the award ends", Forms.FieldError(second, "RenewalDueOn"));
        var third = await Forms.ReadAsync(unreadable);
        Assert.Equal("The amount awarded must be a number of pounds, like 5400 or 5400.50", Forms.FieldError(third, "AwardAmount"));
        Assert.Equal("Job coach hours a week must be a number, like 6 or 2.5", Forms.FieldError(third, "JobCoachHoursPerWeek"));
        Assert.Equal("Select whether Access to Work made an award", Forms.FieldError(await Forms.ReadAsync(noDecision), "Decision"));
        Assert.All(new[] { outOfOrder, tooLong, unreadable, noDecision }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True(await app.WithDbAsync(db => db.AccessToWorkApplications.Where(a => a.JobSeekerId == person).Select(a => a.Decision == null).SingleAsync()));
    }

    [Fact]
    public async Task OnlyThePersonsCoachRecords_AnAdministratorReads_AndEmployersAdvisersAndOtherCoachesSeeNothing()
    {
        var (ownClient, coach) = await SignedInAsync(Roles.Coach);
        var person = (await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Private", "Person"))).Id;
        await ApplyAsync(ownClient, person, Today.AddDays(-10), "Travel");
        string[] pages = [$"/job-seekers/{person}/access-to-work", $"/job-seekers/{person}/access-to-work/application", $"/job-seekers/{person}/access-to-work/decision"];

        foreach (var role in new[] { Roles.Employer, Roles.Adviser })
        {
            var (client, _) = await SignedInAsync(role);
            foreach (var page in pages)
            {
                using var response = await client.GetAsync(page);
                Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("/access-denied", StringComparison.Ordinal) == true, $"{role} {page}: {response.StatusCode}");
                Assert.DoesNotContain("Private", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
        var (otherCoach, _) = await SignedInAsync(Roles.Coach);
        foreach (var page in pages)
        {
            using var response = await otherCoach.GetAsync(page);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        using var otherPost = await Forms.PostAsync(otherCoach, "/sign-out", pages[1], ContactPagesTests.DateFields(Today, "AppliedOn", ("Support", "Equipment")));
        Assert.Equal(HttpStatusCode.NotFound, otherPost.StatusCode);
        var (admin, _) = await SignedInAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(pages[0])).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.AccessToWorkApplications.CountAsync(a => a.JobSeekerId == person)));
    }

    [Fact]
    public async Task AdvisersSeeACountOfPeopleWithAnAward_SuppressedAndRoundedLikeEveryOtherFigure()
    {
        var council = await app.WithDbAsync(db => db.LocalAuthorities.Where(l => l.OnsCode == "E06000021").Select(l => l.Id).SingleAsync());
        var (adviser, _) = await SignedInAsync(Roles.Adviser);
        var period = Employment.Core.Statistics.Period.QuarterContaining(Today);
        string Shown(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector(".app-access-to-work-awards")!.TextContent.Trim();
        var query = $"/adviser?period={period.Key}&council={council}";

        await AwardedPeopleAsync(3, Today.AddDays(-10));
        var few = await Forms.ReadAsync(await adviser.GetAsync(query));
        await AwardedPeopleAsync(4, Today.AddDays(-10));
        var seven = await Forms.ReadAsync(await adviser.GetAsync(query));

        Assert.Equal("fewer than 5", Shown(few));
        Assert.Equal("5", Shown(seven));
        Assert.DoesNotContain("Awarded", seven.Body!.TextContent, StringComparison.Ordinal);

        async Task AwardedPeopleAsync(int count, DateOnly from)
        {
            for (var i = 0; i < count; i++)
            {
                var person = await app.TestData.CreateJobSeekerAsync(p => p.InCouncil("E06000021").Named("Awarded", $"Person{i}"));
                await app.WithDbAsync(async db =>
                {
                    db.AccessToWorkApplications.Add(new AccessToWorkApplication
                    {
                        Id = Guid.NewGuid(), JobSeekerId = person.Id, AppliedOn = from.AddDays(-20), Support = AccessToWorkSupport.Travel,
                        Decision = AccessToWorkDecision.Awarded, DecidedOn = from.AddDays(-5), AwardFrom = from, AwardTo = from.AddYears(1), AwardAmount = 1000m,
                        RenewalDueOn = from.AddMonths(10), RecordedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                    });
                    return await db.SaveChangesAsync();
                });
            }
        }
    }

    [Fact]
    public async Task SubjectAccessIncludesTheAward_AndErasureRemovesIt()
    {
        var (client, coach) = await SignedInAsync(Roles.Coach);
        var person = (await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id))).Id;
        await ApplyAsync(client, person, Today.AddDays(-30), "CommunicationSupport", "JobCoachHours");
        await DecideAsync(client, person, Awarded(Today.AddDays(-3), Today.AddDays(-2), Today.AddDays(365), "7200", "4.5", Today.AddDays(300)));

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SubjectAccess>().ReportAsync(person);
        var held = Assert.Single(report!.AccessToWork);
        Assert.Equal(["job_coach_hours", "communication_support"], held.Support);
        Assert.Equal(("awarded", 7200m, 4.5m), (held.Decision, held.AwardAmount!.Value, held.JobCoachHoursPerWeek!.Value));
        Assert.True(await scope.ServiceProvider.GetRequiredService<Erasure>().EraseAsync(person, null));
        Assert.False(await app.WithDbAsync(db => db.AccessToWorkApplications.AnyAsync(a => a.JobSeekerId == person)));
    }

    private static Dictionary<string, string> Awarded(DateOnly decidedOn, DateOnly from, DateOnly to, string amount, string hours, DateOnly renewal)
    {
        var fields = new Dictionary<string, string> { ["Decision"] = "Awarded", ["AwardAmount"] = amount, ["JobCoachHoursPerWeek"] = hours };
        foreach (var (name, day) in new[] { ("DecidedOn", decidedOn), ("AwardFrom", from), ("AwardTo", to), ("RenewalDueOn", renewal) })
        {
            foreach (var (key, value) in ContactPagesTests.DateFields(day, name))
            {
                fields[key] = value;
            }
        }
        return fields;
    }

    private static async Task<HttpResponseMessage> ApplyAsync(HttpClient client, Guid person, DateOnly on, params string[] support)
    {
        var page = $"/job-seekers/{person}/access-to-work/application";
        var token = await Forms.AntiforgeryTokenAsync(client, page);
        var fields = ContactPagesTests.DateFields(on, "AppliedOn").Select(f => f).Concat(support.Select(s => new KeyValuePair<string, string>("Support", s)))
            .Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid person, Dictionary<string, string> fields)
    {
        var page = $"/job-seekers/{person}/access-to-work/decision";
        return Forms.PostAsync(client, page, page, fields);
    }

    private Task CheckInAsync(Guid placementId, Guid coachId, DateOnly on, decimal hours) => app.WithDbAsync(async db =>
    {
        var recorder = new CheckInRecorder(db, new AuditLog(db, TimeProvider.System), TimeProvider.System);
        var open = await db.FollowUps.Where(f => f.PlacementId == placementId && f.CompletedOn == null && !f.NotNeeded && f.Kind == FollowUpKind.CoachCheckIn)
            .OrderBy(f => f.DueOn).Select(f => f.Id).FirstAsync();
        var followUp = await recorder.FindAsync(placementId, open);
        Assert.Empty(await recorder.RecordAsync(followUp!, new CheckIn(on, "Going well", hours, false, null), coachId));
        return 0;
    });

    private async Task<(HttpClient, AppUser)> SignedInAsync(string role)
    {
        var user = await app.CreateUserAsync(role);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return (client, user);
    }
}
