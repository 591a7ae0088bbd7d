using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Statistics.Costs;

/// <summary>The figures in use for each council, and the one way to change them (a new version, never an edit).</summary>
public sealed class FurtherEducationCostsService(EmploymentDbContext db, TimeProvider clock)
{
    /// <summary>The council's latest figures, or the default when it has none (or when no council is chosen).</summary>
    public static async Task<FurtherEducationCosts> InUseAsync(EmploymentDbContext db, int? localAuthorityId, CancellationToken ct = default) =>
        localAuthorityId is { } id
            ? await db.Set<FurtherEducationCosts>().AsNoTracking().Where(c => c.LocalAuthorityId == id).OrderByDescending(c => c.Version).FirstOrDefaultAsync(ct)
                ?? FurtherEducationCosts.Default
            : FurtherEducationCosts.Default;

    /// <summary>Every council with job seekers or figures of its own, by name, with the figures its estimate uses.</summary>
    public static async Task<IReadOnlyList<(string Council, FurtherEducationCosts Costs)>> InUseByCouncilAsync(EmploymentDbContext db, CancellationToken ct = default)
    {
        var own = (await db.Set<FurtherEducationCosts>().AsNoTracking().ToListAsync(ct))
            .GroupBy(c => c.LocalAuthorityId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Version)!);
        var councils = await db.LocalAuthorities.AsNoTracking()
            .Where(l => db.JobSeekers.Any(j => j.LocalAuthorityId == l.Id) || db.Set<FurtherEducationCosts>().Any(c => c.LocalAuthorityId == l.Id))
            .OrderBy(l => l.Name)
            .Select(l => new { l.Id, l.Name })
            .ToListAsync(ct);
        return councils.Select(c => (c.Name, own.GetValueOrDefault(c.Id) ?? FurtherEducationCosts.Default)).ToList();
    }

    /// <summary>
    /// Saves new figures for the council as the version after <paramref name="seenVersion"/> (0 when the page showed the
    /// default); refused when someone else saved in between, so nobody overwrites figures they have not seen.
    /// </summary>
    public async Task<WriteResult<FurtherEducationCosts>> SaveAsync(int localAuthorityId, int seenVersion, decimal low, decimal high, string source, Guid? userId, CancellationToken ct = default)
    {
        if (FurtherEducationCosts.Problems(low, high, source).ToArray() is { Length: > 0 } problems)
        {
            return WriteResult.Refused<FurtherEducationCosts>(problems);
        }
        var latest = await db.Set<FurtherEducationCosts>().Where(c => c.LocalAuthorityId == localAuthorityId).MaxAsync(c => (int?)c.Version, ct) ?? 0;
        if (latest != seenVersion)
        {
            return ChangedMeanwhile();
        }
        var costs = new FurtherEducationCosts
        {
            LocalAuthorityId = localAuthorityId, Version = seenVersion + 1, YearLow = low, YearHigh = high, Source = source.Trim(),
            ChangedAt = clock.GetUtcNow(), ChangedById = userId,
        };
        db.Add(costs);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return ChangedMeanwhile();
        }
        return WriteResult.Saved(costs);
    }

    private static WriteResult<FurtherEducationCosts> ChangedMeanwhile() => WriteResult.Refused<FurtherEducationCosts>(
        Problem.ForPage("Someone else changed these figures while you were editing them. Check the figures now shown and save again if yours are still right"));
}
