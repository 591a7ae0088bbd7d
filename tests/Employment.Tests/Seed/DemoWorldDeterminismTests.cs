using Employment.Seed;

namespace Employment.Tests.Seed;

public sealed class DemoWorldDeterminismTests
{
    [Fact]
    public void Generate_WithSameSeed_GivesIdenticalWorld()
    {
        var first = DemoWorldGenerator.Generate(new DemoWorldOptions { Seed = 42 });
        var second = DemoWorldGenerator.Generate(new DemoWorldOptions { Seed = 42 });

        Assert.Equal(WorldFingerprint.Of(first), WorldFingerprint.Of(second));
        Assert.Equal(first.Placements.Sum(p => p.Events.Count), second.Placements.Sum(p => p.Events.Count));
    }

    [Fact]
    public void Generate_WithDifferentSeed_GivesDifferentWorld()
    {
        var first = DemoWorldGenerator.Generate(new DemoWorldOptions { Seed = 42, JobSeekers = 300, Employers = 40, Opportunities = 300 });
        var second = DemoWorldGenerator.Generate(new DemoWorldOptions { Seed = 43, JobSeekers = 300, Employers = 40, Opportunities = 300 });

        Assert.NotEqual(WorldFingerprint.Of(first), WorldFingerprint.Of(second));
        Assert.NotEqual(first.JobSeekers[0].JobSeeker.Id, second.JobSeekers[0].JobSeeker.Id);
    }

    [Fact]
    public void Generate_WithSameSeedAndAnotherToday_MovesTheWholeWorld()
    {
        var world = DemoWorldGenerator.Generate(new DemoWorldOptions { Today = new DateOnly(2025, 6, 1), JobSeekers = 300, Employers = 40, Opportunities = 300 });

        Assert.All(world.Opportunities, o => Assert.True(o.PostedOn <= world.Options.Today));
        Assert.All(world.Placements.SelectMany(p => p.Events), e => Assert.True(e.OccurredOn <= world.Options.Today));
    }
}
