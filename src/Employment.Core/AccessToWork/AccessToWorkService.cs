using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.AccessToWork;

/// <summary>What a coach records when a person applies to Access to Work.</summary>
public sealed record AccessToWorkApplied(DateOnly AppliedOn, AccessToWorkSupport Support);

/// <summary>DWP's decision as the coach records it; the award's figures only when awarded.</summary>
public sealed record AccessToWorkDecided(
    AccessToWorkDecision? Decision, DateOnly DecidedOn, DateOnly? AwardFrom, DateOnly? AwardTo, decimal? AwardAmount, decimal? JobCoachHoursPerWeek, DateOnly? RenewalDueOn);

/// <summary>The one writer of a person's Access to Work applications and awards, each save with its audit entry.</summary>
public sealed class AccessToWorkService(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    public const decimal MostAmount = 250_000m;
    public const decimal MostHoursPerWeek = 40m;
    /// <summary>Access to Work awards last up to three years.</summary>
    public const int MostAwardYears = 3;

    public const string AlreadyWaiting = "An application is already waiting for a decision: record its decision first";
    public const string SomeoneElseDecided = "Someone else recorded this decision at the same moment, so yours was not saved. Check the Access to Work page.";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public Task<AccessToWorkApplication?> WaitingAsync(Guid personId) =>
        db.AccessToWorkApplications.FirstOrDefaultAsync(a => a.JobSeekerId == personId && a.Decision == null);

    public IReadOnlyList<Problem> Check(JobSeeker person, AccessToWorkApplied applied)
    {
        var problems = new List<Problem>();
        if (WhenItHappened.Check("AppliedOn", applied.AppliedOn, Today) is { } wrongDate)
        {
            problems.Add(wrongDate);
        }
        if (applied.Support == AccessToWorkSupport.None || (applied.Support & ~AccessToWorkSupports.All.Aggregate((a, b) => a | b)) != 0)
        {
            problems.Add(new("Support", "Select what the application asks Access to Work to pay for"));
        }
        return problems;
    }

    public async Task<WriteResult<AccessToWorkApplication>> ApplyAsync(JobSeeker person, AccessToWorkApplied applied, Guid userId)
    {
        var problems = Check(person, applied);
        if (problems.Count > 0)
        {
            return new(null, problems);
        }
        if (await WaitingAsync(person.Id) is not null)
        {
            return WriteResult.Refused<AccessToWorkApplication>(Problem.ForPage(AlreadyWaiting));
        }
        var now = clock.GetUtcNow();
        var application = new AccessToWorkApplication
        {
            Id = Guid.NewGuid(), JobSeekerId = person.Id, AppliedOn = applied.AppliedOn, Support = applied.Support,
            RecordedById = userId, RecordedAt = now, UpdatedAt = now,
        };
        db.AccessToWorkApplications.Add(application);
        audit.Add(person.Id, userId, AuditLog.Created, "Access to Work: application");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return WriteResult.Refused<AccessToWorkApplication>(Problem.ForPage(AlreadyWaiting));
        }
        return WriteResult.Saved(application);
    }

    /// <summary>Every rule of a decision, by field, in plain English; the form's validator shows the same problems.</summary>
    public IReadOnlyList<Problem> Check(AccessToWorkApplication application, AccessToWorkDecided decided)
    {
        var problems = new List<Problem>();
        if (decided.Decision is not { } decision || !Enum.IsDefined(decision))
        {
            problems.Add(new("Decision", "Select whether Access to Work made an award"));
            return problems;
        }
        if (WhenItHappened.Check("DecidedOn", decided.DecidedOn, Today, (application.AppliedOn, "the person applied")) is { } wrongDate)
        {
            problems.Add(wrongDate);
        }
        if (decision == AccessToWorkDecision.Refused)
        {
            return problems;
        }
        if (decided.AwardFrom is not { } from)
        {
            problems.Add(new("AwardFrom", "Enter the date the award starts"));
        }
        if (decided.AwardTo is not { } to)
        {
            problems.Add(new("AwardTo", "Enter the date the award ends"));
        }
        else if (decided.AwardFrom is { } start)
        {
            if (to <= start)
            {
                problems.Add(new("AwardTo", "The award must end after it starts"));
            }
            else if (to > start.AddYears(MostAwardYears))
            {
                problems.Add(new("AwardTo", $"An Access to Work award lasts {MostAwardYears} years at most: check the end date"));
            }
        }
        if (decided.AwardAmount is not { } amount)
        {
            problems.Add(new("AwardAmount", "Enter the amount awarded, in pounds"));
        }
        else if (amount <= 0 || amount > MostAmount)
        {
            problems.Add(new("AwardAmount", $"The amount awarded must be between £1 and £{MostAmount:N0}"));
        }
        if (decided.JobCoachHoursPerWeek is { } hours)
        {
            if (hours <= 0 || hours > MostHoursPerWeek)
            {
                problems.Add(new("JobCoachHoursPerWeek", $"Job coach hours a week must be more than 0 and at most {MostHoursPerWeek:0}"));
            }
        }
        else if (application.Support.HasFlag(AccessToWorkSupport.JobCoachHours))
        {
            problems.Add(new("JobCoachHoursPerWeek", "Enter the job coach hours a week the award pays for: the application asked for job coach hours"));
        }
        if (decided.RenewalDueOn is not { } renewal)
        {
            problems.Add(new("RenewalDueOn", "Enter the date to apply again by"));
        }
        else if (decided.AwardFrom is { } start && renewal <= start)
        {
            problems.Add(new("RenewalDueOn", "The renewal date must be after the award starts"));
        }
        else if (decided.AwardTo is { } end && renewal > end)
        {
            problems.Add(new("RenewalDueOn", "The renewal date must be on or before the day the award ends"));
        }
        return problems;
    }

    public async Task<WriteResult<AccessToWorkApplication>> DecideAsync(AccessToWorkApplication application, AccessToWorkDecided decided, Guid userId)
    {
        if (!application.IsAwaitingDecision)
        {
            return WriteResult.Refused<AccessToWorkApplication>(Problem.ForPage(SomeoneElseDecided));
        }
        var problems = Check(application, decided);
        if (problems.Count > 0)
        {
            return new(null, problems);
        }
        var awarded = decided.Decision == AccessToWorkDecision.Awarded;
        application.Decision = decided.Decision;
        application.DecidedOn = decided.DecidedOn;
        application.AwardFrom = awarded ? decided.AwardFrom : null;
        application.AwardTo = awarded ? decided.AwardTo : null;
        application.AwardAmount = awarded ? decided.AwardAmount : null;
        application.JobCoachHoursPerWeek = awarded ? decided.JobCoachHoursPerWeek : null;
        application.RenewalDueOn = awarded ? decided.RenewalDueOn : null;
        application.UpdatedAt = clock.GetUtcNow();
        audit.Add(application.JobSeekerId, userId, AuditLog.Changed, awarded ? "Access to Work: award" : "Access to Work: refused");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return WriteResult.Refused<AccessToWorkApplication>(Problem.ForPage(SomeoneElseDecided));
        }
        return WriteResult.Saved(application);
    }
}
