using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Features;
using Employment.Matching.Input;
using EmployerEntity = Employment.Core.Employers.Employer;

namespace Employment.Matching.Ranking;

/// <summary>
/// Builds features for candidate pairs exactly as training does (<see cref="Build"/>); once they are scored, keeps the
/// best and explains only those (<see cref="Best"/>).
/// </summary>
internal static class SuggestionRanker
{
    public const int Shown = 20;

    /// <summary>The pairs with each one's ranker input and features, in the same order.</summary>
    public sealed record Built(
        IReadOnlyList<(JobSeeker Person, Opportunity Opportunity)> Pairs,
        (CandidateProfile Profile, OpportunityFacts Facts, EmployerFacts Employer, EmployerRecord Record)[] Inputs,
        MatchFeatures[] Features,
        SocHierarchy Soc);

    /// <param name="employers">The employers' records the scorer ranks with (<see cref="MatchRanker.BuildAndScoreAsync"/>).</param>
    public static Built Build(IReadOnlyList<(JobSeeker Person, Opportunity Opportunity)> pairs, DateOnly today, EmployerRecords employers)
    {
        var soc = SocHierarchy.FromReference();
        var inputs = Inputs(pairs, employers);
        var features = new MatchFeatures[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            features[i] = FeatureBuilder.Build(inputs[i].Profile, inputs[i].Facts, inputs[i].Employer, today, soc, inputs[i].Record);
        }
        return new Built(pairs, inputs, features, soc);
    }

    /// <summary>
    /// The best <see cref="Shown"/> pairs, best first, each explained by the scorer that ranked them (contributions are
    /// worked out for these few only, never the batch). With <paramref name="kindsWantedFirst"/>, pairs of a kind the
    /// person did not ask for come after every pair of a kind they did (decision 0047).
    /// </summary>
    public static RankedMatches Best(Built built, RankedScores scored, bool kindsWantedFirst = false)
    {
        var (pairs, inputs, features, soc) = built;
        var explainer = scored.Explainer;
        var best = Enumerable.Range(0, inputs.Length)
            .OrderByDescending(i => kindsWantedFirst ? features[i].KindWanted : 0)
            .ThenByDescending(i => scored.Scores[i])
            .ThenBy(i => pairs[i].Opportunity.Title, StringComparer.Ordinal)
            .ThenBy(i => pairs[i].Person.FirstName, StringComparer.Ordinal)
            .Take(Shown)
            .Select(i => new Suggestion(pairs[i].Person, pairs[i].Opportunity, scored.Scores[i], Journey.RoundedMinutes(features[i].JourneyMinutes),
                MatchExplainer.Explain(features[i], inputs[i].Profile, inputs[i].Facts, inputs[i].Employer, soc, explainer.Contributions(features[i]))))
            .ToList();
        return new RankedMatches(best, RankedByWords(scored), kindsWantedFirst);
    }

    /// <summary>"Ranked by model v3, trained on 6 December 2026", or "Ranked by the rule scorer (…)" when no model ranks.</summary>
    public static string RankedByWords(RankedScores scored) =>
        scored.ModelVersion is null ? $"Ranked by the {scored.RankedBy}"
        : scored.TrainedAt is { } trained ? $"Ranked by {scored.RankedBy}, trained on {trained.UtcDateTime.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}"
        : $"Ranked by {scored.RankedBy}";

    /// <summary>
    /// The ranker's input for each pair. One side of every page is one object repeated (the person on Matches, the
    /// opportunity on People), so it is mapped once by comparing with the pair before; employers are shared across
    /// opportunities, so they are mapped once each. No map keyed by every pair: at 2,000 pairs its entries array
    /// outgrows 85,000 bytes, lands on the large object heap, which only a full collection frees, and keeps every
    /// candidate of the page alive through the collections in between (measured: 10 to 20 MB kept per collection,
    /// pauses of 20 to 45 ms; decision 0026).
    /// </summary>
    private static (CandidateProfile Profile, OpportunityFacts Facts, EmployerFacts Employer, EmployerRecord Record)[] Inputs(
        IReadOnlyList<(JobSeeker Person, Opportunity Opportunity)> pairs, EmployerRecords records)
    {
        var employers = new Dictionary<EmployerEntity, (EmployerFacts Facts, EmployerRecord Record)>(ReferenceEqualityComparer.Instance);
        var inputs = new (CandidateProfile, OpportunityFacts, EmployerFacts, EmployerRecord)[pairs.Count];
        (JobSeeker? Person, CandidateProfile? Profile) lastPerson = default;
        (Opportunity? Opportunity, OpportunityFacts? Facts, (EmployerFacts Facts, EmployerRecord Record) Employer) last = default;
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
                    var facts = opportunity.Employer!.ToFacts();
                    employers[opportunity.Employer!] = employer = (facts, records.Of(facts.Id));
                }
                last = (opportunity, opportunity.ToFacts(), employer);
            }
            inputs[i] = (lastPerson.Profile!, last.Facts!, last.Employer.Facts!, last.Employer.Record);
        }
        return inputs;
    }
}
