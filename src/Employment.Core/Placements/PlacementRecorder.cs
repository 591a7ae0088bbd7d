using System.Globalization;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Placements;

/// <summary>
/// The one writer of placement steps on the site: a coach's proposal (a new placement at introduced) and each next step
/// after checking it, all in one save: the event, the new stage, the follow-ups a start creates or an end closes, and the
/// audit entry. A refused step changes nothing. (The interchange importer loads history in bulk by its own SQL.)
/// </summary>
public sealed class PlacementRecorder(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    public const decimal MostHoursPerWeek = 48;
    public const int MostReasonLength = 500;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The placement with what checking a step needs, tracked so a step can be added to it.</summary>
    public Task<Placement?> FindAsync(Guid placementId) =>
        db.Placements
            .Include(p => p.Events)
            .Include(p => p.FollowUps)
            .Include(p => p.JobSeeker)
            .Include(p => p.Opportunity)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == placementId);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    /// <summary>
    /// A coach proposes a person for an opportunity: a placement at introduced, dated the day it happened (today unless
    /// told). Null when proposed; otherwise why not, in words for the coach (a problem with the date is on "IntroducedOn").
    /// </summary>
    public async Task<Problem?> ProposeAsync(JobSeeker person, Opportunity opportunity, Guid? coachId, DateOnly? introducedOn = null)
    {
        var day = introducedOn ?? Today;
        if (CheckProposalDate(person, day) is { } wrongDate)
        {
            return wrongDate;
        }
        if (await db.Placements.AnyAsync(p => p.JobSeekerId == person.Id && p.OpportunityId == opportunity.Id && PlacementPipeline.Active.Contains(p.Stage)))
        {
            return Problem.ForPage($"{person.FirstName} has already been proposed for {opportunity.Title}");
        }
        var now = clock.GetUtcNow();
        db.Placements.Add(new Placement
        {
            JobSeekerId = person.Id,
            OpportunityId = opportunity.Id,
            Stage = PlacementEventType.Introduced,
            CreatedAt = now,
            Events =
            [
                new PlacementEvent
                {
                    Type = PlacementEventType.Introduced,
                    OccurredOn = day,
                    RecordedById = coachId,
                    RecordedAt = now,
                },
            ],
        });
        audit.Add(person.Id, coachId, AuditLog.Changed, $"Proposed for {opportunity.Title}");
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>A proposal's date: not in the future, not before the person joined the service.</summary>
    public Problem? CheckProposalDate(JobSeeker person, DateOnly introducedOn) =>
        WhenItHappened.Check("IntroducedOn", introducedOn, Today,
            (WhenItHappened.JoinedOn(person.CreatedAt, clock), $"{person.DisplayName} joined the service"));

    public IReadOnlyList<Problem> Check(Placement placement, PlacementStep step)
    {
        if (!PlacementPipeline.Allows(placement.Stage, step.Type))
        {
            return [new Problem("", PlacementPipeline.Refusal(placement.Stage, step.Type))];
        }
        var problems = new List<Problem>();
        var previous = placement.Events.OrderBy(e => e.OccurredOn).ThenBy(e => e.Id).LastOrDefault();
        if (step.OccurredOn > Today)
        {
            problems.Add(new("OccurredOn", WhenItHappened.NotInTheFuture));
        }
        else if (previous is not null && step.OccurredOn < previous.OccurredOn)
        {
            problems.Add(new("OccurredOn", $"The date must be on or after {previous.OccurredOn.ToString("d MMMM yyyy", English)}, when the last step ({PlacementPipeline.StepLabel(previous.Type).ToLowerInvariant()}) happened"));
        }
        switch (step.Type)
        {
            case PlacementEventType.Started:
                problems.AddRange(CheckStart(placement, step));
                break;
            case PlacementEventType.Ended:
                if (step.Reason is null || EndReasons.All.All(r => r.Value != step.Reason))
                {
                    problems.Add(new("Reason", "Select why the placement ended"));
                }
                else if (step.Reason == EndReasons.Other && string.IsNullOrWhiteSpace(step.OtherReason))
                {
                    problems.Add(new("OtherReason", "Say why the placement ended"));
                }
                else if (step.OtherReason?.Trim().Length > MostReasonLength - 10)
                {
                    problems.Add(new("OtherReason", "The reason must be 490 characters or fewer"));
                }
                break;
            case PlacementEventType.Declined or PlacementEventType.Rejected:
                if (string.IsNullOrWhiteSpace(step.Reason))
                {
                    problems.Add(new("Reason", step.Type == PlacementEventType.Declined ? "Say why the person said no" : "Say why the employer said no"));
                }
                else if (step.Reason.Trim().Length > MostReasonLength)
                {
                    problems.Add(new("Reason", $"The reason must be {MostReasonLength} characters or fewer"));
                }
                break;
        }
        return problems;
    }

    /// <summary>Checks and records the step; returns the problems instead when there are any, having changed nothing.</summary>
    public async Task<IReadOnlyList<Problem>> RecordAsync(Placement placement, PlacementStep step, Guid userId)
    {
        var problems = Check(placement, step);
        if (problems.Count > 0)
        {
            return problems;
        }
        var started = step.Type == PlacementEventType.Started;
        var unpaid = placement.Opportunity!.Kind.IsPaid() is false;
        var recorded = new PlacementEvent
        {
            PlacementId = placement.Id,
            Type = step.Type,
            OccurredOn = step.OccurredOn,
            HoursPerWeek = started ? step.HoursPerWeek : null,
            HourlyPay = started && !unpaid ? step.HourlyPay : null,
            Reason = step.Type switch
            {
                PlacementEventType.Ended => EndReasons.Describe(step.Reason, step.OtherReason),
                PlacementEventType.Declined or PlacementEventType.Rejected => step.Reason!.Trim(),
                _ => null,
            },
            RecordedById = userId,
            RecordedAt = clock.GetUtcNow(),
        };
        db.PlacementEvents.Add(recorded);
        placement.Stage = step.Type;
        if (started)
        {
            await AddFollowUpsAsync(placement, step.OccurredOn);
        }
        if (step.Type == PlacementEventType.Ended)
        {
            foreach (var followUp in placement.FollowUps.Where(f => f.IsOpen && f.DueOn > step.OccurredOn))
            {
                followUp.NotNeeded = true;
            }
        }
        audit.Add(placement.JobSeekerId, userId, AuditLog.Changed, $"Placement: {PlacementPipeline.StepLabel(step.Type).ToLowerInvariant()}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another step was saved for this placement between reading it and saving this one: nothing of this one was saved.
            return [new Problem("", SomeoneElseRecordedAStep)];
        }
        return [];
    }

    public const string SomeoneElseRecordedAStep =
        "Someone recorded a step for this placement at the same moment, so nothing from this form was saved. Check the history and record the step again if it is still needed.";

    /// <summary>The plan of the person's council, or the default when it has none.</summary>
    public async Task<FollowUpPlan> PlanForAsync(int localAuthorityId) =>
        await db.Set<FollowUpPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.LocalAuthorityId == localAuthorityId) ?? FollowUpPlan.Default;

    private async Task AddFollowUpsAsync(Placement placement, DateOnly startedOn)
    {
        var plan = await PlanForAsync(placement.JobSeeker!.LocalAuthorityId);
        var opportunity = placement.Opportunity!;
        foreach (var (kind, dueOn) in FollowUpSchedule.For(plan, startedOn, opportunity.Kind, opportunity.InternshipLengthMonths))
        {
            db.FollowUps.Add(new FollowUp { PlacementId = placement.Id, Kind = kind, DueOn = dueOn });
        }
    }

    private IEnumerable<Problem> CheckStart(Placement placement, PlacementStep step)
    {
        if (step.HoursPerWeek is not { } hours)
        {
            yield return new("HoursPerWeek", "Enter the hours a week agreed");
        }
        else if (hours <= 0)
        {
            yield return new("HoursPerWeek", "Hours a week must be more than 0");
        }
        else if (hours > MostHoursPerWeek)
        {
            yield return new("HoursPerWeek", $"Hours a week must be {MostHoursPerWeek:0} or fewer");
        }
        else if (decimal.Round(hours, 1) != hours)
        {
            yield return new("HoursPerWeek", "Hours a week can have one number after the decimal point at most, like 37.5");
        }

        var kind = placement.Opportunity!.Kind;
        if (!kind.IsPaid())
        {
            yield break;
        }
        if (step.HourlyPay is not { } pay)
        {
            yield return new("HourlyPay", $"Enter the hourly pay: {kind.Label().ToLowerInvariant()} must pay at least the minimum wage");
            yield break;
        }
        var age = placement.JobSeeker!.AgeOn(step.OccurredOn);
        var band = MinimumWage.BandFor(age, apprentice: kind == OpportunityKind.Apprenticeship);
        var least = MinimumWage.For(band, step.OccurredOn);
        if (pay < least)
        {
            yield return new("HourlyPay", $"Hourly pay must be at least £{least:0.00}: the minimum wage on {step.OccurredOn.ToString("d MMMM yyyy", English)} for {band.Label().ToLowerInvariant()}");
        }
        else if (decimal.Round(pay, 2) != pay)
        {
            yield return new("HourlyPay", "Hourly pay must be in pounds and pence, like 12.71");
        }
    }
}
