using Employment.Matching.Data;
using Employment.Matching.Features;
using Employment.Matching.Labels;

namespace Employment.Matching.Training;

/// <summary>Every (candidate, vacancy) with a placement history, labelled and featured; pairs naming unknown ids are skipped.</summary>
public static class TrainingSetBuilder
{
    public static IReadOnlyList<FeaturedPair> Build(MatchingData data, SocHierarchy soc)
    {
        var labelled = PairLabeller.Label(data.Events);
        return Build(data, labelled, EmployerHistory.From(labelled, data.Opportunities), soc);
    }

    /// <param name="labelled">The data's events labelled by <see cref="PairLabeller"/>.</param>
    /// <param name="history">The employers' records from those same pairs.</param>
    public static IReadOnlyList<FeaturedPair> Build(MatchingData data, IReadOnlyList<LabelledPair> labelled, EmployerHistory history, SocHierarchy soc)
    {
        var pairs = new List<FeaturedPair>();
        foreach (var pair in labelled)
        {
            if (!data.Candidates.TryGetValue(pair.CandidateId, out var profile)
                || !data.Opportunities.TryGetValue(pair.VacancyId, out var opportunity)
                || !data.Employers.TryGetValue(opportunity.EmployerId, out var employer))
            {
                continue;
            }
            // The features as the coach saw them when proposing the match, not as they are today.
            pairs.Add(new FeaturedPair(pair, FeatureBuilder.Build(profile, opportunity, employer, pair.ProposedOn, soc,
                history.Before(employer.Id, pair.ProposedOn))));
        }
        return pairs;
    }
}
