using Employment.Matching.Data;
using Employment.Matching.Features;
using Employment.Matching.Labels;

namespace Employment.Matching.Training;

/// <summary>Every (candidate, vacancy) with a placement history, labelled and featured; pairs naming unknown ids are skipped.</summary>
public static class TrainingSetBuilder
{
    public static IReadOnlyList<FeaturedPair> Build(MatchingData data, SocHierarchy soc)
    {
        var pairs = new List<FeaturedPair>();
        foreach (var pair in PairLabeller.Label(data.Events))
        {
            if (!data.Candidates.TryGetValue(pair.CandidateId, out var profile)
                || !data.Opportunities.TryGetValue(pair.VacancyId, out var opportunity)
                || !data.Employers.TryGetValue(opportunity.EmployerId, out var employer))
            {
                continue;
            }
            // The features as the coach saw them when proposing the match, not as they are today.
            pairs.Add(new FeaturedPair(pair, FeatureBuilder.Build(profile, opportunity, employer, pair.ProposedOn, soc)));
        }
        return pairs;
    }
}
