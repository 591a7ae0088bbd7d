using Employment.Matching.Features;
using Employment.Matching.Input;
using Employment.Matching.Labels;

namespace Employment.Tests.Matching;

/// <summary>The employer's own record as a feature (decision 0085): as of each pair's day, drawn towards everyone's, said plainly.</summary>
public sealed class EmployerRecordTests
{
    private static readonly DateOnly Day1 = new(2025, 1, 6);
    private static readonly DateOnly Day2 = Day1.AddDays(10);
    private static readonly DateOnly Day3 = Day1.AddDays(20);

    private static readonly Dictionary<string, OpportunityFacts> Vacancies = new(StringComparer.Ordinal)
    {
        ["V1"] = MatchExamples.KitchenJob with { Id = "V1", EmployerId = "E1" },
        ["V2"] = MatchExamples.KitchenJob with { Id = "V2", EmployerId = "E1" },
        ["V3"] = MatchExamples.KitchenJob with { Id = "V3", EmployerId = "E2" },
    };

    private static readonly LabelledPair[] Pairs =
    [
        new("A", "V1", PlacementGrade.Sustained, Day1),
        new("B", "V2", PlacementGrade.NoFurther, Day2),
        new("C", "V1", PlacementGrade.Started, Day3),
        new("D", "V2", PlacementGrade.Offered, Day3),
        new("E", "V3", PlacementGrade.Interviewed, Day2),
        new("F", "V9", PlacementGrade.Sustained, Day1), // a vacancy the data does not hold: left out
    ];

    [Fact]
    public void EachPair_SeesOnlyWhatWasProposedBeforeItsDay_NeverItsOwnOutcomeOrLaterOnes()
    {
        var history = EmployerHistory.From(Pairs, Vacancies);

        Assert.Equal(0, history.Before("E1", Day1).Proposals);
        var onDay3 = history.Before("E1", Day3);
        Assert.Equal((2, 1, PlacementGrade.Sustained + PlacementGrade.NoFurther), (onDay3.Proposals, onDay3.Started, onDay3.GradeSum));
        var latest = history.Latest();
        Assert.Equal((4, 2), (latest.Of("E1").Proposals, latest.Of("E1").Started));
        Assert.Equal(1, latest.Of("E2").Proposals);
        Assert.Equal(0, latest.Of("E7").Proposals);
    }

    [Fact]
    public void FewProposals_AreDrawnTowardsEveryonesRecord_AndManyOutweighIt()
    {
        var history = EmployerHistory.From(Pairs, Vacancies);
        var everyone = history.Latest().Of("E7");
        // Five known pairs: grades 4, 0, 3, 2, 1, two of them started.
        Assert.Equal(2f, everyone.PriorGrade, 5);
        Assert.Equal(0.4f, everyone.PriorStarted, 5);
        Assert.Equal(everyone.PriorGrade, everyone.MeanGrade, 5);

        var one = history.Before("E1", Day2);
        Assert.Equal((PlacementGrade.Sustained + EmployerRecord.PriorWeight * 2f) / (1 + EmployerRecord.PriorWeight), one.MeanGrade, 5);
        var many = new EmployerRecord(200, 190, 760, 2f, 0.4f);
        Assert.InRange(many.StartedShare, 0.92f, 0.95f);
        Assert.True(many.StartsMoreThanMost);
        Assert.False(new EmployerRecord(200, 20, 200, 2f, 0.4f).StartsMoreThanMost);
    }

    [Fact]
    public void TheRecordReachesTheFeatureVector_UnderItsOwnNames()
    {
        var record = new EmployerRecord(12, 9, 36, 2f, 0.4f);
        var features = FeatureBuilder.Build(MatchExamples.Sam, MatchExamples.KitchenJob, MatchExamples.Cafe, MatchExamples.Today, SocHierarchy.FromReference(), record);
        var vector = features.ToVector();
        float Named(string name) => vector[MatchFeatures.Names.ToList().IndexOf(name)];

        Assert.Equal(12, Named(nameof(MatchFeatures.EmployerProposals)));
        Assert.Equal(record.MeanGrade, Named(nameof(MatchFeatures.EmployerMeanGrade)));
        Assert.Equal(record.StartedShare, Named(nameof(MatchFeatures.EmployerStartedShare)));
        Assert.Equal(0, MatchExamples.Build().EmployerProposals);
        Assert.All(MatchFeatures.Names.Where(n => n.StartsWith("Employer", StringComparison.Ordinal)), n => Assert.Equal(Factor.EmployerRecord, Factors.Of(n)));
    }

    [Theory]
    [InlineData(12, 9, 1.0, "9 of the 12 people proposed to this employer before started work", true)]
    [InlineData(12, 9, -1.0, null, true)]
    [InlineData(8, 0, -1.0, "None of the 8 people proposed to this employer before started work", false)]
    [InlineData(8, 1, 1.0, "Only 1 of the 8 people proposed to this employer before started work", false)]
    [InlineData(3, 0, -1.0, null, false)]
    [InlineData(1, 1, 1.0, "The one person proposed to this employer before started work", true)]
    public void TheRecordIsSaid_AsAReasonOnlyWhenGoodAndRewarded_AsABlockerOnlyWhenPoorOnEnoughProposals(
        int proposals, int started, double contribution, string? said, bool isReason)
    {
        var record = new EmployerRecord(proposals, started, started * PlacementGrade.Started, 1.5f, 0.35f);
        var features = FeatureBuilder.Build(MatchExamples.Sam, MatchExamples.KitchenJob, MatchExamples.Cafe, MatchExamples.Today, SocHierarchy.FromReference(), record);
        var perFeature = new double[MatchFeatures.Count];
        perFeature[MatchFeatures.Names.ToList().IndexOf(nameof(MatchFeatures.EmployerMeanGrade))] = contribution;
        var contributions = FactorContributions.FromFeatures(perFeature, features, ruleWeight: 0);

        var explanation = MatchExplainer.Explain(features, MatchExamples.Sam, MatchExamples.KitchenJob, MatchExamples.Cafe, SocHierarchy.FromReference(), contributions);

        var lines = explanation.Lines.Where(l => l.Factor == Factor.EmployerRecord).ToList();
        if (said is null)
        {
            Assert.Empty(lines);
            return;
        }
        var line = Assert.Single(lines);
        Assert.Equal(said, line.Text);
        Assert.Equal(isReason, line.IsReason);
        Assert.Equal(isReason, record.StartsMoreThanMost);
    }
}
