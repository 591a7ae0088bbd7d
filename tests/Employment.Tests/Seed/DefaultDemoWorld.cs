using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Seed;

namespace Employment.Tests.Seed;

/// <summary>The default demo world, generated once for all the tests that only read it.</summary>
public static class DefaultDemoWorld
{
    private static readonly Lazy<DemoWorld> Generated = new(() => DemoWorldGenerator.Generate(new DemoWorldOptions()));

    public static DemoWorld World => Generated.Value;

    /// <summary>A new world like the default one, for a test that loads it: loading sets password hashes on the world it is given.</summary>
    public static DemoWorld FreshCopy() => DemoWorldGenerator.Generate(World.Options);
    public static DateOnly Today => World.Options.Today;

    public static IReadOnlyDictionary<Guid, Opportunity> Opportunities => Lookups.Value.Opportunities;
    public static IReadOnlyDictionary<Guid, Employer> Employers => Lookups.Value.Employers;
    public static IReadOnlyDictionary<Guid, JobSeeker> JobSeekers => Lookups.Value.JobSeekers;

    private static readonly Lazy<(Dictionary<Guid, Opportunity> Opportunities, Dictionary<Guid, Employer> Employers, Dictionary<Guid, JobSeeker> JobSeekers)> Lookups = new(() => (
        World.Opportunities.ToDictionary(o => o.Id),
        World.Employers.ToDictionary(e => e.Id),
        World.JobSeekers.ToDictionary(j => j.JobSeeker.Id, j => j.JobSeeker)));
}
