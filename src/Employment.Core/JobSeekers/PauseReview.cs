using System.Linq.Expressions;

namespace Employment.Core.JobSeekers;

/// <summary>Paused people whose look-again date has come: the coach should decide whether they start looking again.</summary>
public static class PauseReview
{
    public static Expression<Func<JobSeeker, bool>> IsDue(DateOnly today) =>
        j => j.PausedOn != null && j.LookAgainOn != null && j.LookAgainOn <= today;

    public static IQueryable<JobSeeker> LookAgainDue(this IQueryable<JobSeeker> people, DateOnly today) => people.Where(IsDue(today));

    public static bool IsDueFor(JobSeeker person, DateOnly today) => person.PausedOn is not null && person.LookAgainOn is { } day && day <= today;
}
