using Employment.Matching.Data;
using Employment.Matching.Features;

namespace Employment.Matching.Scoring;

/// <summary>Scores given (candidate, vacancy) pairs of a dataset in their input order.</summary>
public static class PairScorer
{
    public static float[] Score(MatchingData data, IReadOnlyList<(string CandidateId, string VacancyId)> pairs, IMatchScorer scorer, DateOnly today, SocHierarchy soc)
    {
        var unknown = new List<string>();
        var features = new List<MatchFeatures>(pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            var (candidateId, vacancyId) = pairs[i];
            var hasCandidate = data.Candidates.TryGetValue(candidateId, out var profile);
            var hasVacancy = data.Opportunities.TryGetValue(vacancyId, out var opportunity);
            if (!hasCandidate)
            {
                unknown.Add($"pairs line {i + 2}: candidate {candidateId} is not in the dataset's candidates.csv");
            }
            if (!hasVacancy)
            {
                unknown.Add($"pairs line {i + 2}: vacancy {vacancyId} is not in the dataset's vacancies.csv (or its employer is not in employers.csv)");
            }
            if (hasCandidate && hasVacancy)
            {
                features.Add(FeatureBuilder.Build(profile!, opportunity!, data.Employers[opportunity!.EmployerId], today, soc));
            }
        }
        if (unknown.Count > 0)
        {
            var shown = string.Join(Environment.NewLine, unknown.Take(20).Select(u => "  " + u));
            var more = unknown.Count > 20 ? $"{Environment.NewLine}  … and {unknown.Count - 20} more" : "";
            throw new DatasetUnreadableException($"{unknown.Count} id(s) in the pairs file are not in the dataset, so nothing was scored:{Environment.NewLine}{shown}{more}");
        }
        return scorer.Score(features);
    }
}
