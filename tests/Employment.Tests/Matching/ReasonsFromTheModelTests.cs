using Employment.Core.Opportunities;
using Employment.Matching.Features;
using Employment.Matching.Input;
using Employment.Matching.Labels;
using Employment.Matching.Scoring;
using Employment.Matching.Training;
using static Employment.Tests.Matching.MatchExamples;

namespace Employment.Tests.Matching;

/// <summary>
/// Reasons come from the scorer that ranked: each is a factor that raised this pair's score, listed by how much; a
/// factor that lowered it is never a reason (decision 0047).
/// </summary>
public sealed class ReasonsFromTheModelTests
{
    private static readonly SocHierarchy Soc = SocHierarchy.FromReference();
    private static readonly RankerOptions Small = new() { Trees = 40, Leaves = 8, MinimumPairsPerLeaf = 5, LearningRate = 0.2 };

    private sealed record Pair(CandidateProfile Person, OpportunityFacts Opportunity, MatchFeatures Features);

    /// <summary>Sam and a kitchen job, varied: distance, pay or none, hours and skills.</summary>
    private static List<Pair> Pairs(int people, int each, int seed)
    {
        var random = new Random(seed);
        var pairs = new List<Pair>();
        for (var p = 0; p < people; p++)
        {
            var person = Sam with { Id = $"C{p}", HoursMin = random.Next(5, 16), HoursMax = random.Next(16, 38) };
            for (var j = 0; j < each; j++)
            {
                var paid = random.Next(2) == 0;
                var opportunity = KilometresNorth(random.NextDouble() * 14) with
                {
                    Id = $"V{p}-{j}",
                    HourlyPay = paid ? 11m + random.Next(0, 5) : null,
                    Kind = paid ? OpportunityKind.PaidJob : OpportunityKind.Volunteering,
                    HoursPerWeek = random.Next(4, 38),
                    SkillsRequired = random.Next(3) switch { 0 => [], 1 => ["washing_up"], _ => ["food_preparation", "driving"] },
                };
                pairs.Add(new Pair(person, opportunity, FeatureBuilder.Build(person, opportunity, Cafe, Today, Soc)));
            }
        }
        return pairs;
    }

    /// <summary>An odd world on purpose: short journeys do best, and paid work does worse, so pay must never be a reason.</summary>
    private static int Grade(MatchFeatures f) => Math.Clamp((f.JourneyRatio < 0.6f ? 3 : f.JourneyRatio < 1 ? 2 : 0) + (f.Paid == 1 ? 0 : 1), 0, 4);

    /// <param name="fits">Fits averaged (decision 0094), sampled so that they differ.</param>
    private static TrainedModel Model(int fits = 1)
    {
        var training = Pairs(people: 120, each: 8, seed: 11)
            .Select(p => new FeaturedPair(new LabelledPair(p.Person.Id, p.Opportunity.Id, Grade(p.Features), Today), p.Features)).ToList();
        return RankerTrainer.Train(training, fits == 1 ? Small : Small with { Fits = fits, FeatureFraction = 0.6, SubsampleFraction = 0.8 }).Model;
    }

    [Fact]
    public void EveryReason_RaisedTheScoreInTheModel_AndReasonsAndBlockersAreInOrderOfTheirContributions()
    {
        var model = Model();
        var paidWithoutPayReason = 0;
        foreach (var pair in Pairs(people: 10, each: 8, seed: 5))
        {
            var contributions = model.Contributions(pair.Features);
            var explanation = MatchExplainer.Explain(pair.Features, pair.Person, pair.Opportunity, Cafe, Soc, contributions);

            var reasons = explanation.Lines.Where(l => l.IsReason).ToList();
            Assert.All(reasons, r => Assert.True(r.Contribution > 0, $"\"{r.Text}\" is a reason but moved the score by {r.Contribution}"));
            Assert.All(explanation.Lines, l => Assert.Equal(contributions[l.Factor], l.Contribution));
            Assert.Equal(reasons.Select(r => r.Contribution).OrderByDescending(c => c), reasons.Select(r => r.Contribution));
            var blockers = explanation.Lines.Where(l => !l.IsReason).Select(l => l.Contribution).ToList();
            Assert.Equal(blockers.Order(), blockers);
            Assert.Equal(reasons.Select(r => r.Text), explanation.Reasons);

            // The model learned that paid work does worse here, so "Pays £…" is not good news in its eyes.
            if (pair.Opportunity.HourlyPay is not null && !explanation.Reasons.Any(r => r.StartsWith("Pays", StringComparison.Ordinal)))
            {
                paidWithoutPayReason++;
            }
        }
        Assert.True(paidWithoutPayReason > 0, "in this world pay lowers the score, so some paid pair must not give its pay as a reason");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void TheTreeContributions_AddUpToTheScore(int fits)
    {
        var model = Model(fits);
        Assert.True(model.WalksTreesDirectly);
        Assert.Equal(fits, model.Info.Fits);
        foreach (var pair in Pairs(people: 5, each: 6, seed: 8))
        {
            var perFeature = new double[MatchFeatures.Count];
            var bias = model.TreeContributions(pair.Features, perFeature);
            var trees = (bias + perFeature.Sum()) * model.Info.TreeWeight + model.Info.RuleWeight * RuleScorer.ScoreOne(pair.Features);

            Assert.Equal(model.Score([pair.Features])[0], trees, 3);
        }
    }

    [Fact]
    public void WithTheRuleScorer_ReasonsAreItsOwnTerms_AndNoneOfTheSkillsIsNoReason()
    {
        var opportunity = KitchenJob with { SkillsRequired = ["food_preparation", "driving", "first_aid"] };
        var features = Build(Sam, opportunity);

        var explanation = MatchExplainer.Explain(features, Sam, opportunity, Cafe, Soc);

        var terms = RuleScorer.Terms(features);
        Assert.All(explanation.Lines, l => Assert.Equal(terms[(int)l.Factor], l.Contribution));
        Assert.All(explanation.Lines.Where(l => l.IsReason), l => Assert.True(l.Contribution > 0));
        Assert.Equal(RuleScorer.ScoreOne(features), terms.Sum(), 4);
        Assert.DoesNotContain(explanation.Reasons, r => r.Contains("skills asked for", StringComparison.Ordinal));
        Assert.Contains("Asks for food preparation, driving, first aid, not among Sam's skills", explanation.Blockers);
        // The interest (3) moved the rule score most, so it comes first.
        Assert.Equal("The kind of work Sam wants most", explanation.Reasons[0]);
    }

    [Fact]
    public void JourneyMinutes_AreRoundedOneWay()
    {
        Assert.Equal(40, Journey.RoundedMinutes(41.2));
        Assert.Equal(45, Journey.RoundedMinutes(42.5));
        Assert.Equal(5, Journey.RoundedMinutes(1));
    }
}
