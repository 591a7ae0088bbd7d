using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Employment.Core.JobSeekers;

/// <summary>How many people were put on which coach's caseload.</summary>
public sealed record CoachAssignment(int People, Guid CoachId, string CoachName);

/// <summary>
/// Puts people on a job coach's caseload: one person, the people an administrator selected, or everyone a search
/// matches (an import can bring 10,000 people with no coach). All or nothing, in one set-based statement that
/// writes an audit entry per person; rows are locked in id order so two administrators at once wait for each other
/// instead of deadlocking, and each person's last audit entry names the coach they end up with.
/// </summary>
public sealed class CoachAssignmentService(EmploymentDbContext db, TimeProvider clock)
{
    public const string NotACoach = "Select an active job coach: that account is not a job coach who can sign in";
    public const string PeopleNotFound = "Some of the people selected could not be found. Search again and select people from the list";
    public const string ChangedMeanwhile = "Someone else changed some of these people just now. Search again and check who is still to be assigned";

    /// <summary>Job coach accounts that can sign in: in the coach role, invitation accepted, not locked out.</summary>
    public IQueryable<AppUser> ActiveCoaches()
    {
        var now = clock.GetUtcNow();
        return from user in db.Users
               join link in db.UserRoles on user.Id equals link.UserId
               join role in db.Roles on link.RoleId equals role.Id
               where role.Name == Roles.Coach && user.PasswordHash != null && (user.LockoutEnd == null || user.LockoutEnd <= now)
               select user;
    }

    public async Task<WriteResult<CoachAssignment>> AssignAsync(IReadOnlyCollection<Guid> people, Guid coachId, Guid? assignedById, CancellationToken ct = default)
    {
        var ids = people.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return WriteResult.Refused<CoachAssignment>(new Problem("Selected", "Select at least one person"));
        }
        var coach = await CoachAsync(coachId, ct);
        if (coach is null)
        {
            return WriteResult.Refused<CoachAssignment>(new Problem("CoachId", NotACoach));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var assigned = await AssignLockedAsync(ids, coach, assignedById, recheck: null, ct);
        if (assigned != ids.Length)
        {
            return WriteResult.Refused<CoachAssignment>(new Problem("Selected", PeopleNotFound));
        }
        await transaction.CommitAsync(ct);
        return WriteResult.Saved(new CoachAssignment(assigned, coach.Id, coach.DisplayName));
    }

    /// <param name="expectedCount">How many people the administrator was told the search matches; a different count now refuses.</param>
    public async Task<WriteResult<CoachAssignment>> AssignAllAsync(PeopleSearch search, int expectedCount, Guid coachId, Guid? assignedById, CancellationToken ct = default)
    {
        var coach = await CoachAsync(coachId, ct);
        if (coach is null)
        {
            return WriteResult.Refused<CoachAssignment>(new Problem("CoachId", NotACoach));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = await search.Apply(db.JobSeekers).Select(j => j.Id).ToArrayAsync(ct);
        if (ids.Length == 0)
        {
            return WriteResult.Refused<CoachAssignment>(Problem.ForPage("No one matches this search now"));
        }
        if (ids.Length != expectedCount)
        {
            return WriteResult.Refused<CoachAssignment>(Problem.ForPage(
                $"This search now matches {ids.Length:N0} {(ids.Length == 1 ? "person" : "people")}, not {expectedCount:N0}. Check the count again before assigning them"));
        }
        // Once locked, each person must still be on the caseload the search asked for, or someone else got there first.
        var recheck = search.WithoutCoach ? "coach_id IS NULL" : search.CoachId is not null ? "coach_id = @from_coach" : null;
        var assigned = await AssignLockedAsync(ids, coach, assignedById, recheck, ct, search.CoachId);
        if (assigned != ids.Length)
        {
            return WriteResult.Refused<CoachAssignment>(Problem.ForPage(ChangedMeanwhile));
        }
        await transaction.CommitAsync(ct);
        return WriteResult.Saved(new CoachAssignment(assigned, coach.Id, coach.DisplayName));
    }

    private Task<AppUser?> CoachAsync(Guid coachId, CancellationToken ct) =>
        ActiveCoaches().AsNoTracking().FirstOrDefaultAsync(u => u.Id == coachId, ct);

    /// <returns>How many people were assigned (and audited): fewer than asked when some were unknown, erased or changed.</returns>
    private async Task<int> AssignLockedAsync(Guid[] ids, AppUser coach, Guid? assignedById, string? recheck, CancellationToken ct, Guid? fromCoach = null)
    {
        var now = clock.GetUtcNow();
        var sql = $"""
            WITH target AS (
                SELECT id FROM job_seekers
                WHERE id = ANY(@people) AND erased_at IS NULL{(recheck is null ? "" : " AND " + recheck)}
                ORDER BY id
                FOR UPDATE
            ), assigned AS (
                UPDATE job_seekers j SET coach_id = @coach, updated_at = @now
                FROM target t WHERE j.id = t.id
                RETURNING j.id
            )
            INSERT INTO audit_entries (at, user_id, action, job_seeker_id, detail)
            SELECT @now, @by, @action, a.id, @detail FROM assigned a
            """;
        var detail = $"Job coach: {coach.DisplayName}";
        return await db.Database.ExecuteSqlRawAsync(sql,
        [
            new NpgsqlParameter("people", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ids },
            new NpgsqlParameter("coach", coach.Id),
            new NpgsqlParameter("now", now),
            new NpgsqlParameter("by", NpgsqlDbType.Uuid) { Value = (object?)assignedById ?? DBNull.Value },
            new NpgsqlParameter("action", AuditLog.Changed),
            new NpgsqlParameter("detail", detail.Length > 500 ? detail[..500] : detail),
            new NpgsqlParameter("from_coach", NpgsqlDbType.Uuid) { Value = (object?)fromCoach ?? DBNull.Value },
        ], ct);
    }
}
