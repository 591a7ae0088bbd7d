using Employment.Matching.Features;
using Employment.Matching.Training;
using Employment.Tests.Matching.Store;

namespace Employment.Tests.Matching;

/// <summary>
/// "ranker train" measures its choice on held-out people, then fits the choice again on everyone for the model it
/// writes (decision 0087); the site's retrain keeps them out.
/// </summary>
public sealed class RefitOnEveryoneTests
{
    [Fact]
    public void TheRefitModel_LearnsFromTheHeldOutPeople_AndKeepsTheFiguresItsChoiceMeasured()
    {
        var pairs = JourneyDecides.Pairs(people: 150, pairsEach: 8, seed: 5);
        var options = JourneyDecides.Small;
        var heldOutIds = CandidateSplit.HeldOut(pairs.Select(p => p.Pair.CandidateId), options.HeldOutShare, options.Seed);
        // Only the held-out people's outcomes follow the support offered, so only a fit that saw them can order them.
        var world = pairs.Select(p => heldOutIds.Contains(p.Pair.CandidateId)
            ? p with { Pair = p.Pair with { Grade = 3 - (int)p.Features.SupportNotOffered } }
            : p).ToList();
        var heldOut = world.Where(p => heldOutIds.Contains(p.Pair.CandidateId)).ToList();

        var measuredOnly = RankerTrainer.Train(world, options);
        var refit = RankerTrainer.Train(world, options with { RefitOnEveryone = true });

        Assert.Equal(measuredOnly.Metrics, refit.Metrics);
        Assert.Equal(0, measuredOnly.Model.Info.RefitCandidates);
        Assert.Equal(world.Select(p => p.Pair.CandidateId).Distinct().Count(), refit.Model.Info.RefitCandidates);
        Assert.Equal(world.Count, refit.Model.Info.RefitPairs);
        var before = Evaluation.Measure(measuredOnly.Model, heldOut).NdcgAt10;
        var after = Evaluation.Measure(refit.Model, heldOut).NdcgAt10;
        Assert.True(after > before + 0.05, $"NDCG@10 on the held-out people: measured fit {before:0.000}, refit {after:0.000}.");
    }
}
