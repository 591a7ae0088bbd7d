using Employment.Core;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Placements;

/// <summary>Steps recorded through the real pipeline, and what they changed, for tests of placements.</summary>
public static class PlacementSteps
{
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
