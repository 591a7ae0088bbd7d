using Employment.Core.Interchange;
using Employment.Core.Reference;

namespace Employment.Matching.Data;

/// <summary>The controlled lists from the reference CSVs embedded in Employment.Core, so a dataset can be checked without a database.</summary>
internal static class EmbeddedReference
{
    private static readonly Lazy<ReferenceSets> Sets = new(() => new ReferenceSets
    {
        SocCodes = Column("soc2020_unit_groups.csv", "unit_group").ToHashSet(StringComparer.Ordinal),
        Skills = Column("skills.csv", "tag").ToHashSet(StringComparer.Ordinal),
        Adjustments = Column("adjustments.csv", "tag").ToHashSet(StringComparer.Ordinal),
        // Not the database's ids: only used to tell councils apart offline.
        LocalAuthorities = Column("local_authorities.csv", "ons_code").Select((code, i) => (code, i + 1)).ToDictionary(x => x.code, x => x.Item2, StringComparer.Ordinal),
    });

    public static ReferenceSets Load() => Sets.Value;

    private static IEnumerable<string> Column(string file, string column) => ReferenceCsv.Read(file).Select(r => r[column]);
}
