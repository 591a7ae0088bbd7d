using Employment.Core;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Placements;

/// <summary>A person introduced to an opportunity of a given kind, ready for the next step.</summary>
public static class PlacementData
{
    public static async Task<Placement> IntroducedAsync(
        EmploymentDbContext db, Guid? coachId, OpportunityKind kind = OpportunityKind.PaidJob, DateOnly? introducedOn = null,
        DateOnly? bornOn = null, int? internshipMonths = null)
    {
        var person = await TestData.CreateJobSeekerAsync(db, coachId, change: p => p.DateOfBirth = bornOn ?? new DateOnly(1998, 5, 11));
        var employer = TestData.Employer();
        db.Employers.Add(employer);
        var paid = kind.IsPaid();
        var opportunity = new Opportunity
        {
            Employer = employer, Kind = kind, Title = "Kitchen assistant", SocCode = "9263", HoursPerWeek = 20,
            HourlyPay = paid ? 13.00m : null, PayBand = paid ? PayBand.Age21AndOver : null,
            InternshipLengthMonths = internshipMonths, PostedOn = new DateOnly(2025, 1, 6),
            CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Opportunities.Add(opportunity);
        var placement = new Placement
        {
            JobSeekerId = person.Id, Opportunity = opportunity, Stage = PlacementEventType.Introduced, CreatedAt = DateTimeOffset.UtcNow,
            Events = [new PlacementEvent { Type = PlacementEventType.Introduced, OccurredOn = introducedOn ?? new DateOnly(2025, 12, 1), RecordedById = coachId, RecordedAt = DateTimeOffset.UtcNow }],
        };
        db.Placements.Add(placement);
        await db.SaveChangesAsync();
        return placement;
    }

    public static PlacementRecorder Recorder(EmploymentDbContext db, TimeProvider clock) => new(db, new AuditLog(db, clock), clock);

    /// <summary>Loads the placement afresh, as a request would, and records the step.</summary>
    public static async Task<IReadOnlyList<Problem>> RecordAsync(EmploymentDbContext db, TimeProvider clock, Guid placementId, PlacementStep step, Guid userId)
    {
        db.ChangeTracker.Clear();
        var recorder = Recorder(db, clock);
        return await recorder.RecordAsync((await recorder.FindAsync(placementId))!, step, userId);
    }

    /// <summary>Everything a step could change about a placement, read fresh from the database, as text to compare.</summary>
    public static async Task<string> SnapshotAsync(EmploymentDbContext db, Guid placementId)
    {
        db.ChangeTracker.Clear();
        var placement = await db.Placements.AsNoTracking().SingleAsync(p => p.Id == placementId);
        var events = await db.PlacementEvents.AsNoTracking().Where(e => e.PlacementId == placementId).OrderBy(e => e.Id)
            .Select(e => $"{e.Type} {e.OccurredOn} {e.HoursPerWeek} {e.HourlyPay} {e.Reason} {e.RecordedById}").ToListAsync();
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.PlacementId == placementId).OrderBy(f => f.DueOn).ThenBy(f => f.Kind)
            .Select(f => $"{f.Kind} {f.DueOn} {f.CompletedOn} {f.NotNeeded} {f.Notes} {f.RiskToJob}").ToListAsync();
        var audit = await db.AuditEntries.AsNoTracking().CountAsync(a => a.JobSeekerId == placement.JobSeekerId && a.Action != AuditLog.Viewed);
        return string.Join("\n", [$"stage {placement.Stage}", .. events, .. followUps, $"audit {audit}"]);
    }
}
