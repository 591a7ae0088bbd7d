using System.Globalization;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Placements;

/// <summary>An employer's answer to a milestone employment check, given through the emailed link.</summary>
public sealed class EmploymentCheckService(EmploymentDbContext db, TimeProvider clock)
{
    public static readonly Problem AlreadyAnswered = Problem.ForPage("This check has already been answered");

    /// <summary>
    /// Records the answer, completes the milestone follow-up and makes the answer a fact of the job's history (recorded by
    /// the employer link, so with no user): "still working" with hours other than those in force is an hours change that
    /// day; "no longer working" makes the person's work not known from that day (not counted in work) and gives the coach a
    /// check-in due today to confirm the end and its date, or that they are still working. Refused with
    /// <see cref="AlreadyAnswered"/> when another answer got there first.
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
        var placement = await db.Placements.Include(p => p.Events).SingleAsync(p => p.Id == check.PlacementId);
        if (placement.Stage == PlacementEventType.Started && AnswerAsFact(placement, stillWorking, hoursNow, today) is { } fact)
        {
            fact.PlacementId = placement.Id;
            fact.RecordedAt = now;
            db.PlacementEvents.Add(fact);
        }
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

    private static PlacementEvent? AnswerAsFact(Placement placement, bool stillWorking, decimal? hoursNow, DateOnly today)
    {
        if (!stillWorking)
        {
            return new PlacementEvent { Type = PlacementEventType.EmployerSaysLeft, OccurredOn = today };
        }
        var inForce = JobFacts.On(placement.Events, today);
        if (hoursNow is { } hours && decimal.Round(hours, 1) != inForce.HoursPerWeek)
        {
            return new PlacementEvent { Type = PlacementEventType.HoursChanged, OccurredOn = today, HoursPerWeek = decimal.Round(hours, 1) };
        }
        // Same hours: still a confirmation that they work there, which counts them in work again after an earlier "left".
        return inForce.EmployerSaysLeft ? new PlacementEvent { Type = PlacementEventType.StillWorking, OccurredOn = today } : null;
    }
}
