using System.Net;
using Employment.Core.JobSeekers;
using Employment.Core.Matching;
using Employment.Matching.Features;
using Employment.Matching.Labels;
using Employment.Matching.Training;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.MyView;

/// <summary>What the person says in their own view reaches their coach, and "Not for me" becomes a label the ranker learns from.</summary>
public sealed class AnswerTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task JobsForMe_StillShowsTheBestJobs_WhenEachHasSomethingAgainstIt()
    {
        var coach = await app.CreateUserAsync(Core.Accounts.Roles.Coach);
        var centre = Matching.Pages.MatchWorld.Centre(49);
        var (person, nothingAgainst, offersNoHelp) = await app.WithDbAsync(async db =>
        {
            var person = await centre.PersonAsync(db, coach.Id, change: p => p.SupportNeeds = ["written_instructions"]);
            var fine = await Matching.Pages.MatchWorld.OpportunityAsync(db, centre, "Shelf stacker", 0.01);
            var noHelp = await Matching.Pages.MatchWorld.OpportunityAsync(db, centre, "Trolley collector", 0.02, o => o.AdjustmentsOffered = []);
            return (person, fine, noHelp);
        });
        var world = new MyViewWorld(coach, person, nothingAgainst, await MyViewWorld.NewLinkAsync(app, person.Id, coach.Id));
        using var client = await world.OpenLinkAsync(app);

        // One job a screen: the job that does not offer the help the person needs comes after the one with nothing
        // against it, but is still there.
        var first = await client.GetStringAsync("/my/jobs");
        var second = await client.GetStringAsync("/my/jobs?job=2");
        Assert.Contains(nothingAgainst.Title, first, StringComparison.Ordinal);
        Assert.DoesNotContain(offersNoHelp.Title, first, StringComparison.Ordinal);
        Assert.Contains(offersNoHelp.Title, second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IWantToChangeThis_ReachesTheCoachsRecord_AndTheDigestQuery()
    {
        var world = await MyViewWorld.CreateAsync(app, 40);
        using var client = await world.OpenLinkAsync(app);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var answered = await Forms.PostAsync(client, "/my", "/my", new Dictionary<string, string> { ["answer"] = "change", ["Form.WhatToChange"] = "I like animals now" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("We told your coach you want to change this.", await client.GetStringAsync("/my"), StringComparison.Ordinal);

        using var coach = await world.CoachClientAsync(app);
        var record = await Forms.ReadAsync(await coach.GetAsync($"/job-seekers/{world.Person.Id}"));
        var section = record.QuerySelector("#own-view")!.ParentElement!.TextContent;
        Assert.Contains("Wants to change their profile", section, StringComparison.Ordinal);
        Assert.Contains("I like animals now", section, StringComparison.Ordinal);

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var since = scope.ServiceProvider.GetRequiredService<JobSeekerAnswersSince>();
        var digest = await since.ForCoachAsync(world.Coach.Id, before);
        var answer = Assert.Single(digest);
        Assert.Equal(world.Person.Id, answer.JobSeekerId);
        Assert.Equal("I like animals now", answer.Words);
        Assert.False(answer.CoachWasBeside);
        Assert.Empty(await since.ForCoachAsync(world.Coach.Id, DateTimeOffset.UtcNow.AddMinutes(1)));
    }

    [Fact]
    public async Task NotForMe_IsLabelledFeedback_InTheTrainingSet_AndTheJobIsNotShownAgain()
    {
        var world = await MyViewWorld.CreateAsync(app, 41);
        using var client = await world.OpenLinkAsync(app);
        Assert.Contains(world.Job.Title, await client.GetStringAsync("/my/jobs"), StringComparison.Ordinal);

        var path = $"/my/jobs/{world.Job.Id}/not-for-me";
        var answered = await Forms.PostAsync(client, path, path, new Dictionary<string, string> { ["Form.Reason"] = nameof(NotForMeReason.TooFar), ["Form.Words"] = "Two buses" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        Assert.DoesNotContain(world.Job.Title + "</h2>", await client.GetStringAsync("/my/jobs"), StringComparison.Ordinal);
        var feedback = await app.WithDbAsync(db => db.MatchFeedback.SingleAsync(f => f.JobSeekerId == world.Person.Id));
        Assert.Equal((world.Job.Id, MatchFeedback.FromJobSeeker, "not_suitable", "too_far"), (feedback.OpportunityId, feedback.Source, feedback.Verdict, feedback.Reason));

        var pairs = await app.WithDbAsync(db => DatabaseTrainingSet.LoadAsync(db, SocHierarchy.FromReference()));
        var pair = Assert.Single(pairs, p => p.Pair.CandidateId == world.Person.Id.ToString("N"));
        Assert.Equal(world.Job.Id.ToString("N"), pair.Pair.VacancyId);
        Assert.Equal(PlacementGrade.NoFurther, pair.Pair.Grade);

        using var coach = await world.CoachClientAsync(app);
        var record = await coach.GetStringAsync($"/job-seekers/{world.Person.Id}");
        Assert.Contains("Not for me: too far", record, StringComparison.Ordinal);
        Assert.Contains("Two buses", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotForMe_WithoutAReason_SaysWhatToDo_AndSavesNothing()
    {
        var world = await MyViewWorld.CreateAsync(app, 42);
        using var client = await world.OpenLinkAsync(app);
        var path = $"/my/jobs/{world.Job.Id}/not-for-me";

        var response = await Forms.PostAsync(client, path, path, new Dictionary<string, string> { ["Form.Words"] = "Not sure" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ReadAsync(response);
        Assert.Equal(["Pick why this job is not for you"], Forms.ErrorSummary(page));
        Assert.Equal("Pick why this job is not for you", Forms.FieldError(page, "Form_Reason"));
        var madeUp = await Forms.PostAsync(client, path, path, new Dictionary<string, string> { ["Form.Reason"] = "too_much_sun" });
        Assert.Equal(["Pick why this job is not for you"], Forms.ErrorSummary(await Forms.ReadAsync(madeUp)));
        Assert.False(await app.WithDbAsync(db => db.JobSeekerAnswers.AnyAsync(a => a.JobSeekerId == world.Person.Id)));
        Assert.False(await app.WithDbAsync(db => db.MatchFeedback.AnyAsync(f => f.JobSeekerId == world.Person.Id)));
    }

    [Fact]
    public async Task ILikeThis_IsShownBack_AndReachesTheCoach_ButIsNoLabel()
    {
        var world = await MyViewWorld.CreateAsync(app, 43);
        using var client = await world.OpenLinkAsync(app);
        Assert.DoesNotContain("You said:", await client.GetStringAsync("/my/jobs"), StringComparison.Ordinal);

        var answered = await Forms.PostAsync(client, "/my/jobs", $"/my/jobs/{world.Job.Id}", new Dictionary<string, string> { ["answer"] = "like" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        Assert.Contains("You said: I like this.", await client.GetStringAsync("/my/jobs"), StringComparison.Ordinal);
        var answer = await app.WithDbAsync(db => db.JobSeekerAnswers.SingleAsync(a => a.JobSeekerId == world.Person.Id));
        Assert.Equal((AnswerKind.LikeJob, (Guid?)world.Job.Id), (answer.Kind, answer.OpportunityId));
        Assert.False(await app.WithDbAsync(db => db.MatchFeedback.AnyAsync(f => f.JobSeekerId == world.Person.Id)));
        var pairs = await app.WithDbAsync(db => DatabaseTrainingSet.LoadAsync(db, SocHierarchy.FromReference()));
        Assert.DoesNotContain(pairs, p => p.Pair.CandidateId == world.Person.Id.ToString("N"));
    }

    [Fact]
    public async Task WithTheCoachBeside_ThePagesSaySo_AndAnswersRecordTheCoach()
    {
        var world = await MyViewWorld.CreateAsync(app, 44);
        using var coach = await world.CoachClientAsync(app);
        var basePath = $"/job-seekers/{world.Person.Id}/with-me";

        var about = await coach.GetStringAsync(basePath);
        Assert.Contains("Your coach is signed in on this device.", about, StringComparison.Ordinal);
        Assert.Contains($"My name is {world.Person.FirstName}.", about, StringComparison.Ordinal);
        Assert.Contains(world.Job.Title, await coach.GetStringAsync(basePath + "/jobs"), StringComparison.Ordinal);

        var answered = await Forms.PostAsync(coach, basePath + "/jobs", $"{basePath}/jobs/{world.Job.Id}", new Dictionary<string, string> { ["answer"] = "talk" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var answer = await app.WithDbAsync(db => db.JobSeekerAnswers.SingleAsync(a => a.JobSeekerId == world.Person.Id));
        Assert.Equal((AnswerKind.TalkAboutJob, (Guid?)world.Coach.Id), (answer.Kind, answer.CoachBesideId));
        Assert.Contains("Wants to talk about this job", await coach.GetStringAsync($"/job-seekers/{world.Person.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyJobs_ShowsTheStartedPlacement_TheNextCheckIn_AndTheCoach()
    {
        var world = await MyViewWorld.CreateAsync(app, 45);
        var started = new DateOnly(2026, 9, 1);
        await app.WithDbAsync(async db =>
        {
            var placement = new Employment.Core.Placements.Placement
            {
                JobSeekerId = world.Person.Id,
                OpportunityId = world.Job.Id,
                Stage = Employment.Core.Placements.PlacementEventType.Started,
                CreatedAt = DateTimeOffset.UtcNow,
                Events = [new() { Type = Employment.Core.Placements.PlacementEventType.Started, OccurredOn = started }],
                FollowUps =
                [
                    new() { Kind = Employment.Core.Placements.FollowUpKind.CoachCheckIn, DueOn = new DateOnly(2026, 12, 3) },
                    new() { Kind = Employment.Core.Placements.FollowUpKind.CoachCheckIn, DueOn = new DateOnly(2026, 11, 2), CompletedOn = new DateOnly(2026, 11, 2) },
                    new() { Kind = Employment.Core.Placements.FollowUpKind.CoachCheckIn, DueOn = new DateOnly(2027, 1, 7) },
                ],
            };
            db.Placements.Add(placement);
            return await db.SaveChangesAsync();
        });
        using var client = await world.OpenLinkAsync(app);

        var text = MyViewWorld.MainText(await Forms.ReadAsync(await client.GetAsync("/my/my-jobs")));

        Assert.Contains(world.Job.Title, text, StringComparison.Ordinal);
        Assert.Contains("I started on 1 September 2026.", text, StringComparison.Ordinal);
        Assert.Contains("on Thursday 3 December.", text, StringComparison.Ordinal);
        Assert.Contains($"My coach is {world.Coach.DisplayName}.", text, StringComparison.Ordinal);
        Assert.Contains(world.Coach.Email!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_StopsTheLink_AndRemovesThePersonsWords_ButKeepsTheLabel()
    {
        var world = await MyViewWorld.CreateAsync(app, 47);
        using var client = await world.OpenLinkAsync(app);
        var path = $"/my/jobs/{world.Job.Id}/not-for-me";
        await Forms.PostAsync(client, path, path, new Dictionary<string, string> { ["Form.Reason"] = nameof(NotForMeReason.WrongHours), ["Form.Words"] = "Mornings only" });

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Erasure>().EraseAsync(world.Person.Id, null));
        }

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.GetAsync("/my")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(world.LinkPath)).StatusCode);
        var answer = await app.WithDbAsync(db => db.JobSeekerAnswers.SingleAsync(a => a.JobSeekerId == world.Person.Id));
        Assert.Equal((AnswerKind.NotForMe, (string?)null), (answer.Kind, answer.Words));
        Assert.True(await app.WithDbAsync(db => db.MatchFeedback.AnyAsync(f => f.JobSeekerId == world.Person.Id && f.Reason == "wrong_hours")));
    }

    [Fact]
    public async Task ASubjectAccessReport_IncludesTheOwnViewAnswers()
    {
        var world = await MyViewWorld.CreateAsync(app, 48);
        using var client = await world.OpenLinkAsync(app);
        await Forms.PostAsync(client, "/my", "/my", new Dictionary<string, string> { ["answer"] = "change", ["Form.WhatToChange"] = "I can drive now" });

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SubjectAccess>().ReportAsync(world.Person.Id);

        var answer = Assert.Single(report!.OwnViewAnswers);
        Assert.Equal(("Wants to change their profile", "I can drive now"), (answer.What, answer.Words));
    }
}
