using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;

namespace Employment.Core.Contacts;

/// <summary>
/// The one definition of "the person's last contact day": the latest of a contact in the log where they were reached,
/// a completed follow-up, and a placement step. A case note or a contact that could not reach them is not contact.
/// </summary>
public static class LastContact
{
    public sealed record ContactDay
    {
        public Guid JobSeekerId { get; init; }
        public DateOnly Day { get; init; }
    }

    /// <summary>Every day each person was in contact, one row per fact (a person may appear many times).</summary>
    public static IQueryable<ContactDay> Days(EmploymentDbContext db) =>
        db.ContactEntries.Where(c => c.Outcome == ContactOutcome.Reached).Select(c => new { c.JobSeekerId, Day = c.OccurredOn })
            .Concat(db.FollowUps.Where(f => f.CompletedOn != null).Select(f => new { f.Placement!.JobSeekerId, Day = f.CompletedOn!.Value }))
            .Concat(db.PlacementEvents.Select(e => new { e.Placement!.JobSeekerId, Day = e.OccurredOn }))
            .Select(c => new ContactDay { JobSeekerId = c.JobSeekerId, Day = c.Day });

    /// <summary>Each person's last contact day (people never in contact have no row).</summary>
    public static IQueryable<ContactDay> LastDays(EmploymentDbContext db) =>
        Days(db).GroupBy(c => c.JobSeekerId).Select(g => new ContactDay { JobSeekerId = g.Key, Day = g.Max(c => c.Day) });

    /// <summary>The person's last contact day, or null if they have never been in contact.</summary>
    public static IQueryable<DateOnly?> For(EmploymentDbContext db, Guid jobSeekerId) =>
        Days(db).Where(c => c.JobSeekerId == jobSeekerId).GroupBy(c => c.JobSeekerId).Select(g => (DateOnly?)g.Max(c => c.Day));

    /// <summary>People with no contact on or after <paramref name="since"/> ("no contact for N weeks": since = today − N weeks).</summary>
    public static IQueryable<JobSeeker> NoContactSince(this IQueryable<JobSeeker> people, EmploymentDbContext db, DateOnly since) =>
        people.Where(j => !Days(db).Any(c => c.JobSeekerId == j.Id && c.Day >= since));
}
