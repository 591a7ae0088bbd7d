using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Candidates;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Matching.Pages;

/// <summary>The SQL narrowing the pages rely on: the travel reach in both directions, and the cap to the nearest (decision 0012).</summary>
public sealed class CandidateQueryTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task OnlyTheNearestCandidatesAreFetched_NeverMoreThanTheCap()
    {
        var world = MatchWorld.Centre(30);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, null, change: p => { p.TravelMode = TravelMode.Lift; p.TravelMaxMinutes = 120; }));
        var first = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Nearest", 0.0001));
        var extra = CandidateQuery.Nearest + 10;
        // Each one a little further north than the one before: all well within a 3-hour lift's reach.
        var added = await app.TestData.CreateOpportunitiesAsync(extra, (o, i) => o.Plain().ForEmployer(first.EmployerId).Titled($"Job {i:D4}")
            .InSocGroup("9223").Hours(16).Paying(null, null).At(world.Latitude + 0.0001 + i * 0.0001, world.Longitude).PostedOn(MatchWorld.Today.AddDays(-3)));
        var farthest = added.Select(o => o.Title).TakeLast(extra + 1 - CandidateQuery.Nearest).ToHashSet();

        var found = await app.WithDbAsync(db => new CandidateQuery(db).OpportunitiesForAsync(person, new MatchFilters(), MatchWorld.Today));

        Assert.Equal(CandidateQuery.Nearest, found.Count);
        Assert.Contains(found, o => o.Id == first.Id);
        Assert.DoesNotContain(found, o => farthest.Contains(o.Title));
        Assert.All(found, o => Assert.Equal(first.EmployerId, o.Employer!.Id));
    }

    [Fact]
    public async Task TheCapKeepsTheNearerByDistance_NotByDegrees()
    {
        // At latitude 52 a degree of longitude is about 68 km, of latitude 111 km: 0.015 degrees east is about 1.03 km,
        // 0.012 degrees north about 1.33 km. With the cap full, the one east must be kept and the one north left out;
        // ordering by raw degrees would do the opposite (decision 0025).
        var world = MatchWorld.Centre(33);
        Assert.Equal(52.0, world.Latitude, 6);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, null, change: p => { p.TravelMode = TravelMode.Lift; p.TravelMaxMinutes = 120; }));
        var first = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Nearest", 0.0001));
        void Near(OpportunityBuilder o, string title, double northDegrees, double eastDegrees) => o.Plain().ForEmployer(first.EmployerId).Titled(title)
            .InSocGroup("9223").Hours(16).Paying(null, null).At(world.Latitude + northDegrees, world.Longitude + eastDegrees).PostedOn(MatchWorld.Today.AddDays(-3));
        // Fill the cap but for one place with opportunities within about 250 m.
        await app.TestData.CreateOpportunitiesAsync(CandidateQuery.Nearest - 2, (o, i) => Near(o, $"Close {i:D4}", 0.0001 + i * 0.000001, 0));
        var east = await app.TestData.CreateOpportunityAsync(o => Near(o, "East, 1.03 km", 0, 0.015));
        var north = await app.TestData.CreateOpportunityAsync(o => Near(o, "North, 1.33 km", 0.012, 0));

        var found = await app.WithDbAsync(db => new CandidateQuery(db).OpportunitiesForAsync(person, new MatchFilters(), MatchWorld.Today));

        Assert.Equal(CandidateQuery.Nearest, found.Count);
        Assert.Contains(found, o => o.Id == first.Id);
        Assert.Contains(found, o => o.Id == east.Id);
        Assert.DoesNotContain(found, o => o.Id == north.Id);
    }

    [Fact]
    public async Task PeopleFor_KeepsEachPersonWithinTheirOwnReach()
    {
        var world = MatchWorld.Centre(31);
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Reach test", 0));
        // 6 km: a walk of about 80 minutes, a bus of about 34.
        var walker = await app.WithDbAsync(db => world.PersonAsync(db, null, northKm: 6, change: p => { p.TravelMode = TravelMode.Walk; p.TravelMaxMinutes = 30; }));
        var busRider = await app.WithDbAsync(db => world.PersonAsync(db, null, northKm: 6, change: p => { p.TravelMode = TravelMode.PublicTransport; p.TravelMaxMinutes = 30; }));
        var nearWalker = await app.WithDbAsync(db => world.PersonAsync(db, null, northKm: 2, change: p => { p.TravelMode = TravelMode.Walk; p.TravelMaxMinutes = 30; }));
        var ids = new[] { walker.Id, busRider.Id, nearWalker.Id };

        var found = await app.WithDbAsync(db => new CandidateQuery(db).PeopleForAsync(job, db.JobSeekers.Where(j => ids.Contains(j.Id)), MatchWorld.Today));

        Assert.Equal(new[] { busRider.Id, nearWalker.Id }.Order(), found.Select(p => p.Id).Order());
        Assert.All(found, p => Assert.NotEmpty(p.Interests));
    }
}
