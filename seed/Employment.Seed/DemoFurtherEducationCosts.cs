using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Statistics.Costs;
using Microsoft.EntityFrameworkCore;

namespace Employment.Seed;

/// <summary>One demo council with further education costs of its own, set by the demo administrator, so the adviser's estimate and its history show them.</summary>
internal static class DemoFurtherEducationCosts
{
    public static async Task AddAsync(EmploymentDbContext db, DemoWorld world, CancellationToken ct)
    {
        var council = await db.LocalAuthorities.AsNoTracking().Where(l => db.JobSeekers.Any(j => j.LocalAuthorityId == l.Id)).OrderBy(l => l.Name).FirstOrDefaultAsync(ct);
        if (council is null)
        {
            return;
        }
        var admin = world.AllUsers().FirstOrDefault(u => u.Role == Roles.Admin)?.User;
        db.Add(new FurtherEducationCosts
        {
            LocalAuthorityId = council.Id, Version = 1, YearLow = 15_200m, YearHigh = 21_500m, Source = $"{council.Name} high needs review (demo figures)",
            ChangedAt = new DateTimeOffset(DefaultDemoWorldDay(world), TimeSpan.Zero), ChangedById = admin?.Id,
        });
        await db.SaveChangesAsync(ct);
    }

    private static DateTime DefaultDemoWorldDay(DemoWorld world) => world.Options.Today.AddDays(-30).ToDateTime(new TimeOnly(10, 0));
}
