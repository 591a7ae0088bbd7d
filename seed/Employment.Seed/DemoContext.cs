using Bogus;
using Employment.Seed.Occupations;
using Employment.Seed.People;
using Employment.Seed.Places;
using Employment.Seed.Randomness;
using Employment.Seed.Reference;

namespace Employment.Seed;

/// <summary>What every part of the generator shares: the options, the reference data and the seeded streams.</summary>
internal sealed class DemoContext
{
    public DemoContext(DemoWorldOptions options)
    {
        Options = options;
        Reference = DemoReference.Shared;
        Places = new PlaceMaker(Reference);
        Occupations = new OccupationPicker(Reference);
        Adjustments = new AdjustmentChooser(Reference);
    }

    public DemoWorldOptions Options { get; }
    public DateOnly Today => Options.Today;
    public DemoReference Reference { get; }
    public PlaceMaker Places { get; }
    public AdjustmentChooser Adjustments { get; }
    public OccupationPicker Occupations { get; }
    public EmailAddresses Emails { get; } = new();

    /// <summary>A faker whose every draw comes from this part's own seeded stream.</summary>
    public Faker FakerFor(DemoPart part) => new("en_GB") { Random = RandomizerExtensions.Stream(Options.Seed, (int)part) };
}
