using Employment.Core.Data;

namespace Employment.Core.AccessToWork;

/// <summary>
/// Awards whose renewal is due: from 8 weeks before the renewal date until the award ends, unless the person has applied
/// again since. One definition for the coach's home page and the reminder emails.
/// </summary>
public static class AccessToWorkRenewals
{
    public const int ReminderWeeks = 8;

    public static IQueryable<AccessToWorkApplication> RenewalsDue(this EmploymentDbContext db, DateOnly today)
    {
        var horizon = today.AddDays(ReminderWeeks * 7);
        return db.AccessToWorkApplications.Where(a => a.Decision == AccessToWorkDecision.Awarded
            && a.RenewalDueOn != null && a.RenewalDueOn <= horizon && a.AwardTo >= today
            && a.JobSeeker!.ErasedAt == null
            && !db.AccessToWorkApplications.Any(later => later.JobSeekerId == a.JobSeekerId && later.Id != a.Id
                && later.AppliedOn >= a.AppliedOn && later.RecordedAt > a.RecordedAt));
    }
}
