using System.Linq.Expressions;
using Employment.Core.Contacts;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Core.Casework;

/// <summary>
/// The one definition of "needs attention" (decision 0038): the coach's home page, the caseload (each row and the
/// totals), the person's record and the daily digest all ask here, and the answer is worked out in the database.
/// Each rule below is one expression, so changing what a reason means is one edit.
/// </summary>
public sealed class NeedsAttention(EmploymentDbContext db, TimeProvider clock, IOptions<AttentionOptions> options)
{
    /// <summary>"Due soon" is due today or in the 6 days after: a week's look ahead.</summary>
    public const int DueSoonDays = 7;

    /// <summary>The EHC plan's annual review shows as "review due" from this many weeks before it.</summary>
    public const int EhcReviewLeadWeeks = 8;

    /// <summary>
    /// The day the person's review falls due: 8 weeks before their EHC plan's next annual review, or for someone paused
    /// the day the coach chose to look again, whichever comes first. Unpausing clears the look-again day.
    /// </summary>
    public static readonly Expression<Func<JobSeeker, DateOnly?>> ReviewDay = j =>
        j.EhcNextReviewOn != null && (j.PausedOn == null || j.LookAgainOn == null || j.EhcNextReviewOn.Value.AddDays(-7 * EhcReviewLeadWeeks) < j.LookAgainOn)
            ? j.EhcNextReviewOn.Value.AddDays(-7 * EhcReviewLeadWeeks)
            : j.PausedOn != null ? j.LookAgainOn : null;

    /// <summary>
    /// No consent to share in force: never asked, not agreed or withdrawn. Each leaves the person out of employers'
    /// sight, so the coach sees it until the person agrees.
    /// </summary>
    public static readonly Expression<Func<JobSeeker, bool>> NoConsent = j => !j.ConsentToShare;

    /// <summary>A person the coach can act on: on their caseload and not erased.</summary>
    public IQueryable<JobSeeker> CaseloadOf(Guid coachId) => db.JobSeekers.Where(j => j.CoachId == coachId && j.ErasedAt == null);

    /// <summary>Today for every page: the site's local date.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public int NoContactWeeks => options.Value.NoContactWeeks;

