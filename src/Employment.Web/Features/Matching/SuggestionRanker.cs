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

    /// <summary>
    /// The ranker's input for each pair. One side of every page is one object repeated (the person on Matches, the
    /// opportunity on People), so it is mapped once by comparing with the pair before; employers are shared across
    /// opportunities, so they are mapped once each. No map keyed by every pair: at 2,000 pairs its entries array
    /// outgrows 85,000 bytes, lands on the large object heap, which only a full collection frees, and keeps every
    /// candidate of the page alive through the collections in between (measured: 10 to 20 MB kept per collection,
    /// pauses of 20 to 45 ms; decision 0026).
    /// </summary>
    private static (CandidateProfile Profile, OpportunityFacts Facts, EmployerFacts Employer)[] Inputs(IReadOnlyList<(JobSeeker Person, Opportunity Opportunity)> pairs)
    {
        var employers = new Dictionary<EmployerEntity, EmployerFacts>(ReferenceEqualityComparer.Instance);
        var inputs = new (CandidateProfile, OpportunityFacts, EmployerFacts)[pairs.Count];
        (JobSeeker? Person, CandidateProfile? Profile) lastPerson = default;
        (Opportunity? Opportunity, OpportunityFacts? Facts, EmployerFacts? Employer) last = default;
        for (var i = 0; i < pairs.Count; i++)
        {
            var (person, opportunity) = pairs[i];
            if (!ReferenceEquals(person, lastPerson.Person))
            {
                lastPerson = (person, person.ToProfile());
            }
            if (!ReferenceEquals(opportunity, last.Opportunity))
            {
                if (!employers.TryGetValue(opportunity.Employer!, out var employer))
                {
                    employers[opportunity.Employer!] = employer = opportunity.Employer!.ToFacts();
                }
                last = (opportunity, opportunity.ToFacts(), employer);
            }
            inputs[i] = (lastPerson.Profile!, last.Facts!, last.Employer!);
        }
        return inputs;
    }
}
