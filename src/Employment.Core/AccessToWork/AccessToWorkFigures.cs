using Employment.Core.Data;
using Employment.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.AccessToWork;

/// <summary>The advisers' Access to Work figure: people with an award in force on any day of the period. A count, never a person.</summary>
public sealed class AccessToWorkFigures(EmploymentDbContext db)
{
    public Task<int> PeopleWithAnAwardAsync(Period period, int? localAuthorityId, CancellationToken ct = default) =>
        db.AccessToWorkApplications.AsNoTracking()
            .Where(a => a.Decision == AccessToWorkDecision.Awarded && a.AwardFrom <= period.To && a.AwardTo >= period.From
                        && a.JobSeeker!.ErasedAt == null && (localAuthorityId == null || a.JobSeeker.LocalAuthorityId == localAuthorityId))
            .Select(a => a.JobSeekerId).Distinct().CountAsync(ct);

    /// <summary>As published: suppressed and rounded like every other count (<see cref="Suppression"/>).</summary>
    public async Task<string> PublishedAsync(Period period, int? localAuthorityId, CancellationToken ct = default) =>
        Suppression.Count(await PeopleWithAnAwardAsync(period, localAuthorityId, ct));
}
