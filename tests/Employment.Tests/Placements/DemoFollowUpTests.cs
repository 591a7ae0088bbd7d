using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Placements;
using Employment.Seed;
using Employment.Tests.Infrastructure;
using Employment.Tests.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static Employment.Tests.Seed.DefaultDemoWorld;

namespace Employment.Tests.Placements;

/// <summary>The demo world's started placements carry the default plan's follow-ups, so the coach's home page looks real.</summary>
public sealed class DemoFollowUpTests
{
    [Fact]
    public void StartedPlacements_HaveTheDefaultPlansFollowUps_SomeDoneSomeOverdueSomeStillToCome()
    {
        var started = World.Placements.Where(p => p.Events.Any(e => e.Type == PlacementEventType.Started)).ToList();
        Assert.NotEmpty(started);
        foreach (var placement in started)
        {
            var start = placement.Events.Single(e => e.Type == PlacementEventType.Started).OccurredOn;
            var opportunity = Opportunities[placement.OpportunityId];
            var plan = FollowUpSchedule.For(FollowUpPlan.Default, start, opportunity.Kind, opportunity.InternshipLengthMonths);
            Assert.Equal(plan, placement.FollowUps.Select(f => (f.Kind, f.DueOn)));
            var ended = placement.Events.Where(e => e.Type == PlacementEventType.Ended).Select(e => (DateOnly?)e.OccurredOn).SingleOrDefault();
            Assert.All(placement.FollowUps.Where(f => f.DueOn > (ended ?? DateOnly.MaxValue)), f => Assert.True(f.NotNeeded && f.CompletedOn is null));
            Assert.All(placement.FollowUps.Where(f => f.CompletedOn is not null), f => Assert.True(f.CompletedOn <= Today && f.CompletedOn >= f.DueOn));
        }

        var inWork = started.Where(p => p.Stage == PlacementEventType.Started).SelectMany(p => p.FollowUps).ToList();
        Assert.Contains(inWork, f => f.CompletedOn is not null && f.SupportHours > 0);
        Assert.Contains(inWork, f => f.IsOverdueOn(Today));
        Assert.Contains(inWork, f => f.IsOpen && f.DueOn > Today);
        Assert.Contains(inWork, f => f.RiskToJob == true && f.RiskDetails is not null);
        Assert.DoesNotContain(World.Placements.Where(p => p.Stage != PlacementEventType.Started && p.Stage != PlacementEventType.Ended), p => p.FollowUps.Count > 0);
    }

    [Fact]
    public async Task Loading_ASmallWorld_StoresItsFollowUps()
    {
        var world = DemoWorldGenerator.Generate(new DemoWorldOptions { JobSeekers = 150, Employers = 25, Opportunities = 150, EmployerUsers = 2 });
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.Context())
        {
            await DemoDataLoader.LoadAsync(db, world, new PasswordHasher<AppUser>(), CancellationToken.None);
        }

        await using var check = database.Context();
        var expected = world.Placements.SelectMany(p => p.FollowUps).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, await check.FollowUps.CountAsync());
        Assert.Equal(expected.Count(f => f.NotNeeded), await check.FollowUps.CountAsync(f => f.NotNeeded));
        Assert.Equal(expected.Count(f => f.CompletedOn != null), await check.FollowUps.CountAsync(f => f.CompletedOn != null));
    }
}
