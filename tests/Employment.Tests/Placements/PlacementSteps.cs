using Employment.Core;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
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
            .Select(e => $"{e.Type} {e.OccurredOn} {e.HoursPerWeek} {e.HourlyPay} {e.Role} {e.Reason} {e.RecordedById}").ToListAsync();
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.PlacementId == placementId).OrderBy(f => f.DueOn).ThenBy(f => f.Kind)
            .Select(f => $"{f.Kind} {f.DueOn} {f.CompletedOn} {f.NotNeeded} {f.Notes} {f.RiskToJob}").ToListAsync();
        var audit = await db.AuditEntries.AsNoTracking().CountAsync(a => a.JobSeekerId == placement.JobSeekerId && a.Action != AuditLog.Viewed);
        return string.Join("\n", [$"stage {placement.Stage}", .. events, .. followUps, $"audit {audit}"]);
    }
}

/// <summary>A job started through the real pipeline (so with its follow-ups) by a person called Sam, for tests of what happens after a start.</summary>
public static class StartedJobs
{
    public static async Task<Placement> StartAsync(EmploymentDbContext db, TimeProvider clock, DateOnly startedOn, decimal hours = 20m, decimal? pay = 12.71m,
        OpportunityKind kind = OpportunityKind.PaidJob, DateOnly? bornOn = null, Guid? coach = null)
    {
        var by = coach ?? Guid.NewGuid();
        var placement = await TestData.On(db).CreatePlacementAsync(p => p.ByCoach(coach).IntroducedOn(startedOn.AddDays(-21))
            .AtNewOpportunity(o => o.OfKind(kind)).ForNewJobSeeker(j => j.Named("Sam").BornOn(bornOn ?? new DateOnly(1998, 5, 11))));
        foreach (var step in new PlacementStep[]
        {
            new(PlacementEventType.Interviewed, startedOn.AddDays(-14)),
            new(PlacementEventType.Offered, startedOn.AddDays(-7)),
            new(PlacementEventType.Started, startedOn, hours, pay),
        })
        {
            var problems = await PlacementSteps.RecordAsync(db, clock, placement.Id, step, by);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException(string.Join("; ", problems.Select(p => p.Message)));
            }
        }
        db.ChangeTracker.Clear();
        return placement;
    }
}
