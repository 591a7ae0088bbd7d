using Employment.Matching.Features;
using Employment.Matching.Labels;
using Employment.Matching.Training;

namespace Employment.Tests.Matching;

/// <summary>The ordinal trainer asks of every pair whether it reached each grade (decision 0090).</summary>
public sealed class OrdinalTrainerTests
{
    [Theory]
    [InlineData(PlacementGrade.NoFurther, new[] { false, false, false, false })]
    [InlineData(PlacementGrade.Offered, new[] { true, true, false, false })]
    [InlineData(PlacementGrade.Started, new[] { true, true, true, false })]
    [InlineData(PlacementGrade.Sustained, new[] { true, true, true, true })]
    public void EachPair_AsksWhetherItReachedEachGrade_FromInterviewToSustained(int grade, bool[] reached)
    {
        var features = MatchExamples.Build();
        var pair = new FeaturedPair(new LabelledPair("C1", "V1", grade, MatchExamples.Today), features);

        var rows = ThresholdRow.Of([pair]).ToList();

        Assert.Equal(reached, rows.Select(r => r.Reached));
        // The grade asked about, less an offer: scoring asks about an offer or better, which is 0.
        Assert.Equal([-1f, 0f, 1f, 2f], rows.Select(r => r.Features[MatchFeatures.OutcomeThresholdIndex]));
        Assert.Equal(0f, features.ToVector()[MatchFeatures.OutcomeThresholdIndex]);
        Assert.Equal(MatchFeatures.OutcomeThreshold, MatchFeatures.Names[MatchFeatures.OutcomeThresholdIndex]);
        var others = Enumerable.Range(0, MatchFeatures.Count).Where(i => i != MatchFeatures.OutcomeThresholdIndex).ToList();
        Assert.All(rows, r => Assert.Equal(others.Select(i => features.ToVector()[i]), others.Select(i => r.Features[i])));
    }

    [Fact]
    public void TheOutcomeAskedAbout_IsNoReasonForOrAgainstAnyPair()
    {
        Assert.Null(Factors.Of(MatchFeatures.OutcomeThreshold));
    }
}
