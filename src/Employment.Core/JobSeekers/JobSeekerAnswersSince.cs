using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.JobSeekers;

/// <summary>One answer as the coach reads it.</summary>
public sealed record AnswerForCoach(Guid JobSeekerId, string PersonName, string What, string? JobTitle, string? EmployerName, string? Words, bool CoachWasBeside, DateTimeOffset RecordedAt);

/// <summary>
/// What people said in their own view: for one person's record, or for a coach's daily digest ("answers since the
/// last digest for coach X"). Erased people are left out.
/// </summary>
public sealed class JobSeekerAnswersSince(EmploymentDbContext db)
{
    /// <summary>Answers recorded after <paramref name="since"/> and, when given, no later than <paramref name="until"/>.</summary>
    public Task<List<AnswerForCoach>> ForCoachAsync(Guid coachId, DateTimeOffset since, DateTimeOffset? until = null, CancellationToken cancellationToken = default) =>
        Query(db.JobSeekerAnswers.Where(a => a.JobSeeker!.CoachId == coachId && a.RecordedAt > since && (until == null || a.RecordedAt <= until)))
            .ToListAsync(cancellationToken);

    public Task<List<AnswerForCoach>> ForPersonAsync(Guid jobSeekerId, int latest = 20, CancellationToken cancellationToken = default) =>
        Query(db.JobSeekerAnswers.Where(a => a.JobSeekerId == jobSeekerId)).Take(latest).ToListAsync(cancellationToken);

    private IQueryable<AnswerForCoach> Query(IQueryable<JobSeekerAnswer> answers) =>
        from a in answers.AsNoTracking()
        where a.JobSeeker!.ErasedAt == null
        join o in db.Opportunities on a.OpportunityId equals o.Id into jobs
        from o in jobs.DefaultIfEmpty()
        orderby a.RecordedAt descending, a.Id descending
        select new AnswerForCoach(a.JobSeekerId, a.JobSeeker!.FirstName + " " + a.JobSeeker.LastName,
            JobSeekerAnswer.Describe(a.Kind, a.Reason),
            o == null ? null : o.Title, o == null ? null : o.Employer!.Name, a.Words, a.CoachBesideId != null, a.RecordedAt);
}
