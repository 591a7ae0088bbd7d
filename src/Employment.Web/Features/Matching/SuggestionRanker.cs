using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Features;
using Employment.Matching.Input;
using EmployerEntity = Employment.Core.Employers.Employer;

namespace Employment.Web.Features.Matching;

/// <summary>Builds features for candidate pairs exactly as training does, scores them, keeps the best and explains only those.</summary>
public static class SuggestionRanker
{
    public const int Shown = 20;

    public static async Task<RankedSuggestions> RankAsync(IReadOnlyList<(JobSeeker Person, Opportunity Opportunity)> pairs, IPageScorer scorer, DateOnly today, CancellationToken cancellationToken)
    {
        var soc = SocHierarchy.FromReference();
        var inputs = Inputs(pairs);
        var features = new MatchFeatures[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            features[i] = FeatureBuilder.Build(inputs[i].Profile, inputs[i].Facts, inputs[i].Employer, today, soc);
        }
        var scored = await scorer.ScoreAsync(features, cancellationToken);
        var best = Enumerable.Range(0, inputs.Length)
            .OrderByDescending(i => scored.Scores[i])
            .ThenBy(i => pairs[i].Opportunity.Title, StringComparer.Ordinal)
            .ThenBy(i => pairs[i].Person.FirstName, StringComparer.Ordinal)
            .Take(Shown)
            .Select(i => new Suggestion(pairs[i].Person, pairs[i].Opportunity, scored.Scores[i], (int)Math.Round(features[i].JourneyMinutes),
                MatchExplainer.Explain(features[i], inputs[i].Profile, inputs[i].Facts, inputs[i].Employer, soc)))
            .ToList();
        return new RankedSuggestions(best, scored.RankedBy);
    }

    /// <summary>The ranker's input for each pair; a person, opportunity or employer repeated across pairs (one side of every page is) is mapped once.</summary>
    private static (CandidateProfile Profile, OpportunityFacts Facts, EmployerFacts Employer)[] Inputs(IReadOnlyList<(JobSeeker Person, Opportunity Opportunity)> pairs)
    {
        var profiles = new Dictionary<JobSeeker, CandidateProfile>(ReferenceEqualityComparer.Instance);
        var opportunities = new Dictionary<Opportunity, (OpportunityFacts, EmployerFacts)>(ReferenceEqualityComparer.Instance);
        var employers = new Dictionary<EmployerEntity, EmployerFacts>(ReferenceEqualityComparer.Instance);
        var inputs = new (CandidateProfile, OpportunityFacts, EmployerFacts)[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            var (person, opportunity) = pairs[i];
            if (!profiles.TryGetValue(person, out var profile))
            {
                profiles[person] = profile = person.ToProfile();
            }
            if (!opportunities.TryGetValue(opportunity, out var facts))
            {
                if (!employers.TryGetValue(opportunity.Employer!, out var employer))
                {
                    employers[opportunity.Employer!] = employer = opportunity.Employer!.ToFacts();
                }
                opportunities[opportunity] = facts = (opportunity.ToFacts(), employer);
            }
            inputs[i] = (profile, facts.Item1, facts.Item2);
        }
        return inputs;
    }
}
