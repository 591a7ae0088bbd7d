using System.Globalization;
using Employment.Core.Reference;

namespace Employment.Seed.Reference;

/// <summary>The embedded reference data the generator draws from, read once.</summary>
internal sealed class DemoReference
{
    private static readonly Lazy<DemoReference> Loaded = new(Load);

    public static DemoReference Shared => Loaded.Value;

    public required IReadOnlyDictionary<string, string> SocTitles { get; init; }
    public required IReadOnlyList<string> SkillTags { get; init; }
    public required IReadOnlyList<string> AdjustmentTags { get; init; }
    public required IReadOnlyDictionary<string, string> AdjustmentLabels { get; init; }
    public required IReadOnlyDictionary<string, (double Latitude, double Longitude)> Districts { get; init; }

    private static DemoReference Load()
    {
        var adjustments = ReferenceCsv.Read("adjustments.csv");
        return new DemoReference
        {
            SocTitles = ReferenceCsv.Read("soc2020_unit_groups.csv").ToDictionary(r => r["unit_group"], r => r["title"], StringComparer.Ordinal),
            SkillTags = ReferenceCsv.Read("skills.csv").Select(r => r["tag"]).ToList(),
            AdjustmentTags = adjustments.Select(r => r["tag"]).ToList(),
            AdjustmentLabels = adjustments.ToDictionary(r => r["tag"], r => r["label"], StringComparer.Ordinal),
            Districts = ReferenceCsv.Read("postcode_districts.csv").ToDictionary(
                r => r["district"].ToUpperInvariant(),
                r => (double.Parse(r["latitude"], CultureInfo.InvariantCulture), double.Parse(r["longitude"], CultureInfo.InvariantCulture)),
                StringComparer.Ordinal),
        };
    }
}
