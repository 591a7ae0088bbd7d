using Bogus;
using Employment.Seed.Occupations;
using Employment.Seed.People;
using Employment.Seed.Places;
using Employment.Seed.Randomness;

namespace Employment.Seed.Employers;

/// <summary>Made-up but local-sounding employer names, each used once.</summary>
internal sealed class EmployerNames
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(Faker faker, DemoSector sector, DemoArea area)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = faker.Random.Pick(sector.NamePatterns)
                .Replace("{place}", faker.Random.Pick(area.Places), StringComparison.Ordinal)
                .Replace("{surname}", PersonNames.LastName(faker), StringComparison.Ordinal)
                .Replace("{word}", faker.Random.Pick(DemoSectors.Words), StringComparison.Ordinal);
            if (attempt > 5)
            {
                name = $"{name} ({faker.Random.Pick(area.Places)})";
            }
            if (attempt > 10)
            {
                name = $"{name} {attempt}";
            }
            if (_used.Add(name))
            {
                return name;
            }
        }
    }
}
