using System.Linq.Expressions;
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

    /// <summary>Each person's last contact day as an expression over the person, for queries that list people (needs attention).</summary>
    public static Expression<Func<JobSeeker, DateOnly?>> DayOf(EmploymentDbContext db)
    {
        var days = Days(db);
        return j => days.Where(c => c.JobSeekerId == j.Id).Max(c => (DateOnly?)c.Day);
    }

    /// <summary>The person's last contact day, or null if they have never been in contact.</summary>
    public static IQueryable<DateOnly?> For(EmploymentDbContext db, Guid jobSeekerId) =>
        Days(db).Where(c => c.JobSeekerId == jobSeekerId).GroupBy(c => c.JobSeekerId).Select(g => (DateOnly?)g.Max(c => c.Day));
}
