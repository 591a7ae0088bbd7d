using Employment.Core.Employers;
using Employment.Matching.Features;

namespace Employment.Tests.Matching;

/// <summary>The raw facts behind the summaries (decision 0045): which skill is missing, which need unmet, hours either side.</summary>
public sealed class RawFactFeaturesTests
{
    private static float Feature(MatchFeatures features, string name) => features.ToVector()[MatchFeatures.Names.ToList().IndexOf(name)];

    [Fact]
    public void EachMissingSkillAndEachUnmetNeed_HasItsOwnFeature_AndNothingElseIsFlagged()
    {
        // Sam has washing_up and teamwork; the kitchen asks for washing_up and food_preparation. Sam needs a job coach
        // (offered) and a quiet workspace (not offered).
        var features = MatchExamples.Build();

        Assert.Equal(1, Feature(features, "SkillMissing:food_preparation"));
        Assert.Equal(0, Feature(features, "SkillMissing:washing_up"));
        // The cafe is a Disability Confident employer (level 2), so the unmet need counts a third (decision 0096).
        Assert.Equal(1f / 3, Feature(features, "NeedUnmet:quiet_workspace"));
        Assert.Equal(0, Feature(features, "NeedUnmet:job_coach_on_site"));
        Assert.Equal(1, MatchFeatures.Names.Where(n => n.StartsWith("SkillMissing:", StringComparison.Ordinal)).Sum(n => Feature(features, n)));
        Assert.Equal(1, MatchFeatures.Names.Where(n => n.StartsWith("NeedUnmet:", StringComparison.Ordinal)).Count(n => Feature(features, n) > 0));
        Assert.Equal(1, features.SkillsMissing);
        Assert.Equal(2, features.SkillsRequired);
    }

    [Theory]
    [InlineData(DisabilityConfidentLevel.None, 2027, 1f)]
    [InlineData(DisabilityConfidentLevel.Committed, 2027, 1f / 2)]
    [InlineData(DisabilityConfidentLevel.Employer, 2027, 1f / 3)]
    [InlineData(DisabilityConfidentLevel.Leader, 2027, 1f / 4)]
    [InlineData(DisabilityConfidentLevel.Leader, 2024, 1f)]
    public void AnUnmetNeed_CountsForLessTheHigherTheEmployersCurrentDisabilityConfidentLevel(DisabilityConfidentLevel level, int validUntilYear, float expected)
    {
        var employer = MatchExamples.Cafe with { DcLevel = level, DcValidUntil = new DateOnly(validUntilYear, 1, 1) };

        var features = MatchExamples.Build(employer: employer);

        Assert.Equal(expected, Feature(features, "NeedUnmet:quiet_workspace"));
        Assert.Equal(0, Feature(features, "NeedUnmet:job_coach_on_site"));
        Assert.Equal(features.UnmetNeedsSoftened, Feature(features, "NeedUnmet:quiet_workspace"));
    }

    [Fact]
    public void HoursShortAndOver_SayWhichSideOfTheRangeTheHoursFall()
    {
        var person = MatchExamples.Sam with { HoursMin = 10, HoursMax = 20 };

        var tooFew = MatchExamples.Build(person, MatchExamples.KitchenJob with { HoursPerWeek = 6 });
        var tooMany = MatchExamples.Build(person, MatchExamples.KitchenJob with { HoursPerWeek = 30 });

        Assert.Equal((4f, 0f), (tooFew.HoursShort, tooFew.HoursOver));
        Assert.Equal((0f, 10f), (tooMany.HoursShort, tooMany.HoursOver));
        Assert.Equal(tooFew.HoursOutsideRange, tooFew.HoursShort);
    }

    [Fact]
    public void TheRuleScoreIsAFeature_SoSmallDataCanLeanOnIt()
    {
        var features = MatchExamples.Build();

        Assert.Equal(Employment.Matching.Scoring.RuleScorer.ScoreOne(features), Feature(features, "RuleScore"));
    }
}
