using Employment.Core.Data;
using Employment.Core.Matching;
using Employment.Matching.Data;
using Employment.Matching.Features;
using Employment.Matching.Input;
using Employment.Matching.Labels;
using Microsoft.EntityFrameworkCore;

namespace Employment.Matching.Training;

/// <summary>
/// The labelled pairs in the database: placement histories labelled exactly as an interchange dataset is (the
/// same <see cref="TrainingSetBuilder"/>), plus "not suitable" verdicts as grade-0 pairs: coaches' and the job
/// seeker's own "Not for me" alike (match_feedback.source tells them apart; decision 0021).
/// </summary>
public static class DatabaseTrainingSet
{
    public static async Task<IReadOnlyList<FeaturedPair>> LoadAsync(EmploymentDbContext db, SocHierarchy soc, CancellationToken cancellationToken = default) =>
        (await LoadWithEmployersAsync(db, soc, cancellationToken)).Pairs;

    /// <summary>The pairs, and every employer's record counting all its placements (what a model trained on them carries).</summary>
    public static async Task<(IReadOnlyList<FeaturedPair> Pairs, EmployerRecords Employers)> LoadWithEmployersAsync(EmploymentDbContext db, SocHierarchy soc,
        CancellationToken cancellationToken = default)
    {
        var seekers = await db.JobSeekers.AsNoTracking()
            .Where(s => db.Placements.Any(p => p.JobSeekerId == s.Id) || db.MatchFeedback.Any(f => f.JobSeekerId == s.Id && f.Verdict == MatchFeedback.NotSuitable))
            .ToListAsync(cancellationToken);
        var opportunities = await db.Opportunities.AsNoTracking().Include(o => o.Employer)
            .Where(o => db.Placements.Any(p => p.OpportunityId == o.Id) || db.MatchFeedback.Any(f => f.OpportunityId == o.Id && f.Verdict == MatchFeedback.NotSuitable))
            .ToListAsync(cancellationToken);
        var events = await db.PlacementEvents.AsNoTracking()
            .Select(e => new { e.Placement!.JobSeekerId, e.Placement.OpportunityId, e.Type, e.OccurredOn })
            .ToListAsync(cancellationToken);
        var verdicts = await db.MatchFeedback.AsNoTracking().Where(f => f.Verdict == MatchFeedback.NotSuitable)
            .Select(f => new { f.JobSeekerId, f.OpportunityId, f.RecordedAt })
            .ToListAsync(cancellationToken);

        var seekerIds = seekers.ToDictionary(s => s.Id, s => s.ToProfile().Id);
        var opportunityIds = opportunities.ToDictionary(o => o.Id, o => o.ToFacts().Id);
        var data = new MatchingData
        {
            Candidates = seekers.Select(s => s.ToProfile()).ToDictionary(p => p.Id, StringComparer.Ordinal),
            Opportunities = opportunities.Select(o => o.ToFacts()).ToDictionary(o => o.Id, StringComparer.Ordinal),
            Employers = opportunities.Select(o => o.Employer!).DistinctBy(e => e.Id).Select(e => e.ToFacts()).ToDictionary(e => e.Id, StringComparer.Ordinal),
            Events = events.Select(e => (seekerIds[e.JobSeekerId], opportunityIds[e.OpportunityId], e.Type, e.OccurredOn)).ToList(),
        };
        var labelled = PairLabeller.Label(data.Events);
        var history = EmployerHistory.From(labelled, data.Opportunities);
        var pairs = TrainingSetBuilder.Build(data, labelled, history, soc).ToList();

        // A placement says more than a verdict: a pair the coach called unsuitable but proposed anyway keeps its placement grade.
        var placed = pairs.Select(p => (p.Pair.CandidateId, p.Pair.VacancyId)).ToHashSet();
        foreach (var verdict in verdicts.OrderBy(v => v.RecordedAt))
        {
            var key = (seekerIds[verdict.JobSeekerId], opportunityIds[verdict.OpportunityId]);
            if (!placed.Add(key))
            {
                continue;
            }
            var day = DateOnly.FromDateTime(verdict.RecordedAt.UtcDateTime);
            var opportunity = data.Opportunities[key.Item2];
            pairs.Add(new FeaturedPair(new LabelledPair(key.Item1, key.Item2, PlacementGrade.NoFurther, day),
                FeatureBuilder.Build(data.Candidates[key.Item1], opportunity, data.Employers[opportunity.EmployerId], day, soc,
                    history.Before(opportunity.EmployerId, day))));
        }
        // The trainer groups rows by person, so keep each person's pairs together in the labeller's order.
        return (pairs.OrderBy(p => p.Pair.CandidateId, StringComparer.Ordinal).ThenBy(p => p.Pair.VacancyId, StringComparer.Ordinal).ToList(), history.Latest());
    }
}
