using System.Globalization;
using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Matching.Data;
using Employment.Matching.Features;
using Employment.Matching.Input;
using Employment.Matching.Scoring;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Matching.Pages;

public sealed class PeoplePageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task PeopleForAnOpportunity_AreOnlyTheCoachsOwnPeopleWhoFit()
    {
        var world = MatchWorld.Centre(5);
        var (client, coach) = await MatchPages.SignedInAsync(app, Roles.Coach);
        var other = await app.CreateUserAsync(Roles.Coach);
        var near = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id));
        var far = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id, northKm: 40));
        var paused = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id, change: p => p.PausedOn = MatchWorld.Today));
        var theirs = await app.WithDbAsync(db => world.PersonAsync(db, other.Id));
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Shelf stacker", 0.01));
        var opportunityPage = $"/coach/employers/{job.EmployerId}/opportunities/{job.Id}";

        var show = await Forms.ReadAsync(await client.GetAsync(opportunityPage));
        Assert.NotNull(show.QuerySelector($"a[href='{opportunityPage}/people']"));
        var page = await Forms.ReadAsync(await client.GetAsync($"{opportunityPage}/people"));

        Assert.Equal("People for Shelf stacker", page.QuerySelector("h1")!.TextContent.Trim());
        var people = page.QuerySelectorAll(".app-suggestion").Select(c => Guid.Parse(c.GetAttribute("data-person")!)).ToList();
        Assert.Equal([near.Id], people);
        Assert.DoesNotContain(theirs.Id, people);
        Assert.DoesNotContain(far.Id, people);
        Assert.DoesNotContain(paused.Id, people);
        var card = MatchPages.Card(page, job.Id, near.Id)!;
        Assert.Contains($"Bus journey about 15 minutes — within the 40 minutes {near.FirstName} can manage", MatchPages.Items(card, "app-reasons"));

        using var proposed = await Forms.PostAsync(client, $"{opportunityPage}/people", $"/job-seekers/{near.Id}/matches/{job.Id}/propose", new Dictionary<string, string> { ["from"] = "people" });
        Assert.Equal($"{opportunityPage}/people", proposed.Headers.Location!.OriginalString);
        Assert.Equal(1, await app.WithDbAsync(db => db.Placements.CountAsync(p => p.JobSeekerId == near.Id && p.OpportunityId == job.Id)));
    }

    [Fact]
    public async Task ScoreOnThePage_EqualsTheCommandLineScore_ForTheSamePairAndScorer()
    {
        var world = MatchWorld.Centre(6);
        var (client, coach) = await MatchPages.SignedInAsync(app, Roles.Coach);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id));
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Scored job", 0.05, o => o.SkillsRequired = ["cleaning", "driving"]));

        var page = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}/matches"));
        Assert.StartsWith("Ranked by the rule scorer", page.QuerySelector(".app-ranked-by")!.TextContent.Trim(), StringComparison.Ordinal);
        var shown = float.Parse(MatchPages.Card(page, job.Id, person.Id)!.GetAttribute("data-score")!, CultureInfo.InvariantCulture);

        var cli = await app.WithDbAsync(db => CommandLineScoreAsync(db, person.Id, job.Id));
        Assert.Equal(cli, shown);
    }

    /// <summary>The pair scored as "ranker score" scores it: PairScorer over a dataset of the same rows.</summary>
    private static async Task<float> CommandLineScoreAsync(EmploymentDbContext db, Guid personId, Guid opportunityId)
    {
        var profile = (await db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == personId)).ToProfile();
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.Employer).SingleAsync(o => o.Id == opportunityId);
        var facts = opportunity.ToFacts();
        var data = new MatchingData
        {
            Candidates = new Dictionary<string, CandidateProfile> { [profile.Id] = profile },
            Opportunities = new Dictionary<string, OpportunityFacts> { [facts.Id] = facts },
            Employers = new Dictionary<string, EmployerFacts> { [facts.EmployerId] = opportunity.Employer!.ToFacts() },
            Events = [],
        };
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return PairScorer.Score(data, [(profile.Id, facts.Id)], new RuleScorer(), today, SocHierarchy.FromReference())[0];
    }
}