    /// <summary>What needs attention for each of <paramref name="people"/> on <paramref name="today"/>, as a query.</summary>
    public IQueryable<PersonAttention> Of(IQueryable<JobSeeker> people, DateOnly today)
    {
        var soonUntil = today.AddDays(DueSoonDays - 1);
        var noContactSince = today.AddDays(-7 * NoContactWeeks);
        var joinedBefore = new DateTimeOffset(noContactSince.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var overdue = FollowUpsDue.OverdueOn(today);
        var dueSoon = FollowUpsDue.DueBetween(today, soonUntil);
        var atRisk = JobRisks.IsAtRisk;
        var unconfirmed = UnconfirmedJobs.IsUnconfirmed(today);
        Expression<Func<JobSeeker, DateOnly?, DateOnly?, bool, bool, PersonAttention>> rules = (j, lastContact, review, noConsent, employerSaysLeft) => new PersonAttention
        {
            JobSeekerId = j.Id,
            OverdueFollowUps = j.Placements.SelectMany(p => p.FollowUps).AsQueryable().Count(overdue),
            FollowUpsDueSoon = j.Placements.SelectMany(p => p.FollowUps).AsQueryable().Count(dueSoon),
            JobsAtRisk = j.Placements.AsQueryable().Count(atRisk),
            EmployerSaysLeft = employerSaysLeft,
            JobsUnconfirmed = j.Placements.AsQueryable().Count(unconfirmed),
            NoConsent = noConsent,
            // Someone paused is not looking for now; their look-again date brings them back instead.
            NoContact = j.PausedOn == null && (lastContact == null ? j.CreatedAt < joinedBefore : lastContact <= noContactSince),
            ReviewDue = review != null && review <= today,
            LastContactOn = lastContact,
        };
        return people.Select(Inline(rules, LastContact.DayOf(db), ReviewDay, NoConsent, SeekerStatuses.EmployerSaysLeft));
    }

    /// <summary>Only the people who need attention for some reason.</summary>
    public IQueryable<PersonAttention> Needing(IQueryable<JobSeeker> people, DateOnly today) =>
        Of(people, today).Where(a => a.OverdueFollowUps > 0 || a.EmployerSaysLeft || a.JobsAtRisk > 0 || a.JobsUnconfirmed > 0 || a.FollowUpsDueSoon > 0 || a.NoContact || a.ReviewDue || a.NoConsent);

    public async Task<AttentionTotals> TotalsAsync(IQueryable<JobSeeker> people, DateOnly today, CancellationToken cancellationToken = default) =>
        await Of(people, today)
            .GroupBy(_ => 1)
            .Select(g => new AttentionTotals(
                g.Count(a => a.OverdueFollowUps > 0 || a.EmployerSaysLeft || a.JobsAtRisk > 0 || a.JobsUnconfirmed > 0 || a.FollowUpsDueSoon > 0 || a.NoContact || a.ReviewDue || a.NoConsent),
                g.Count(a => a.OverdueFollowUps > 0),
                g.Count(a => a.EmployerSaysLeft),
                g.Count(a => a.JobsAtRisk > 0),
                g.Count(a => a.JobsUnconfirmed > 0),
                g.Count(a => a.FollowUpsDueSoon > 0),
                g.Count(a => a.NoContact),
                g.Count(a => a.ReviewDue),
                g.Count(a => a.NoConsent)))
            .FirstOrDefaultAsync(cancellationToken) ?? AttentionTotals.None;

    public async Task<IReadOnlyDictionary<Guid, PersonAttention>> ForPeopleAsync(IReadOnlyCollection<Guid> ids, DateOnly today, CancellationToken cancellationToken = default) =>
        await Of(db.JobSeekers.Where(j => ids.Contains(j.Id)), today).ToDictionaryAsync(a => a.JobSeekerId, cancellationToken);

    public async Task<PersonAttention> ForPersonAsync(Guid id, DateOnly today, CancellationToken cancellationToken = default) =>
        await Of(db.JobSeekers.Where(j => j.Id == id), today).FirstOrDefaultAsync(cancellationToken) ?? PersonAttention.Nothing(id);

    /// <summary>Puts each rule's expression in place of its parameter, so the whole definition is one query.</summary>
    private static Expression<Func<JobSeeker, PersonAttention>> Inline(
        Expression<Func<JobSeeker, DateOnly?, DateOnly?, bool, bool, PersonAttention>> rules,
        Expression<Func<JobSeeker, DateOnly?>> lastContact, Expression<Func<JobSeeker, DateOnly?>> review, Expression<Func<JobSeeker, bool>> noConsent,
        Expression<Func<JobSeeker, bool>> employerSaysLeft)
    {
        var person = rules.Parameters[0];
        Expression For(LambdaExpression rule) => Replace.In(rule.Body, rule.Parameters[0], person);
        var body = new Replace(new Dictionary<Expression, Expression>
        {
            [rules.Parameters[1]] = For(lastContact),
            [rules.Parameters[2]] = For(review),
            [rules.Parameters[3]] = For(noConsent),
            [rules.Parameters[4]] = For(employerSaysLeft),
        }).Visit(rules.Body)!;
        return Expression.Lambda<Func<JobSeeker, PersonAttention>>(body, person);
    }

    private sealed class Replace(Dictionary<Expression, Expression> replacements) : ExpressionVisitor
    {
        public static Expression In(Expression body, Expression from, Expression to) => new Replace(new() { [from] = to }).Visit(body)!;

        public override Expression? Visit(Expression? node) =>
            node is not null && replacements.TryGetValue(node, out var replacement) ? replacement : base.Visit(node);
    }
}
