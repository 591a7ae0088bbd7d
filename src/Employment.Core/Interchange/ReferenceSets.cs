using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Interchange;

/// <summary>The controlled lists a dataset is checked against: SOC 2020 unit groups, vocabularies and councils.</summary>
public sealed class ReferenceSets
{
    public required IReadOnlySet<string> SocCodes { get; init; }
    public required IReadOnlySet<string> Skills { get; init; }
    public required IReadOnlySet<string> Adjustments { get; init; }

    /// <summary>ONS code to local authority id.</summary>
    public required IReadOnlyDictionary<string, int> LocalAuthorities { get; init; }

    public static async Task<ReferenceSets> LoadAsync(EmploymentDbContext db, CancellationToken ct = default) => new()
    {
        SocCodes = (await db.SocUnitGroups.AsNoTracking().Select(s => s.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
        Skills = (await db.Skills.AsNoTracking().Select(s => s.Tag).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
        Adjustments = (await db.Adjustments.AsNoTracking().Select(s => s.Tag).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
        LocalAuthorities = await db.LocalAuthorities.AsNoTracking().ToDictionaryAsync(l => l.OnsCode, l => l.Id, StringComparer.Ordinal, ct),
    };
}
