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
    public const decimal MostHourlyPay = 10_000;
    public const int MostReasonLength = 500;
    public const int MostRoleLength = 200;

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
        var alreadyProposed = Problem.ForPage($"{person.FirstName} has already been proposed for {opportunity.Title}");
        if (await db.Placements.AnyAsync(p => p.JobSeekerId == person.Id && p.OpportunityId == opportunity.Id && PlacementPipeline.Active.Contains(p.Stage)))
        {
            return alreadyProposed;
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
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Someone proposed the same pair between the check above and this save: the database kept theirs only.
            db.ChangeTracker.Clear();
            return alreadyProposed;
        }
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
        // An employer's "no longer working" is not a step the coach took: the end it asks for is usually dated before it.
        var previous = placement.Events.Where(e => e.Type is not (PlacementEventType.EmployerSaysLeft or PlacementEventType.EmployerWantsToMeet)).OrderBy(e => e.OccurredOn).ThenBy(e => e.Id).LastOrDefault();
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
            case PlacementEventType.HoursChanged or PlacementEventType.PayChanged or PlacementEventType.RoleChanged:
                problems.AddRange(CheckChange(placement, step));
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
            case PlacementEventType.EmployerWantsToMeet:
                if (CheckMeetingDay(step.MeetOn) is { } meetProblem)
                {
                    problems.Add(meetProblem);
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
        var unpaid = placement.Opportunity!.Kind.MayBePaid() is false;
        var recorded = new PlacementEvent
        {
            PlacementId = placement.Id,
            Type = step.Type,
            OccurredOn = step.OccurredOn,
            HoursPerWeek = started || step.Type == PlacementEventType.HoursChanged ? step.HoursPerWeek : null,
            HourlyPay = (started || step.Type == PlacementEventType.PayChanged) && !unpaid ? step.HourlyPay : null,
            Role = step.Type == PlacementEventType.RoleChanged ? step.Role!.Trim() : null,
            Reason = step.Type switch
            {
                PlacementEventType.Ended => EndReasons.Describe(step.Reason, step.OtherReason),
                PlacementEventType.Declined or PlacementEventType.Rejected => step.Reason!.Trim(),
                _ => null,
            },
            MeetOn = step.Type == PlacementEventType.EmployerWantsToMeet ? step.MeetOn : null,
            RecordedById = userId,
            RecordedAt = clock.GetUtcNow(),
        };
        db.PlacementEvents.Add(recorded);
        if (PlacementPipeline.KeepsStage(step.Type))
        {
            // Nothing on the placement row changes otherwise, and its xmin must still refuse a second step saved meanwhile.
            db.Entry(placement).Property(p => p.Stage).IsModified = true;
        }
        else
        {
            placement.Stage = step.Type;
        }
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
        if (CheckHours(step.HoursPerWeek, "Enter the hours a week agreed") is { } hoursProblem)
        {
            yield return hoursProblem;
        }

        var kind = placement.Opportunity!.Kind;
        if (!kind.IsPaid() && (!kind.MayBePaid() || step.HourlyPay is null))
        {
            yield break;
        }
        if (step.HourlyPay is null)
        {
            yield return new("HourlyPay", $"Enter the hourly pay: {kind.Label().ToLowerInvariant()} must pay at least the minimum wage");
            yield break;
        }
        if (CheckPay(placement, step.HourlyPay.Value, step.OccurredOn, step.OccurredOn) is { } problem)
        {
            yield return problem;
        }
    }

    private IEnumerable<Problem> CheckChange(Placement placement, PlacementStep step)
    {
        var now = JobFacts.On(placement.Events, step.OccurredOn);
        switch (step.Type)
        {
            case PlacementEventType.HoursChanged:
                if (CheckHours(step.HoursPerWeek, "Enter the new hours a week") is { } hoursProblem)
                {
                    yield return hoursProblem;
                }
                else if (step.HoursPerWeek == now.HoursPerWeek)
                {
                    yield return new("HoursPerWeek", $"The hours are already {now.HoursPerWeek:0.#} a week on that date. Enter the new hours");
                }
                break;
            case PlacementEventType.PayChanged:
                var kind = placement.Opportunity!.Kind;
                if (!kind.MayBePaid())
                {
                    yield return new("", $"{kind.Label()} is unpaid: there is no pay to change");
                }
                else if (step.HourlyPay is not { } pay)
                {
                    yield return new("HourlyPay", "Enter the new hourly pay");
                }
                else if (CheckPay(placement, pay, step.OccurredOn, JobFacts.StartedOn(placement.Events) ?? step.OccurredOn) is { } payProblem)
                {
                    yield return payProblem;
                }
                break;
            case PlacementEventType.RoleChanged:
                if (string.IsNullOrWhiteSpace(step.Role))
                {
                    yield return new("Role", "Enter the new job title or role");
                }
                else if (step.Role.Trim().Length > MostRoleLength)
                {
                    yield return new("Role", $"The job title or role must be {MostRoleLength} characters or fewer");
                }
                break;
        }
    }

    /// <summary>The longest ahead an employer may propose to meet: further off, the person's situation will have changed.</summary>
    public const int MostDaysAheadToMeet = 90;

    private Problem? CheckMeetingDay(DateOnly? meetOn) => meetOn switch
    {
        null => new("MeetOn", "Enter the day you would like to meet"),
        { } day when day < Today => new("MeetOn", "The day to meet must be today or later"),
        { } day when day > Today.AddDays(MostDaysAheadToMeet) => new("MeetOn", $"The day to meet must be within {MostDaysAheadToMeet} days from today"),
        _ => null,
    };

    private static Problem? CheckHours(decimal? typed, string missing) => typed switch
    {
        null => new("HoursPerWeek", missing),
        <= 0 => new("HoursPerWeek", "Hours a week must be more than 0"),
        > MostHoursPerWeek => new("HoursPerWeek", $"Hours a week must be {MostHoursPerWeek:0} or fewer"),
        { } hours when decimal.Round(hours, 1) != hours => new("HoursPerWeek", "Hours a week can have one number after the decimal point at most, like 37.5"),
        _ => null,
    };

    /// <summary>Pay on a day against the minimum wage for the person's age then (apprentices: the apprentice rate while it applies).</summary>
    private static Problem? CheckPay(Placement placement, decimal pay, DateOnly on, DateOnly startedOn)
    {
        if (pay >= MostHourlyPay)
        {
            return new("HourlyPay", $"Hourly pay must be less than £{MostHourlyPay:N0} an hour");
        }
        var kind = placement.Opportunity!.Kind;
        var age = placement.JobSeeker!.AgeOn(on);
        var band = MinimumWage.BandOn(age, on, kind, startedOn);
        var least = MinimumWage.For(band, on);
        if (pay < least)
        {
            var why = kind == OpportunityKind.Apprenticeship && band != PayBand.Apprentice
                ? $". The apprentice rate no longer applies: on that date {placement.JobSeeker.FirstName} is {age} and the apprenticeship is more than a year old"
                : "";
            return new("HourlyPay", $"Hourly pay must be at least £{least:0.00}: the minimum wage on {on.ToString("d MMMM yyyy", English)} for {band.Label().ToLowerInvariant()}{why}");
        }
        return decimal.Round(pay, 2) != pay ? new("HourlyPay", "Hourly pay must be in pounds and pence, like 12.71") : null;
    }
}
