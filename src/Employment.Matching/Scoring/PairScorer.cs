using Employment.Matching.Data;
using Employment.Matching.Features;
using Employment.Matching.Labels;

namespace Employment.Matching.Scoring;

/// <summary>Scores given (candidate, vacancy) pairs of a dataset in their input order.</summary>
public static class PairScorer
{
    public static float[] Score(MatchingData data, IReadOnlyList<(string CandidateId, string VacancyId)> pairs, IMatchScorer scorer, DateOnly today, SocHierarchy soc) =>
        scorer.Score(Features(data, pairs, today, soc));

    /// <summary>Each pair's features, in input order, for scoring with one scorer or several.</summary>
    public static MatchFeatures[] Features(MatchingData data, IReadOnlyList<(string CandidateId, string VacancyId)> pairs, DateOnly today, SocHierarchy soc)
    {
        var unknown = new List<string>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var (candidateId, vacancyId) = pairs[i];
            if (!data.Candidates.ContainsKey(candidateId))
            {
                unknown.Add($"pairs line {i + 2}: candidate {candidateId} is not in the dataset's candidates.csv");
            }
            if (!data.Opportunities.ContainsKey(vacancyId))
            {
                unknown.Add($"pairs line {i + 2}: vacancy {vacancyId} is not in the dataset's vacancies.csv (or its employer is not in employers.csv)");
            }
        }
        if (unknown.Count > 0)
        {
            var shown = string.Join(Environment.NewLine, unknown.Take(20).Select(u => "  " + u));
            var more = unknown.Count > 20 ? $"{Environment.NewLine}  … and {unknown.Count - 20} more" : "";
            throw new DatasetUnreadableException($"{unknown.Count} id(s) in the pairs file are not in the dataset, so nothing was scored:{Environment.NewLine}{shown}{more}");
        }
        // Every pair is known: build the features on every core (FeatureBuilder is pure), each into its own slot.
        // The employers' records count every proposal the data holds: all were made before today.
        var employers = EmployerHistory.From(PairLabeller.Label(data.Events), data.Opportunities).Latest();
        var features = new MatchFeatures[pairs.Count];
        Parallel.For(0, pairs.Count, i =>
        {
            var (candidateId, vacancyId) = pairs[i];
            var opportunity = data.Opportunities[vacancyId];
            features[i] = FeatureBuilder.Build(data.Candidates[candidateId], opportunity, data.Employers[opportunity.EmployerId], today, soc,
                employers.Of(opportunity.EmployerId));
        });
        return features;
    }
}
