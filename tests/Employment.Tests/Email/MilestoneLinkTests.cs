using System.Net;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Email;

/// <summary>The employer's no-sign-in answer page: single use, expiring, refusing tampered links without showing anything personal.</summary>
public sealed class MilestoneLinkTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    [Fact]
    public async Task LinkAnsweredTwice_RecordsOneOutcome_AndSaysItWasAlreadyAnswered()
    {
        var (placement, path) = await MilestoneEmailAsync(FollowUpKind.Milestone13Weeks);
        using var employer = app.CreateClient();

        var first = await MilestoneAnswers.AnswerAsync(employer, path, "yes", "22.5");
        Assert.Equal("Thank you", first.QuerySelector("h1")?.TextContent.Trim());

        var page = await Forms.ReadAsync(await employer.GetAsync(path));
        Assert.Equal("This question has already been answered", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("form input[name='Form.Token']"));

        var checks = await ChecksAsync(placement);
        var check = Assert.Single(checks);
        Assert.True(check.StillEmployed);
        Assert.Equal(22.5m, check.HoursNow);
        Assert.Equal(EmploymentCheckSource.EmployerLink, check.Source);
        var followUp = await app.WithDbAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.PlacementId == placement.PlacementId && f.Kind == FollowUpKind.Milestone13Weeks));
        Assert.Equal(app.Clock.Today(), followUp.CompletedOn);
    }

    [Fact]
    public async Task SecondPostFromAnOpenForm_ChangesNothing()
    {
        var (placement, path) = await MilestoneEmailAsync(FollowUpKind.Milestone26Weeks);
        using var first = app.CreateClient();
        using var second = app.CreateClient();
        // Both open the form before either answers.
        var formA = await Forms.ReadAsync(await first.GetAsync(path));
        var formB = await Forms.ReadAsync(await second.GetAsync(path));
        Assert.NotNull(formA.QuerySelector("input[name='Form.Token']"));
        Assert.NotNull(formB.QuerySelector("input[name='Form.Token']"));

        await MilestoneAnswers.AnswerAsync(first, path, "yes", "16");
        using var late = await second.PostAsync("/employment-check", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Token"] = formB.QuerySelector("input[name='Form.Token']")!.GetAttribute("value")!,
            ["Form.StillWorking"] = "no",
            ["__RequestVerificationToken"] = formB.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        var latePage = await Forms.ReadAsync(late);

        Assert.Equal("This question has already been answered", latePage.QuerySelector("h1")?.TextContent.Trim());
        var check = Assert.Single(await ChecksAsync(placement));
        Assert.True(check.StillEmployed);
        Assert.Equal(16m, check.HoursNow);
        Assert.Equal(0, await app.WithDbAsync(db => db.FollowUps.CountAsync(f => f.PlacementId == placement.PlacementId && f.Notes!.Contains("no longer works"))));
    }

    [Fact]
    public async Task ExpiredLink_IsRefusedWithAClearPageShowingNothingPersonal()
    {
        var (placement, path) = await MilestoneEmailAsync(FollowUpKind.Milestone52Weeks);
        var asked = app.Clock.GetUtcNow();
        try
        {
            app.Clock.AdjustTime(asked.AddDays(29));
            using var employer = app.CreateClient();
            using var response = await employer.GetAsync(path);
            var page = await Forms.ReadAsync(response);

            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Equal("This link has expired", page.QuerySelector("h1")?.TextContent.Trim());
            Assert.DoesNotContain(placement.FirstName, page.Body!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("input[name='Form.Token']"));
        }
        finally
        {
            app.Clock.AdjustTime(asked);
        }
        Assert.Null(Assert.Single(await ChecksAsync(placement)).AnsweredAt);
    }

    [Theory]
    [InlineData("changed")]
    [InlineData("cut")]
    [InlineData("empty")]
    public async Task TamperedLink_IsRefusedWithAClearPageShowingNothingPersonal(string how)
    {
        var (placement, path) = await MilestoneEmailAsync(FollowUpKind.Milestone13Weeks);
        var token = Uri.UnescapeDataString(path[(path.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var bad = how switch
        {
            "changed" => token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..],
            "cut" => token[..^4],
            _ => "",
        };
        using var employer = app.CreateClient();
        using var response = await employer.GetAsync("/employment-check?token=" + Uri.EscapeDataString(bad));
        var page = await Forms.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("This link does not work", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain(placement.FirstName, page.Body!.TextContent, StringComparison.Ordinal);

        // Posting an answer with it changes nothing either.
        var token2 = await Forms.AntiforgeryTokenAsync(employer, "/sign-in");
        using var posted = await employer.PostAsync("/employment-check", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Token"] = bad, ["Form.StillWorking"] = "no", ["__RequestVerificationToken"] = token2,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Null(Assert.Single(await ChecksAsync(placement)).AnsweredAt);
    }

    [Fact]
    public async Task NoLongerWorking_OpensACheckInForTheCoachDueToday_AndLeavesTheStageAlone()
    {
        var (placement, path) = await MilestoneEmailAsync(FollowUpKind.Milestone26Weeks);
        using var employer = app.CreateClient();

        var done = await MilestoneAnswers.AnswerAsync(employer, path, "no");

        Assert.Equal("Thank you", done.QuerySelector("h1")?.TextContent.Trim());
        var flag = await app.WithDbAsync(db => db.FollowUps.AsNoTracking()
            .SingleAsync(f => f.PlacementId == placement.PlacementId && f.Kind == FollowUpKind.CoachCheckIn && f.CompletedOn == null && f.DueOn == app.Clock.Today()));
        Assert.Contains("no longer works there", flag.Notes, StringComparison.Ordinal);
        Assert.Equal(PlacementEventType.Started, await app.WithDbAsync(db => db.Placements.Where(p => p.Id == placement.PlacementId).Select(p => p.Stage).SingleAsync()));

        // The next morning's digest tells the coach.
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.RunTheDayAsync();
        var digest = app.Smtp.Messages().Single(m => m.To == placement.Coach.Email && m.Subject.StartsWith("Your follow-ups", StringComparison.Ordinal) && m.Text.Contains("no longer works there", StringComparison.Ordinal));
        Assert.Contains("check in with the person", digest.Text, StringComparison.Ordinal);
        Assert.Contains("<li>", digest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerWithoutHours_ShowsWhatToFix_AndSavesNothing()
    {
        var (placement, path) = await MilestoneEmailAsync(FollowUpKind.Milestone13Weeks);
        using var employer = app.CreateClient();

        var page = await MilestoneAnswers.AnswerAsync(employer, path, "yes");

        Assert.Equal([$"Enter how many hours a week {placement.FirstName} works now"], Forms.ErrorSummary(page));
        var empty = await MilestoneAnswers.AnswerAsync(employer, path, "");
        Assert.Equal(["Select yes if they are still working with you"], Forms.ErrorSummary(empty));
        Assert.Null(Assert.Single(await ChecksAsync(placement)).AnsweredAt);
    }

    /// <summary>A placement whose given milestone is due today, and the link from the email its employer was sent.</summary>
    private async Task<(StartedPlacement Placement, string Path)> MilestoneEmailAsync(FollowUpKind milestone)
    {
        var day = StartedPlacements.MilestoneDays[milestone];
        var placement = await StartedPlacements.CreateAsync(app, app.Clock.Today().AddDays(-day));
        // Only this milestone is left to do.
        await app.WithDbAsync(db => db.FollowUps.Where(f => f.PlacementId == placement.PlacementId && f.Kind != milestone)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.CompletedOn, app.Clock.Today().AddDays(-1))));
        await app.RunTheDayAsync();
        var email = app.Smtp.Messages().Single(m => m.To == placement.EmployerUser.Email);
        Assert.Contains($"Is {placement.FirstName} still working with you?", email.Text, StringComparison.Ordinal);
        return (placement, MilestoneAnswers.PathOf(MilestoneAnswers.LinkIn(email)));
    }

    private Task<List<EmploymentCheck>> ChecksAsync(StartedPlacement placement) =>
        app.WithDbAsync(db => db.EmploymentChecks.AsNoTracking().Where(c => c.PlacementId == placement.PlacementId).ToListAsync());
}
