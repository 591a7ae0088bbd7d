using System.Globalization;
using Employment.Matching.Data;
using Employment.Matching.Features;
using Employment.Matching.Scoring;
using Employment.Matching.Training;

namespace Employment.Matching.ProvingGround;

/// <summary>NDCG@5/@10 on a generated world's new people for random order, the rule scorer, a model and the hidden utility.</summary>
public sealed record WorldGrade(ScorerMetrics Random, ScorerMetrics Rule, ScorerMetrics Model, ScorerMetrics Best)
{
    /// <summary>(model − rule) / (best − rule): the share of the rule scorer's headroom the model captured.</summary>
    public double HeadroomAt5 => (Model.NdcgAt5 - Rule.NdcgAt5) / (Best.NdcgAt5 - Rule.NdcgAt5);

    public double HeadroomAt10 => (Model.NdcgAt10 - Rule.NdcgAt10) / (Best.NdcgAt10 - Rule.NdcgAt10);

    public static WorldGrade Of(string worldFolder, IMatchScorer model)
    {
        var data = MatchingDatasetReader.Read(worldFolder);
        var truth = File.ReadLines(Path.Combine(worldFolder, WorldFiles.NewPeopleTruth)).Skip(1)
            .Select(line => line.Split(','))
            .Select(c => (CandidateId: c[0], VacancyId: c[1], Grade: int.Parse(c[2], CultureInfo.InvariantCulture), Utility: double.Parse(c[3], CultureInfo.InvariantCulture)))
            .ToList();
        var pairs = truth.Select(t => (t.CandidateId, t.VacancyId)).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var soc = SocHierarchy.FromReference();
        ScorerMetrics Measure(string name, float[] scores)
        {
            var groups = truth.Select((t, i) => (t.CandidateId, t.Grade, Score: scores[i]))
                .GroupBy(x => x.CandidateId, StringComparer.Ordinal)
                .Select(g => ((IReadOnlyList<int>)g.Select(x => x.Grade).ToList(), (IReadOnlyList<float>)g.Select(x => x.Score).ToList()))
                .ToList();
            return new ScorerMetrics(name, Ndcg.Mean(5, groups), Ndcg.Mean(10, groups));
        }
        var features = PairScorer.Features(data, pairs, today, soc);
        return new WorldGrade(
            Measure(RankerTrainer.RandomName, new RandomScorer(7).Score(features)),
            Measure(RuleScorer.RuleName, new RuleScorer().Score(features)),
            Measure(model.Name, model.Score(features)),
            Measure("Best possible (hidden utility)", truth.Select(t => (float)t.Utility).ToArray()));
    }
}
