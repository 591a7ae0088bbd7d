using Employment.Seed.Places;
using Employment.Seed.Randomness;

namespace Employment.Seed.People;

/// <summary>Enough job coaches in each council for caseloads of about <see cref="DemoWorldOptions.CaseloadSize"/>.</summary>
internal static class CoachGenerator
{
    public static Dictionary<string, List<DemoCoach>> Generate(DemoContext context, IReadOnlyDictionary<string, int> jobSeekersByArea)
    {
        var faker = context.FakerFor(DemoPart.Coaches);
        var coaches = new Dictionary<string, List<DemoCoach>>(StringComparer.Ordinal);
        foreach (var area in DemoAreas.All)
        {
            var people = jobSeekersByArea.GetValueOrDefault(area.OnsCode);
            var count = Math.Max(1, (int)Math.Ceiling(people / (double)context.Options.CaseloadSize));
            var list = new List<DemoCoach>(count);
            for (var i = 0; i < count; i++)
            {
                var (first, last) = PersonNames.Next(faker, area.OnsCode);
                // The demo coach is Leicester's first coach, so signing in as them shows a real caseload.
                var email = area.OnsCode == DemoAreas.Leicester && i == 0
                    ? DemoAccounts.Coach
                    : context.Emails.For(first, last, area.EmailDomain);
                context.Emails.Reserve(email);
                var joined = faker.Random.DateBetween(context.Today.AddYears(-4), context.Today.AddYears(-3));
                list.Add(new DemoCoach(UserFactory.Create(faker.Random, $"{first} {last}", email, faker.Random.TimeOn(joined)), area.OnsCode));
            }
            coaches[area.OnsCode] = list;
        }
        return coaches;
    }
}
