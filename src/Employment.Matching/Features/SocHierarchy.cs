using Employment.Core.Reference;

namespace Employment.Matching.Features;

/// <summary>The groups above each SOC 2020 unit group: minor (3 digits), sub-major (2) and major (1).</summary>
public sealed class SocHierarchy
{
    private readonly Dictionary<string, (string Minor, string SubMajor, string Major)> _groups;

    public SocHierarchy(IEnumerable<(string UnitGroup, string Minor, string SubMajor, string Major)> rows)
    {
        _groups = rows.ToDictionary(r => r.UnitGroup, r => (r.Minor, r.SubMajor, r.Major), StringComparer.Ordinal);
    }

    private static readonly Lazy<SocHierarchy> Reference = new(() => new SocHierarchy(
        ReferenceCsv.Read("soc2020_unit_groups.csv").Select(r => (r["unit_group"], r["minor_group"], r["sub_major_group"], r["major_group"]))));

    /// <summary>The ONS table embedded in Employment.Core.</summary>
    public static SocHierarchy FromReference() => Reference.Value;

    // SOC 2020 codes are hierarchical by prefix, so a code missing from the table still has its groups.
    public string MinorOf(string code) => _groups.TryGetValue(code, out var g) ? g.Minor : Prefix(code, 3);
    public string SubMajorOf(string code) => _groups.TryGetValue(code, out var g) ? g.SubMajor : Prefix(code, 2);
    public string MajorOf(string code) => _groups.TryGetValue(code, out var g) ? g.Major : Prefix(code, 1);

    private static string Prefix(string code, int length) => code.Length >= length ? code[..length] : code;
}
