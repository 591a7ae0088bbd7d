using DocumentFormat.OpenXml.Packaging;
using Employment.Core.Accounts;
using Employment.Core.Casework;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Tests.Email;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.EhcPlans;

/// <summary>The plan's dates do work: the annual review is "review due" from 8 weeks before, and the careers part is ready for it.</summary>
public sealed class PlanDatesTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    private static readonly DateOnly Today = new(2027, 9, 6);

    [Fact]
    public async Task TheAnnualReview_ShowsOnTheHomePageAndDigest_FromEightWeeksBefore()
    {
        app.Clock.SetDay(Today, 6);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var review = Today.AddDays(7 * NeedsAttention.EhcReviewLeadWeeks + 1);
        await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Annual", "Review").WithConsent()
            .With(j => (j.EhcNextReviewOn, j.CreatedAt) = (review, app.Clock.GetUtcNow())));
        // A digest goes out when something is overdue; someone else's missed check-in makes sure there is one each day.
        var other = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Other", "Person").WithConsent());
        var job = await app.TestData.CreatePlacementAsync(p => p.For(other.Id).IntroducedOn(Today.AddDays(-20)).Then(PlacementEventType.Started, Today.AddDays(-10), 16, 12.5m));
        await app.WithDbAsync(db =>
        {
            db.FollowUps.Add(new FollowUp { PlacementId = job.Id, Kind = FollowUpKind.CoachCheckIn, DueOn = Today.AddDays(-2) });
            return db.SaveChangesAsync();
        });
        async Task<(bool Home, string Digest)> ReviewShownAsync()
        {
            // Signed in afresh each day: a session does not last from one day to the next.
            using var client = app.CreateClient();
            await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
            var home = await Forms.ReadAsync(await client.GetAsync("/coach"));
            await app.RunAsync<DailyDigestJob>(j => j.ExecuteAsync(CancellationToken.None));
            await app.SendAsync();
            var digest = app.Smtp.Messages().Last(m => m.To == coach.Email).Text;
            return (home.QuerySelector($"[data-attention={AttentionReason.ReviewDue}]") is not null, digest);
        }

        var dayBefore = await ReviewShownAsync();
        Assert.False(dayBefore.Home);
        Assert.Contains("Follow-up overdue", dayBefore.Digest, StringComparison.Ordinal);
        Assert.DoesNotContain("Review due", dayBefore.Digest, StringComparison.Ordinal);

        app.Clock.SetDay(Today.AddDays(1), 6);
        var eightWeeksBefore = await ReviewShownAsync();
        Assert.True(eightWeeksBefore.Home);
        Assert.Contains("Review due: 1 person.", eightWeeksBefore.Digest, StringComparison.Ordinal);
        Assert.Contains("Annual Review", eightWeeksBefore.Digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCareersPart_IsAWordDocumentWithTheirHopesAndWhatTheyTried()
    {
        app.Clock.SetDay(Today, 9);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var person = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Dani", "Word").WithInterests("9263")
            .With(j => (j.Aspirations, j.EhcNextReviewOn) = ("I want to make coffee in a busy cafe", Today.AddDays(30))));
        await app.TestData.CreatePlacementAsync(p => p.For(person.Id).AtNewOpportunity(o => o.With(x => (x.Kind, x.Title) = (OpportunityKind.WorkExperience, "Cafe helper")))
            .IntroducedOn(Today.AddDays(-60)).Then(PlacementEventType.Started, Today.AddDays(-50)).Then(PlacementEventType.Ended, Today.AddDays(-40), reason: "Finished as planned"));
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);

        using var response = await client.GetAsync($"/job-seekers/{person.Id}/careers-review.docx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = string.Join("\n", word.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("I want to make coffee in a busy cafe", text, StringComparison.Ordinal);
        Assert.Contains("Kitchen and catering assistants", text, StringComparison.Ordinal);
        Assert.Contains("Work experience: Cafe helper", text, StringComparison.Ordinal);
        Assert.Contains("it ended on", text, StringComparison.Ordinal);
        Assert.Contains("Finished as planned", text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.JobSeekerId == person.Id && a.Action == "exported" && a.UserId == coach.Id)));
    }

    [Fact]
    public async Task SubjectAccessShowsThePlanDates_AndErasureRemovesThem()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        var issued = new DateOnly(2026, 4, 11);
        var review = new DateOnly(2027, 4, 11);
        var person = await app.TestData.CreateJobSeekerAsync(p => p.With(j => (j.EhcPlanIssuedOn, j.EhcNextReviewOn) = (issued, review)));
        await using var scope = app.Factory.Services.CreateAsyncScope();

        var report = await scope.ServiceProvider.GetRequiredService<SubjectAccess>().ReportAsync(person.Id);
        Assert.Equal((issued, review), (report!.EhcPlanIssuedOn, report.EhcNextReviewOn));
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, admin.Email!, WebAppFixture.Password);
        var page = await client.GetStringAsync($"/job-seekers/{person.Id}/data");
        Assert.Contains("next review 11 April 2027", page, StringComparison.Ordinal);

        await scope.ServiceProvider.GetRequiredService<Erasure>().EraseAsync(person.Id, admin.Id);
        var erased = await app.WithDbAsync(db => db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == person.Id));
        Assert.Equal((null, null), (erased.EhcPlanIssuedOn, erased.EhcNextReviewOn));
    }
}
