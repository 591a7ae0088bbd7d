using System.Globalization;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Placements;

/// <summary>An employer's answer to a milestone employment check, given through the emailed link.</summary>
public sealed class EmploymentCheckService(EmploymentDbContext db, TimeProvider clock)
{
    public static readonly Problem AlreadyAnswered = Problem.ForPage("This check has already been answered");

    /// <summary>
    /// Records the answer, completes the milestone follow-up and, when the person no longer works there, gives the coach a
    /// check-in due today. Refused with <see cref="AlreadyAnswered"/> when another answer got there first.
    /// </summary>
    public async Task<WriteResult<EmploymentCheck>> AnswerAsync(EmploymentCheck check, bool stillWorking, decimal? hoursNow, string firstName)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // Only an unanswered check is updated, so two answers racing each other record one outcome.
        var updated = await db.EmploymentChecks.Where(c => c.Id == check.Id && c.AnsweredAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AnsweredAt, now).SetProperty(c => c.StillEmployed, stillWorking)
                .SetProperty(c => c.HoursNow, stillWorking ? hoursNow : null).SetProperty(c => c.Source, EmploymentCheckSource.EmployerLink));
        if (updated == 0)
        {
            return WriteResult.Refused<EmploymentCheck>(AlreadyAnswered);
        }
        var followUp = await db.FollowUps.SingleAsync(f => f.Id == check.FollowUpId);
        followUp.CompletedOn ??= today;
        followUp.Notes ??= stillWorking ? $"Employer confirmed: still working, {hoursNow:0.#} hours a week" : "Employer said they no longer work there";
        if (!stillWorking)
        {
            // The coach decides what happens next (the stage is theirs to change): it shows as due on their list and digest.
            db.FollowUps.Add(new FollowUp
            {
                Id = Guid.NewGuid(), PlacementId = check.PlacementId, Kind = FollowUpKind.CoachCheckIn, DueOn = today,
                Notes = $"The employer said on {today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} that {firstName} no longer works there. Check what happened and update the placement.",
            });
        }
        await db.SaveChangesAsync();
        return WriteResult.Saved(check);
    }
}
