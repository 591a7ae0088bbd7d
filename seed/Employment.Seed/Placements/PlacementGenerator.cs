using Employment.Core.Placements;
using Employment.Seed.Opportunities;
using Employment.Seed.Places;

namespace Employment.Seed.Placements;

/// <summary>Three years of placement histories for everyone.</summary>
internal sealed class PlacementGenerator(DemoContext context, OpportunityGenerator opportunities)
{
    /// <summary>Adds the jobs made for interns who converted to <paramref name="posted"/>.</summary>
    public List<Placement> Generate(IReadOnlyList<DemoJobSeeker> people, List<PostedOpportunity> posted)
    {
        var random = context.FakerFor(DemoPart.Placements).Random;
        var finder = new CandidateFinder(random, posted);
        var story = new PlacementStory(random, context.Today);
        var placements = new List<Placement>();
        foreach (var person in people)
        {
            var side = DemoAreas.ByCode(person.LocalAuthorityOnsCode).Side;
            var history = new PersonHistory(context, opportunities, random, finder, story, person.JobSeeker, side, posted);
            placements.AddRange(history.Play());
        }
        return placements;
    }
}
