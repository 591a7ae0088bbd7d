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
        (CandidateProfile Profile, OpportunityFacts Facts, EmployerFacts Employer)[] Inputs,
        MatchFeatures[] Features,
        SocHierarchy Soc);

    /// <param name="employers">The employers' records the scorer ranks with (<see cref="MatchRanker.BuildAndScoreAsync"/>).</param>
    public static Built Build(IReadOnlyList<(JobSeeker Person, Opportunity Opportunity)> pairs, DateOnly today, EmployerRecords employers)
    {
        var soc = SocHierarchy.FromReference();
        var (inputs, features) = InputsAndFeatures(pairs, employers, today, soc);
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
    /// The ranker's input and features for each pair. One side of every page is one object repeated (the person on
    /// Matches, the opportunity on People), so it is mapped once by comparing with the pair before; employers are
    /// shared across opportunities, so they are mapped, and their records looked up, once each. Nothing sized by the
    /// pairs may outgrow 85,000 bytes: it would land on the large object heap, which only a full collection frees, and
    /// keep every candidate of the page alive through the collections in between (decision 0026). So no map keyed by
    /// every pair, and the employer's record goes straight into the features rather than into each pair's input (at
    /// 2,000 pairs that made the inputs 96,000 bytes: page p95 27 → 55 ms, garbage-collection pauses 17 → 200 ms in
    /// the ranker benchmark).
    /// </summary>
    private static ((CandidateProfile, OpportunityFacts, EmployerFacts)[] Inputs, MatchFeatures[] Features) InputsAndFeatures(
        IReadOnlyList<(JobSeeker Person, Opportunity Opportunity)> pairs, EmployerRecords records, DateOnly today, SocHierarchy soc)
    {
        var employers = new Dictionary<EmployerEntity, (EmployerFacts Facts, EmployerRecord Record)>(ReferenceEqualityComparer.Instance);
        var inputs = new (CandidateProfile, OpportunityFacts, EmployerFacts)[pairs.Count];
        var features = new MatchFeatures[pairs.Count];
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
            inputs[i] = (lastPerson.Profile!, last.Facts!, last.Employer.Facts!);
            features[i] = FeatureBuilder.Build(lastPerson.Profile!, last.Facts!, last.Employer.Facts!, today, soc, last.Employer.Record);
        }
        return (inputs, features);
    }
}
