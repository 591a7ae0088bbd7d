using System.Globalization;
using Employment.Core.Audit;
using Employment.Core.Data;

namespace Employment.Core.JobSeekers;

/// <summary>Changes to a person's record outside their careers profile: pausing the search for work, and who their job coach is.</summary>
public sealed class JobSeekerRecordService(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>A paused person is not suggested for opportunities until they are resumed. The reason is required; the look-again date, if any, is today or later.</summary>
    public async Task<WriteResult<JobSeeker>> PauseAsync(JobSeeker person, PauseReason? reason, string? otherReason, DateOnly? lookAgainOn, Guid? changedById)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var problems = new List<Problem>();
        if (reason is null)
        {
            problems.Add(new("Reason", "Select why the person is not looking for now"));
        }
        else if (reason == PauseReason.Other && string.IsNullOrWhiteSpace(otherReason))
        {
            problems.Add(new("OtherReason", "Say why the person is not looking for now"));
        }
        else if (otherReason?.Trim().Length > PauseReasons.OtherMaxLength)
        {
            problems.Add(new("OtherReason", $"The reason must be {PauseReasons.OtherMaxLength} characters or fewer"));
        }
        if (lookAgainOn < today)
        {
            problems.Add(new("LookAgainOn", "The date to look again must be today or in the future"));
        }
        if (problems.Count > 0)
        {
            return WriteResult.Refused<JobSeeker>([.. problems]);
        }
        person.PausedOn ??= today;
        person.PauseReason = reason;
        person.PauseReasonOther = reason == PauseReason.Other ? otherReason!.Trim() : null;
        person.LookAgainOn = lookAgainOn;
        person.UpdatedAt = clock.GetUtcNow();
        var detail = $"Paused: {PauseReasons.Describe(reason, person.PauseReasonOther)}"
            + (lookAgainOn is { } day ? $"; look again on {day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}" : "");
        audit.Add(person.Id, changedById, AuditLog.Changed, detail);
        await db.SaveChangesAsync();
        return WriteResult.Saved(person);
    }

    /// <summary>The person is looking for work again: the pause, its reason and its look-again date are cleared.</summary>
    public async Task<WriteResult<JobSeeker>> ResumeAsync(JobSeeker person, Guid? changedById)
    {
        person.PausedOn = null;
        person.PauseReason = null;
        person.PauseReasonOther = null;
        person.LookAgainOn = null;
        person.UpdatedAt = clock.GetUtcNow();
        audit.Add(person.Id, changedById, AuditLog.Changed, "No longer paused");
        await db.SaveChangesAsync();
        return WriteResult.Saved(person);
    }
}
