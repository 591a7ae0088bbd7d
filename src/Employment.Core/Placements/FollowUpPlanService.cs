using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Placements;

/// <summary>A council's own follow-up plan: set by an administrator, or removed so the council uses the default.</summary>
public sealed class FollowUpPlanService(EmploymentDbContext db, TimeProvider clock)
{
    /// <summary>Gives the council <paramref name="plan"/>'s weeks as its own plan, replacing any it had.</summary>
    public async Task<WriteResult<FollowUpPlan>> SaveAsync(int localAuthorityId, FollowUpPlan plan, Guid? userId)
    {
        if (plan.Problems().Select(p => new Problem(p.Field, p.Message)).ToArray() is { Length: > 0 } problems)
        {
            return WriteResult.Refused<FollowUpPlan>(problems);
        }
        try
        {
            return WriteResult.Saved(await SaveOwnAsync(localAuthorityId, plan, userId));
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another administrator gave the council its first plan at the same moment: this one replaces it, as it would a second later.
            db.ChangeTracker.Clear();
            return WriteResult.Saved(await SaveOwnAsync(localAuthorityId, plan, userId));
        }
    }

    private async Task<FollowUpPlan> SaveOwnAsync(int localAuthorityId, FollowUpPlan plan, Guid? userId)
    {
        var own = await db.Set<FollowUpPlan>().FirstOrDefaultAsync(p => p.LocalAuthorityId == localAuthorityId);
        if (own is null)
        {
            own = new FollowUpPlan { LocalAuthorityId = localAuthorityId };
            db.Add(own);
        }
        own.CheckInWeeks = plan.CheckInWeeks;
        own.MonthlyUntilWeek = plan.MonthlyUntilWeek;
        own.InternshipPromptWeeksBeforeEnd = plan.InternshipPromptWeeksBeforeEnd;
        own.UpdatedAt = clock.GetUtcNow();
        own.UpdatedById = userId;
        await db.SaveChangesAsync();
        return own;
    }

    /// <summary>Removes the council's own plan, so placements that start from now on follow the default.</summary>
    public Task UseDefaultAsync(int localAuthorityId) =>
        db.Set<FollowUpPlan>().Where(p => p.LocalAuthorityId == localAuthorityId).ExecuteDeleteAsync();
}
