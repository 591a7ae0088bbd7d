using Bogus;
using Employment.Core.Opportunities;
using Employment.Seed.Randomness;

namespace Employment.Seed.JobSeekers;

/// <summary>The kinds of opportunity a person asks for; supported internships only if they could have one.</summary>
internal static class PreferredKinds
{
    public static List<OpportunityKind> For(Randomizer random, int age, bool hasEhcPlan)
    {
        if (random.Chance(0.35))
        {
            return [];
        }
        var choices = new List<(OpportunityKind Item, double Weight)> { (OpportunityKind.PaidJob, 5), (OpportunityKind.Volunteering, 2), (OpportunityKind.WorkExperience, 2) };
        if (age <= 30)
        {
            choices.Add((OpportunityKind.Apprenticeship, 2));
        }
        if (age <= 24)
        {
            choices.Add((OpportunityKind.Traineeship, 1));
        }
        if (age <= 24 && hasEhcPlan)
        {
            choices.Add((OpportunityKind.SupportedInternship, 5));
        }
        var kinds = new List<OpportunityKind>();
        var wanted = random.Int(1, 3);
        for (var tries = 0; kinds.Count < wanted && tries < 10; tries++)
        {
            var kind = random.PickWeighted(choices);
            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }
        return kinds;
    }
}
