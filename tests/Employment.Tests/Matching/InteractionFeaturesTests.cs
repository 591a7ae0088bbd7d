using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Features;

namespace Employment.Tests.Matching;

/// <summary>Interactions a coach would name, given to the trees as features of their own (decision 0089).</summary>
public sealed class InteractionFeaturesTests
{
    private static float Feature(MatchFeatures features, string name) => features.ToVector()[MatchFeatures.Names.ToList().IndexOf(name)];

    [Fact]
    public void UnmetNeeds_CountForLess_AtAnEmployerWithAHigherCurrentDisabilityConfidentLevel()
    {
        // Sam's quiet workspace is not offered by the kitchen: one unmet need.
        var none = MatchExamples.Build(employer: MatchExamples.Cafe with { DcLevel = DisabilityConfidentLevel.None });
        var leader = MatchExamples.Build(employer: MatchExamples.Cafe with { DcLevel = DisabilityConfidentLevel.Leader });
        var lapsedLeader = MatchExamples.Build(employer: MatchExamples.Cafe with { DcLevel = DisabilityConfidentLevel.Leader, DcValidUntil = new DateOnly(2026, 1, 1) });

        Assert.Equal(1f, Feature(none, nameof(MatchFeatures.UnmetNeedsSoftened)));
        Assert.InRange(Feature(leader, nameof(MatchFeatures.UnmetNeedsSoftened)), 0.01f, 0.5f);
        Assert.Equal(1f, Feature(lapsedLeader, nameof(MatchFeatures.UnmetNeedsSoftened)));
        Assert.Equal(16f, Feature(none, nameof(MatchFeatures.HoursWithUnmetNeeds)));
        var allOffered = MatchExamples.Build(opportunity: MatchExamples.KitchenJob with { AdjustmentsOffered = ["job_coach_on_site", "quiet_workspace"] });
        Assert.Equal((0f, 0f), (allOffered.UnmetNeedsSoftened, allOffered.HoursWithUnmetNeeds));
    }

    [Fact]
    public void InterestCountsWithTheSkills_NearerInterestsAndMoreSkillsGiveMore()
    {
        // The kitchen job is Sam's first interest (9263) and Sam has 1 of its 2 skills.
        var exact = MatchExamples.Build();
        var allSkills = MatchExamples.Build(MatchExamples.Sam with { Skills = ["washing_up", "food_preparation"] });
        var unrelated = MatchExamples.Build(MatchExamples.Sam with { Interests = ["2136"] });

        Assert.Equal(0.5f, exact.InterestWithSkills);
        Assert.Equal(1f, allSkills.InterestWithSkills);
        Assert.Equal(0f, unrelated.InterestWithSkills);
    }

    [Fact]
    public void WalkingDistance_IsTheDistanceForWalkersOnly()
    {
        var twoKm = MatchExamples.KilometresNorth(2);
        var walker = MatchExamples.Build(MatchExamples.Sam with { TravelMode = TravelMode.Walk }, twoKm);
        var byBus = MatchExamples.Build(MatchExamples.Sam, twoKm);

        Assert.InRange(walker.WalkingKm, 1.9f, 2.1f);
        Assert.Equal(walker.DistanceKm, walker.WalkingKm);
        Assert.Equal(0f, byBus.WalkingKm);
    }

    [Fact]
    public void ASupportedInternship_IsMarkedForSomeoneWithAnEhcPlanOnly()
    {
        var internship = MatchExamples.KitchenJob with { Kind = OpportunityKind.SupportedInternship, HourlyPay = null };

        Assert.Equal(1f, MatchExamples.Build(opportunity: internship).InternshipWithEhcPlan);
        Assert.Equal(0f, MatchExamples.Build(MatchExamples.Sam with { HasEhcPlan = false }, internship).InternshipWithEhcPlan);
        Assert.Equal(0f, MatchExamples.Build().InternshipWithEhcPlan);
    }

    [Fact]
    public void EachInteractionBelongsToTheFactorACoachWouldNameForIt()
    {
        Assert.Equal(Factor.Support, Factors.Of(nameof(MatchFeatures.UnmetNeedsSoftened)));
        Assert.Equal(Factor.Support, Factors.Of(nameof(MatchFeatures.HoursWithUnmetNeeds)));
        Assert.Equal(Factor.Interest, Factors.Of(nameof(MatchFeatures.InterestWithSkills)));
        Assert.Equal(Factor.Journey, Factors.Of(nameof(MatchFeatures.WalkingKm)));
        Assert.Equal(Factor.Kind, Factors.Of(nameof(MatchFeatures.InternshipWithEhcPlan)));
    }
}
