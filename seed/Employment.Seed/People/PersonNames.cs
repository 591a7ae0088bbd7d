using Bogus;
using Employment.Seed.Places;
using Employment.Seed.Randomness;

namespace Employment.Seed.People;

/// <summary>Names that fit the area: Leicester has a large South Asian community, so its names are mixed in.</summary>
internal static class PersonNames
{
    public static (string First, string Last) Next(Faker faker, string areaOnsCode)
    {
        var random = faker.Random;
        var (southAsian, other) = areaOnsCode switch
        {
            DemoAreas.Leicester => (0.35, 0.10),
            DemoAreas.Leicestershire => (0.10, 0.04),
            DemoAreas.StokeOnTrent => (0.07, 0.07),
            _ => (0.04, 0.03),
        };
        var roll = random.Double();
        var names = roll < southAsian ? NameList.SouthAsian : roll < southAsian + other ? NameList.Other : NameList.British;
        var first = random.Bool() ? random.Pick(names.Female) : random.Pick(names.Male);
        return (first, random.Pick(names.Last));
    }

    public static string LastName(Faker faker) => faker.Random.Pick(NameList.British.Last);
}
