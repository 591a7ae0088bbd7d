using Bogus;
using Employment.Seed.Randomness;
using Employment.Seed.Reference;

namespace Employment.Seed.Places;

internal sealed class PlaceMaker(DemoReference reference)
{
    // The inward code's letters never include C, I, K, M, O or V.
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public IReadOnlyList<string> DistrictsOf(DemoArea area)
    {
        var known = area.Districts.Where(reference.Districts.ContainsKey).ToList();
        return known.Count > 0
            ? known
            : throw new InvalidOperationException($"postcode_districts.csv has none of the districts of {area.Name}.");
    }

    public DemoPlace In(Randomizer random, string district)
    {
        var (latitude, longitude) = reference.Districts[district];
        var postcode = $"{district} {random.Int(1, 9)}{InwardLetters[random.Int(0, InwardLetters.Length - 1)]}{InwardLetters[random.Int(0, InwardLetters.Length - 1)]}";
        // About a kilometre either way, so neighbours in a district are not all at one point.
        return new DemoPlace(
            postcode,
            Math.Round(latitude + random.Normal(0, 0.008), 5),
            Math.Round(longitude + random.Normal(0, 0.012), 5));
    }

    public DemoPlace In(Randomizer random, DemoArea area) => In(random, random.Pick(DistrictsOf(area)));
}
