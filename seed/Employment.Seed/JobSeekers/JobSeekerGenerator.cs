using Bogus;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Seed.Occupations;
using Employment.Seed.People;
using Employment.Seed.Places;
using Employment.Seed.Randomness;

namespace Employment.Seed.JobSeekers;

/// <summary>People on the councils' supported employment caseloads, mostly young adults.</summary>
internal sealed class JobSeekerGenerator(DemoContext context)
{
    private static readonly ((int From, int To) Item, double Weight)[] AgeBands =
    [
        ((16, 17), 0.10), ((18, 25), 0.50), ((26, 35), 0.15), ((36, 49), 0.14), ((50, 64), 0.11),
    ];

    private static readonly (TravelMode Item, double Weight)[] TravelModes =
    [
        (TravelMode.PublicTransport, 0.50), (TravelMode.Walk, 0.25), (TravelMode.Lift, 0.25),
    ];

    private static readonly decimal[] MostHours = [8, 10, 12, 15, 16, 16, 20, 20, 25, 30, 30, 37.5m];

    /// <summary>The exact number of people in each council, by its share.</summary>
    public Dictionary<string, int> CountByArea()
    {
        var counts = DemoAreas.All.ToDictionary(a => a.OnsCode, a => (int)Math.Round(a.Share * context.Options.JobSeekers), StringComparer.Ordinal);
        counts[DemoAreas.Leicester] += context.Options.JobSeekers - counts.Values.Sum();
        return counts;
    }

    public List<DemoJobSeeker> Generate(IReadOnlyDictionary<string, List<DemoCoach>> coaches)
    {
        var faker = context.FakerFor(DemoPart.JobSeekers);
        var people = new List<DemoJobSeeker>(context.Options.JobSeekers);
        foreach (var (code, count) in CountByArea())
        {
            var area = DemoAreas.ByCode(code);
            var areaCoaches = coaches[code];
            for (var i = 0; i < count; i++)
            {
                people.Add(new DemoJobSeeker(Create(faker, area, areaCoaches[i % areaCoaches.Count].User.Id), code));
            }
        }
        return people;
    }

    private JobSeeker Create(Faker faker, DemoArea area, Guid coachId)
    {
        var random = faker.Random;
        var today = context.Today;
        var (first, last) = PersonNames.Next(faker, area.OnsCode);
        var band = random.PickWeighted(AgeBands);
        var dateOfBirth = today.AddYears(-random.Int(band.From, band.To)).AddDays(-random.Int(0, 364));
        var joined = random.DateBetween(Max(dateOfBirth.AddYears(16), today.AddYears(-3).AddDays(-90)), today.AddDays(-7));
        joined = Max(joined, dateOfBirth.AddYears(16));
        var home = context.Places.In(random, area);
        var mode = random.PickWeighted(TravelModes);
        var seeker = new JobSeeker
        {
            Id = random.NextGuid(),
            CoachId = coachId,
            FirstName = first,
            LastName = last,
            DateOfBirth = dateOfBirth,
            HomePostcode = home.Postcode,
            HomeLatitude = home.Latitude,
            HomeLongitude = home.Longitude,
            TravelMode = mode,
            TravelMaxMinutes = TravelMinutes(random, mode),
            TravelTrainingNeeded = random.Chance(mode == TravelMode.PublicTransport ? 0.35 : 0.10),
            CreatedAt = random.TimeOn(joined),
        };
        var age = seeker.AgeOn(today);
        // EHC plans run to 25, so only younger people can have one.
        seeker.HasEhcPlan = age <= 25 && random.Chance(0.9);
        seeker.Interests = Interests(random);
        seeker.Skills = Skills(random, seeker.Interests);
        seeker.SupportNeeds = SupportNeeds(random, seeker.TravelTrainingNeeded);
        seeker.Aspirations = Aspirations.For(random, seeker.Interests[0]);
        seeker.HoursMax = random.Pick(MostHours);
        seeker.HoursMin = Math.Max(2, Math.Round(seeker.HoursMax * (decimal)random.Double(0.3, 0.8)));
        seeker.PreferredKinds = PreferredKinds.For(random, age, seeker.HasEhcPlan);
        RecordConsent(random, seeker, joined, coachId);
        seeker.PausedOn = random.Chance(0.05) ? random.DateBetween(Max(joined, today.AddDays(-180)), today) : null;
        // Drawn from the birthday, not the random stream, so every later draw of the demo world stays as it was.
        seeker.PauseReason = seeker.PausedOn is null ? null : Enum.GetValues<PauseReason>()[seeker.DateOfBirth.DayNumber % (Enum.GetValues<PauseReason>().Length - 1)];
        seeker.UpdatedAt = Latest(seeker.CreatedAt, seeker.ConsentRecordedAt, random.TimeOn(random.DateBetween(joined, today)));
        return seeker;
    }

    private static int TravelMinutes(Randomizer random, TravelMode mode) => mode switch
    {
        TravelMode.Walk => random.Int(2, 6) * 5,
        TravelMode.PublicTransport => random.Int(4, 12) * 5,
        _ => random.Int(3, 9) * 5,
    };

    private List<string> Interests(Randomizer random)
    {
        var first = context.Occupations.Pick(random);
        var interests = new List<string> { first.SocCode };
        var wanted = random.PickWeighted([(1, 0.35), (2, 0.40), (3, 0.25)]);
        for (var tries = 0; interests.Count < wanted && tries < 10; tries++)
        {
            var next = random.Chance(0.6) ? context.Occupations.RelatedTo(random, first.SocCode) : context.Occupations.Pick(random);
            if (!interests.Contains(next.SocCode))
            {
                interests.Add(next.SocCode);
            }
        }
        return interests;
    }

    private List<string> Skills(Randomizer random, List<string> interests)
    {
        var pool = interests.SelectMany(i => context.Occupations.Get(i).Skills).Distinct().ToList();
        var skills = random.PickDistinct(pool, random.Int(1, 4));
        skills.AddRange(random.PickDistinct(DemoOccupations.GeneralSkills.Except(skills).ToList(), random.Int(skills.Count == 0 ? 1 : 0, 2)));
        return skills;
    }

    private List<string> SupportNeeds(Randomizer random, bool travelTraining)
    {
        var count = random.PickWeighted([(0, 0.10), (1, 0.25), (2, 0.30), (3, 0.20), (4, 0.15)]);
        var needs = context.Adjustments.Pick(random, count);
        if (travelTraining && needs.Count < 4 && !needs.Contains("travel_training") && random.Chance(0.5))
        {
            needs.Add("travel_training");
        }
        return needs;
    }

    private void RecordConsent(Randomizer random, JobSeeker seeker, DateOnly joined, Guid coachId)
    {
        if (!random.Chance(0.85))
        {
            return;
        }
        seeker.ConsentToShare = true;
        seeker.ConsentRecordedAt = random.TimeOn(random.DateBetween(joined, Min(joined.AddDays(21), context.Today)));
        seeker.ConsentRecordedById = coachId;
        seeker.ConsentExplainedHow = random.Pick(ConsentNotes.All);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTimeOffset Latest(params DateTimeOffset?[] moments) => moments.Where(m => m.HasValue).Max()!.Value;
}
