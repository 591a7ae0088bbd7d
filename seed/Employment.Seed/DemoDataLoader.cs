using Employment.Core.Accounts;
using Employment.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Employment.Seed;

/// <summary>Puts a generated world into the database in one transaction: all of it or none.</summary>
public static class DemoDataLoader
{
    public static Task<bool> HasDemoDataAsync(EmploymentDbContext db) => db.JobSeekers.AnyAsync();

    /// <summary>Sets the password hash and local authority ids on the world's entities as it loads them.</summary>
    public static async Task LoadAsync(EmploymentDbContext db, DemoWorld world, IPasswordHasher<AppUser> hasher, CancellationToken ct)
    {
        var users = world.AllUsers().DistinctBy(u => u.User.Id).ToList();
        // PBKDF2 is deliberately slow, so every demo user shares one hash of the demo password.
        var hash = hasher.HashPassword(users[0].User, DemoAccounts.Password);
        foreach (var (user, _) in users)
        {
            user.PasswordHash = hash;
        }

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var roleIds = await EnsureRolesAsync(db, ct);
            await SetLocalAuthoritiesAsync(db, world, ct);
            await Places.DemoTeamContacts.AddAsync(db, DateTimeOffset.UtcNow, ct);
            await InsertAsync(db, world.Employers, ct);
            await InsertAsync(db, users.Select(u => u.User), ct);
            await InsertAsync(db, users.Select(u => new IdentityUserRole<Guid> { UserId = u.User.Id, RoleId = roleIds[u.Role] }), ct);
            await BinaryCopy.CopyAsync(db, world.Opportunities, ct);
            await BinaryCopy.CopyAsync(db, world.JobSeekers.Select(j => j.JobSeeker), ct);
            await BinaryCopy.CopyAsync(db, world.Placements, ct);
            await BinaryCopy.CopyAsync(db, world.Placements.SelectMany(p => p.Events), ct);
            await BinaryCopy.CopyAsync(db, world.Placements.SelectMany(p => p.FollowUps), ct);
            await InsertAsync(db, world.AccessToWork, ct);
            await DemoFurtherEducationCosts.AddAsync(db, world, ct);
            await DemoInternshipProgramme.AddAsync(db, world, hash, roleIds[Roles.College], ct);
            await DemoReferrals.AddAsync(db, world, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static async Task<Dictionary<string, Guid>> EnsureRolesAsync(EmploymentDbContext db, CancellationToken ct)
    {
        var existing = await db.Roles.AsNoTracking().ToListAsync(ct);
        var missing = Roles.All.Where(r => existing.All(e => e.Name != r))
            .Select(r => new IdentityRole<Guid>(r) { Id = Guid.NewGuid(), NormalizedName = r.ToUpperInvariant() })
            .ToList();
        await InsertAsync(db, missing, ct);
        return existing.Concat(missing).ToDictionary(r => r.Name!, r => r.Id, StringComparer.Ordinal);
    }

    private static async Task SetLocalAuthoritiesAsync(EmploymentDbContext db, DemoWorld world, CancellationToken ct)
    {
        var codes = world.JobSeekers.Select(j => j.LocalAuthorityOnsCode).Concat(world.Coaches.Select(c => c.CouncilOnsCode)).Distinct().ToList();
        var ids = await db.LocalAuthorities.AsNoTracking().Where(l => codes.Contains(l.OnsCode)).ToDictionaryAsync(l => l.OnsCode, l => l.Id, ct);
        var unknown = codes.Where(c => !ids.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Load the reference data first: no local authority with ONS code {string.Join(", ", unknown)}.");
        }
        foreach (var person in world.JobSeekers)
        {
            person.JobSeeker.LocalAuthorityId = ids[person.LocalAuthorityOnsCode];
        }
        foreach (var coach in world.Coaches)
        {
            coach.User.LocalAuthorityId = ids[coach.CouncilOnsCode];
        }
    }

    private static async Task InsertAsync<T>(EmploymentDbContext db, IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        foreach (var batch in rows.Chunk(2000))
        {
            db.Set<T>().AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
