using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Matching;
using Employment.Core.Opportunities;
using Employment.Matching.Candidates;
using Employment.Matching.Fairness;
using Employment.Matching.Ranking;
using Employment.Matching.Store;
using Employment.Matching.Training;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Matching;

/// <summary>
/// Matching, as the pages, the nightly job and the command line use it: candidates found in SQL, ranked by the current
/// model (or the rule scorer, which <see cref="MatchRanker"/> falls back to), the best explained; coaches' verdicts;
/// the retrain with its fairness report, and the latest report. One per request (it shares the request's DbContext);
/// the ranker behind it is one for the process.
/// </summary>
public sealed class MatchingService(EmploymentDbContext db, MatchRanker ranker, TimeProvider clock)
{
    /// <summary>The most candidates a page scores: the nearest ones (decision 0012).</summary>
    public const int MostCandidates = CandidateQuery.Nearest;

    /// <summary>How many suggestions a page shows, best first.</summary>
    public const int Shown = SuggestionRanker.Shown;

    /// <summary>For hosts without a service container (the command line): the service as the site's container makes it.</summary>
    public static MatchingService Create(EmploymentDbContext db, NpgsqlDataSource dataSource, TimeProvider clock) =>
        new(db, MatchingServiceCollectionExtensions.Ranker(dataSource, clock), clock);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    /// <summary>Open opportunities of approved employers: the only ones suggested or proposed.</summary>
    public IQueryable<Opportunity> OpenOpportunities() => new CandidateQuery(db).Open(Today);

    /// <summary>The best open opportunities for a person (the "Matches for" page, the person's own "Jobs for me").</summary>
    public async Task<RankedMatches> ForPersonAsync(JobSeeker person, MatchFilters filters, CancellationToken cancellationToken)
    {
        var opportunities = await OpportunitiesForAsync(person, filters);
        return await RankAsync(opportunities.Select(o => (person, o)).ToList(), cancellationToken, filters.KindsWantedFirst(person.PreferredKinds));
    }

    /// <summary>
    /// The best people among <paramref name="among"/> for an opportunity ("People for", an employer's suggested people);
    /// none when it is not open.
    /// </summary>
    public async Task<(bool IsOpen, RankedMatches Matches)> ForOpportunityAsync(Opportunity opportunity, IQueryable<JobSeeker> among, CancellationToken cancellationToken)
    {
        var query = new CandidateQuery(db);
        var isOpen = await query.Open(Today).AnyAsync(o => o.Id == opportunity.Id, cancellationToken);
        var people = isOpen ? await query.PeopleForAsync(opportunity, among, Today) : [];
        return (isOpen, await RankAsync(people.Select(p => (p, opportunity)).ToList(), cancellationToken));
    }

    /// <summary>The first step of <see cref="ForPersonAsync"/> on its own: the reachable candidates, nearest first.</summary>
    public Task<List<Opportunity>> OpportunitiesForAsync(JobSeeker person, MatchFilters filters) =>
        new CandidateQuery(db).OpportunitiesForAsync(person, filters, Today);

    /// <summary>The second step on its own: features built as training builds them, scored, the best kept and explained.</summary>
    /// <param name="kindsWantedFirst">Kinds the person asked for before the rest (decision 0047).</param>
    public async Task<RankedMatches> RankAsync(IReadOnlyList<(JobSeeker Person, Opportunity Opportunity)> pairs, CancellationToken cancellationToken, bool kindsWantedFirst = false)
    {
        var (built, scored) = await ranker.BuildAndScoreAsync(employers => SuggestionRanker.Build(pairs, Today, employers), b => b.Features, cancellationToken);
        return SuggestionRanker.Best(built, scored, kindsWantedFirst);
    }

    /// <summary>A coach's "not suitable": the pair is not suggested again, and training learns from it.</summary>
    public async Task RecordNotSuitableAsync(Guid personId, Guid opportunityId, Guid? coachId, string? reason)
    {
        db.MatchFeedback.Add(new MatchFeedback
        {
            JobSeekerId = personId,
            OpportunityId = opportunityId,
            GivenById = coachId,
            Verdict = MatchFeedback.NotSuitable,
            Reason = reason,
            RecordedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Learns from the database's placement history and coaches' verdicts, stores the model and promotes it if it earns
    /// it, then makes and stores the fairness report for the admin page.
    /// </summary>
    public async Task<Retrained> RetrainAsync(CancellationToken cancellationToken)
    {
        var outcome = await RankerRetrainer.RunAsync(db, new RankerOptions(), cancellationToken);
        var report = await new FairnessReports(db, clock).MakeAfterRetrainAsync(outcome.Stored.Version, cancellationToken);
        return new Retrained(outcome, report);
    }

    /// <summary>
    /// Whether a first model on today's features is wanted: none has been stored since the features last changed (none
    /// at all, or the newest was trained on older ones, which the site cannot use: decision 0097), and there is history
    /// to learn from.
    /// </summary>
    public async Task<bool> WantsFirstModelAsync(CancellationToken cancellationToken) =>
        !await new RankerModelStore(db).NewestReadsTodaysFeaturesAsync(cancellationToken)
        && (await db.Placements.AnyAsync(cancellationToken) || await db.MatchFeedback.AnyAsync(cancellationToken));

    /// <summary>
    /// Trains, stores (and promotes if it earns it) the first model with its fairness report, so a site that starts with
    /// history, or after an upgrade that changed the features, ranks by a model without waiting for the night (decisions
    /// 0064 and 0097). Idempotent across nodes: one holds a session lock while it trains and any other returns at once;
    /// once a model on today's features is stored, promoted or not, nothing is done. Null when nothing was done.
    /// </summary>
    public async Task<Retrained?> TrainFirstModelAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var mine = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({FirstModelLock}) AS \"Value\"").SingleAsync(cancellationToken);
            if (!mine)
            {
                return null;
            }
            try
            {
                return await WantsFirstModelAsync(cancellationToken) ? await RetrainAsync(cancellationToken) : null;
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({FirstModelLock})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const long FirstModelLock = 0x46697273744d6f64;

    /// <summary>The latest stored fairness report, for administrators.</summary>
    public Task<LatestFairness> LatestFairnessAsync(CancellationToken cancellationToken) =>
        new FairnessReports(db, clock).LatestAsync(cancellationToken);
}
