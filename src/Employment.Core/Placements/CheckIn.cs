using Employment.Core.Audit;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Placements;

/// <summary>What a job coach records when they do a follow-up.</summary>
public sealed record CheckIn(DateOnly DoneOn, string? HowItIsGoing, decimal? SupportHours, bool? RiskToJob, string? RiskDetails);

/// <summary>Records a follow-up as done after checking it; a refused one changes nothing.</summary>
public sealed class CheckInRecorder(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int MostNotesLength = 2000;
    public const int MostRiskLength = 1000;
    public const decimal MostSupportHours = 200;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public Task<FollowUp?> FindAsync(Guid placementId, Guid followUpId) =>
        db.FollowUps.Include(f => f.Placement).ThenInclude(p => p!.Events)
            .FirstOrDefaultAsync(f => f.Id == followUpId && f.PlacementId == placementId);

    public IReadOnlyList<Problem> Check(FollowUp followUp, CheckIn checkIn)
    {
        if (!followUp.IsOpen)
        {
            return [new Problem("", followUp.NotNeeded ? "This follow-up is not needed: the placement ended before it was due" : "This follow-up has already been recorded")];
        }
        var problems = new List<Problem>();
        if (CheckDate(followUp, checkIn.DoneOn, Today, "DoneOn") is { } wrongDate)
        {
            problems.Add(wrongDate);
        }
        if (string.IsNullOrWhiteSpace(checkIn.HowItIsGoing))
        {
            problems.Add(new("HowItIsGoing", "Say how it is going"));
        }
        else if (checkIn.HowItIsGoing.Trim().Length > MostNotesLength)
        {
            problems.Add(new("HowItIsGoing", $"How it is going must be {MostNotesLength:N0} characters or fewer"));
        }
        if (checkIn.SupportHours is not { } hours)
        {
            problems.Add(new("SupportHours", "Enter the hours of support you gave since the last check-in, or 0"));
        }
        else if (hours < 0 || hours > MostSupportHours)
        {
            problems.Add(new("SupportHours", $"Support hours must be between 0 and {MostSupportHours:0}"));
        }
        if (checkIn.RiskToJob is null)
        {
            problems.Add(new("RiskToJob", "Select yes if anything puts the job at risk"));
        }
        else if (checkIn.RiskToJob == true && string.IsNullOrWhiteSpace(checkIn.RiskDetails))
        {
            problems.Add(new("RiskDetails", "Say what puts the job at risk"));
        }
        else if (checkIn.RiskDetails?.Trim().Length > MostRiskLength)
        {
            problems.Add(new("RiskDetails", $"What puts the job at risk must be {MostRiskLength:N0} characters or fewer"));
        }
        return problems;
    }

    /// <summary>
    /// The date a follow-up was done: any day from the person's start (not only from its due date, so a coach who sees
    /// someone early can record it), never in the future. Shared with the contact log.
    /// </summary>
    public static Problem? CheckDate(FollowUp followUp, DateOnly doneOn, DateOnly today, string field)
    {
        var started = followUp.Placement!.Events.Where(e => e.Type == PlacementEventType.Started).Select(e => (DateOnly?)e.OccurredOn).FirstOrDefault();
        return started is { } start
            ? WhenItHappened.Check(field, doneOn, today, (start, "the person started"))
            : WhenItHappened.Check(field, doneOn, today);
    }

    public const string SomeoneElseRecordedIt =
        "Someone else recorded this follow-up at the same moment, so it was not recorded twice. Check the follow-ups: yours was not saved.";

    public async Task<IReadOnlyList<Problem>> RecordAsync(FollowUp followUp, CheckIn checkIn, Guid userId)
    {
        var problems = Check(followUp, checkIn);
        if (problems.Count > 0)
        {
            return problems;
        }
        followUp.CompletedOn = checkIn.DoneOn;
        followUp.CompletedById = userId;
        followUp.Notes = checkIn.HowItIsGoing!.Trim();
        followUp.SupportHours = checkIn.SupportHours;
        followUp.RiskToJob = checkIn.RiskToJob;
        followUp.RiskDetails = checkIn.RiskToJob == true ? checkIn.RiskDetails!.Trim() : null;
        audit.Add(followUp.Placement!.JobSeekerId, userId, AuditLog.Changed, $"Follow-up: {followUp.Kind.Label().ToLowerInvariant()}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return [new Problem("", SomeoneElseRecordedIt)];
        }
        return [];
    }
}
