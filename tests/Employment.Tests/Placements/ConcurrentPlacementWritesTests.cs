using System.Globalization;
using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Placements;
using Employment.Tests.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Placements;

/// <summary>Two coaches pressing the same button at the same moment, over real HTTP: one write is kept, the other is told plainly.</summary>
public sealed class ConcurrentPlacementWritesTests(LiveSiteFixture site) : IClassFixture<LiveSiteFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task TwentyPairsOfTheSameProposalAtOnce_MakeOnePlacementEach_AndTheSecondIsToldPlainly()
    {
        var app = site.App;
        var coach = await app.CreateUserAsync(Roles.Coach);
        var pairs = new List<(Guid Person, Guid Opportunity)>();
        for (var i = 0; i < 20; i++)
        {
            var person = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named($"Pat{i}"));
            var opportunity = await app.TestData.CreateOpportunityAsync(o => o.PostedOn(Today.AddDays(-30)));
            pairs.Add((person.Id, opportunity.Id));
        }
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        var token = await Forms.AntiforgeryTokenAsync(client, $"/job-seekers/{pairs[0].Person}/matches/{pairs[0].Opportunity}/propose");

        var requests = pairs.SelectMany(pair => Enumerable.Repeat(pair, 2)).Select(async pair =>
        {
            using var response = await client.PostAsync($"/job-seekers/{pair.Person}/matches/{pair.Opportunity}/propose", new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["Dated"] = "true",
                    ["IntroducedOn.Day"] = Today.Day.ToString(CultureInfo.InvariantCulture),
                    ["IntroducedOn.Month"] = Today.Month.ToString(CultureInfo.InvariantCulture),
                    ["IntroducedOn.Year"] = Today.Year.ToString(CultureInfo.InvariantCulture),
                }));
            var errors = response.StatusCode == HttpStatusCode.OK ? Forms.ErrorSummary(await Forms.ReadAsync(response)) : [];
            return (pair, response.StatusCode, errors);
        });
        var answers = await Task.WhenAll(requests);

        foreach (var group in answers.GroupBy(a => a.pair))
        {
            Assert.Single(group, a => a.StatusCode == HttpStatusCode.Redirect);
            var refused = Assert.Single(group, a => a.StatusCode != HttpStatusCode.Redirect);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Single(refused.errors, e => e.Contains("has already been proposed for", StringComparison.Ordinal));
        }
        var personIds = pairs.Select(p => p.Person).ToList();
        var placements = await app.WithDbAsync(db => db.Placements.Where(p => personIds.Contains(p.JobSeekerId)).GroupBy(p => p.JobSeekerId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(Enumerable.Repeat(1, 20), placements);
    }

    [Fact]
    public async Task TheDatabaseRefusesASecondActivePlacementForThePair_ButNotANewOneAfterTheFirstClosed()
    {
        var app = site.App;
        var first = await app.TestData.CreatePlacementAsync(p => p.IntroducedOn(Today.AddDays(-20)));

        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => app.TestData.CreatePlacementAsync(p => p.For(first.JobSeekerId).At(first.OpportunityId).IntroducedOn(Today.AddDays(-10))));
        Assert.True(Core.Data.UniqueViolation.IsUniqueViolation(duplicate));

        await app.WithDbAsync(db => db.Placements.Where(p => p.Id == first.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stage, PlacementEventType.Declined)));
        var again = await app.TestData.CreatePlacementAsync(p => p.For(first.JobSeekerId).At(first.OpportunityId).IntroducedOn(Today.AddDays(-5)));
        Assert.Equal(PlacementEventType.Introduced, again.Stage);
    }

    [Fact]
    public async Task EightPairsOfCheckInsAtOnce_KeepOneEach_AndTheOtherIsToldItWasNotSaved()
    {
        var app = site.App;
        var coach = await app.CreateUserAsync(Roles.Coach);
        var followUps = new List<(Guid Placement, Guid FollowUp)>();
        for (var i = 0; i < 8; i++)
        {
            var placement = await app.TestData.CreatePlacementAsync(p => p.ByCoach(coach.Id).IntroducedOn(Today.AddDays(-40))
                .Then(PlacementEventType.Interviewed, Today.AddDays(-35)).Then(PlacementEventType.Offered, Today.AddDays(-30))
                .Then(PlacementEventType.Started, Today.AddDays(-28), hoursPerWeek: 16, hourlyPay: 13m));
            var followUpId = await app.WithDbAsync(async db =>
            {
                var followUp = new FollowUp { PlacementId = placement.Id, Kind = FollowUpKind.CoachCheckIn, DueOn = Today.AddDays(-21) };
                db.FollowUps.Add(followUp);
                await db.SaveChangesAsync();
                return followUp.Id;
            });
            followUps.Add((placement.Id, followUpId));
        }
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        var token = await Forms.AntiforgeryTokenAsync(client, $"/placements/{followUps[0].Placement}/follow-ups/{followUps[0].FollowUp}");

        var answers = await Task.WhenAll(followUps.SelectMany(f => new[] { (f, "first"), (f, "second") }).Select(async request =>
        {
            var (followUp, words) = request;
            using var response = await client.PostAsync($"/placements/{followUp.Placement}/follow-ups/{followUp.FollowUp}", new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["DoneOn.Day"] = Today.Day.ToString(CultureInfo.InvariantCulture),
                    ["DoneOn.Month"] = Today.Month.ToString(CultureInfo.InvariantCulture),
                    ["DoneOn.Year"] = Today.Year.ToString(CultureInfo.InvariantCulture),
                    ["HowItIsGoing"] = $"Going well ({words})",
                    ["SupportHours"] = "1",
                    ["RiskToJob"] = "false",
                }));
            var errors = response.StatusCode == HttpStatusCode.OK ? Forms.ErrorSummary(await Forms.ReadAsync(response)) : [];
            return (followUp.FollowUp, words, response.StatusCode, errors);
        }));

        foreach (var group in answers.GroupBy(a => a.FollowUp))
        {
            var kept = Assert.Single(group, a => a.StatusCode == HttpStatusCode.Redirect);
            var refused = Assert.Single(group, a => a.StatusCode != HttpStatusCode.Redirect);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Single(refused.errors, e => e is CheckInRecorder.SomeoneElseRecordedIt or "This follow-up has already been recorded");
            var saved = await app.WithDbAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.Id == group.Key));
            Assert.Equal($"Going well ({kept.words})", saved.Notes);
        }
    }
}
