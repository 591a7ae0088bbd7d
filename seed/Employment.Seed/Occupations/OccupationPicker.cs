using Bogus;
using Employment.Seed.Randomness;
using Employment.Seed.Reference;

namespace Employment.Seed.Occupations;

/// <summary>Chooses occupations: mostly the usual supported-employment jobs, sometimes any other job in major groups 9, 6, 7 or 4.</summary>
internal sealed class OccupationPicker
{
    private const double ShareFromWholeList = 0.12;
    private static readonly string[] UnsuitableWords =
        ["manager", "supervisor", "owner", "proprietor", "officer", "secretar", "collector", "elected", "government", "childminder", "nannies", "undertaker", "salespersons", "dental", "ambulance"];

    private readonly IReadOnlyList<(DemoOccupation Item, double Weight)> _usual;
    private readonly IReadOnlyList<DemoOccupation> _others;
    private readonly Dictionary<string, DemoOccupation> _byCode;

    public OccupationPicker(DemoReference reference)
    {
        _usual = DemoOccupations.All.Where(o => reference.SocTitles.ContainsKey(o.SocCode)).Select(o => (o, o.Weight)).ToList();
        _others = reference.SocTitles
            .Where(s => s.Key[0] is '9' or '6' or '7' or '4' && !DemoOccupations.ByCode.ContainsKey(s.Key))
            .Where(s => !UnsuitableWords.Any(w => s.Value.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new DemoOccupation(s.Key, JobTitles.FromSocTitle(s.Value), 1, [], $"You will join our team and learn the job of {JobTitles.FromSocTitle(s.Value).ToLowerInvariant()} step by step."))
            .ToList();
        _byCode = _usual.Select(u => u.Item).Concat(_others).ToDictionary(o => o.SocCode, StringComparer.Ordinal);
    }

    public DemoOccupation Pick(Randomizer random) =>
        random.Chance(ShareFromWholeList) ? random.Pick(_others) : random.PickWeighted(_usual);

    public DemoOccupation PickFor(Randomizer random, DemoSector sector)
    {
        if (random.Chance(0.8))
        {
            var inSector = _usual.Where(u => sector.SocCodes.Contains(u.Item.SocCode)).ToList();
            if (inSector.Count > 0)
            {
                return random.PickWeighted(inSector);
            }
        }
        return Pick(random);
    }

    /// <summary>An occupation a person with this interest might also like: same sector or same minor group.</summary>
    public DemoOccupation RelatedTo(Randomizer random, string socCode)
    {
        var sector = DemoSectors.For(socCode);
        var related = _usual.Where(u => u.Item.SocCode != socCode
            && (sector.SocCodes.Contains(u.Item.SocCode) || u.Item.SocCode[..3] == socCode[..3])).ToList();
        return related.Count > 0 ? random.PickWeighted(related) : Pick(random);
    }

    public DemoOccupation Get(string socCode) => _byCode[socCode];
}
