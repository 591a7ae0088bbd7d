using System.Globalization;
using Employment.Core.Data;
using Employment.Core.Interchange;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Data;
using Employment.Matching.Features;

namespace Employment.Matching.ProvingGround;

/// <summary>
/// Writes a synthetic council world in the interchange format whose placement outcomes follow a hidden utility plus
/// noise, and the held-out new people's pairs with the outcome each would have had and the utility itself (the best
/// possible ordering), so a ranker can be graded against random order, the rule scorer and the best possible.
/// </summary>
public static class WorldGenerator
{
    private const double CentreLatitude = 52.63;
    private const double CentreLongitude = -1.13;
    private const double HalfSpanKm = 15;
    private static readonly DateOnly FirstProposal = new(2024, 1, 1);
    private static readonly string[] DcLevels = ["none", "committed", "employer", "leader"];

    public static void Write(string folder, WorldOptions options)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(options.Seed);
        var reference = EmbeddedReference.Load();
        var soc = SocHierarchy.FromReference();
        var skills = reference.Skills.Order(StringComparer.Ordinal).ToArray();
        var needs = reference.Adjustments.Order(StringComparer.Ordinal).ToArray();
        // A council's opportunities cluster in a few occupations; a narrower pool makes interests meet them.
        var socPool = reference.SocCodes.Order(StringComparer.Ordinal).Where(c => c[0] is '9' or '6' or '7' or '4' or '5')
            .OrderBy(_ => random.Next()).Take(45).Order(StringComparer.Ordinal).ToArray();
        // Which skills and needs matter is itself part of the world: most matter a little, a few a lot.
        var skillWeight = skills.ToDictionary(s => s, _ => Math.Pow(random.NextDouble(), 2) * 1.5, StringComparer.Ordinal);
        var needWeight = needs.ToDictionary(n => n, _ => Math.Pow(random.NextDouble(), 2) * 1.5, StringComparer.Ordinal);
        var kinds = Enum.GetValues<OpportunityKind>();

        var employerCount = Math.Max(15, options.People / 20);
        var employers = Enumerable.Range(0, employerCount).Select(i => new GeneratedEmployer(
            $"E{i:D5}", random.Next(DcLevels.Length), random.Next(5) == 0 ? new DateOnly(2024, 6, 1).AddDays(random.Next(300)) : new DateOnly(2028, 1, 1),
            Normal(random))).ToArray();
        var vacancies = Enumerable.Range(0, Math.Max(150, options.People / 2)).Select(i =>
        {
            var kind = random.NextDouble() < 0.45 ? OpportunityKind.PaidJob : kinds[random.Next(kinds.Length)];
            var (lat, lon) = Place(random);
            return new GeneratedVacancy($"V{i:D6}", employers[random.Next(employers.Length)], kind, socPool[random.Next(socPool.Length)],
                Some(random, skills, 4), Some(random, needs, 4), 8 + random.Next(30),
                kind.IsPaid() ? Math.Round(12.21m + random.Next(400) / 100m, 2) : null, lat, lon, random.Next(3) == 0);
        }).ToArray();
        var byMinor = vacancies.GroupBy(v => soc.MinorOf(v.SocCode)).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        var people = Enumerable.Range(0, options.People + options.NewPeople).Select(i => NewPerson(i, random, socPool, soc, skills, needs, kinds)).ToList();
        var proposals = new List<(GeneratedPerson Person, GeneratedVacancy Vacancy, double Utility, DateOnly On)>();
        var newPairs = new List<(GeneratedPerson Person, GeneratedVacancy Vacancy, double Utility)>();
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var isNew = i >= options.People;
            var count = isNew ? options.PairsPerNewPerson : options.ProposalsPerPerson;
            foreach (var vacancy in Shortlist(person, vacancies, byMinor, soc, random, count))
            {
                var utility = Utility(options.Utility, person, vacancy, soc, skillWeight, needWeight);
                if (isNew)
                {
                    newPairs.Add((person, vacancy, utility));
                }
                else
                {
                    proposals.Add((person, vacancy, utility, FirstProposal.AddDays(random.Next(540))));
                }
            }
        }
        // Outcomes come from the utility standardised over every pair in the world, so noise means the same in each.
        var all = proposals.Select(p => p.Utility).Concat(newPairs.Select(p => p.Utility)).ToArray();
        var mean = all.Average();
        var sd = Math.Sqrt(all.Select(u => (u - mean) * (u - mean)).Average());
        int GradeOf(double utility) => Grade((utility - mean) / Math.Max(sd, 1e-9) + options.Noise * Normal(random));

        WriteEmployers(folder, employers);
        WriteVacancies(folder, vacancies);
        WriteCandidates(folder, people);
        var events = new List<string?[]>();
        foreach (var (person, vacancy, utility, on) in proposals)
        {
            AddEvents(events, person.Id, vacancy.Id, GradeOf(utility), on, random);
        }
        CsvFileWriter.Write(Path.Combine(folder, InterchangeFiles.Placements), ["candidate_id", "vacancy_id", "event", "date", "hours_per_week", "hourly_pay", "reason"], events);
        CsvFileWriter.Write(Path.Combine(folder, WorldFiles.NewPeoplePairs), ["candidate_id", "vacancy_id"], newPairs.Select(p => new[] { p.Person.Id, p.Vacancy.Id }));
        CsvFileWriter.Write(Path.Combine(folder, WorldFiles.NewPeopleTruth), ["candidate_id", "vacancy_id", "grade", "utility"],
            newPairs.Select(p => new[] { p.Person.Id, p.Vacancy.Id, GradeOf(p.Utility).ToString(CultureInfo.InvariantCulture), p.Utility.ToString("R", CultureInfo.InvariantCulture) }));
    }

    /// <summary>What a coach would put forward: some opportunities in the person's occupations, some near, the best-looking first.</summary>
    private static IEnumerable<GeneratedVacancy> Shortlist(GeneratedPerson person, GeneratedVacancy[] vacancies, Dictionary<string, GeneratedVacancy[]> byMinor, SocHierarchy soc, Random random, int count)
    {
        var pool = new HashSet<GeneratedVacancy>();
        foreach (var interest in person.Interests)
        {
            if (byMinor.TryGetValue(soc.MinorOf(interest), out var related))
            {
                for (var i = 0; i < 6; i++)
                {
                    pool.Add(related[random.Next(related.Length)]);
                }
            }
        }
        while (pool.Count < count * 4)
        {
            pool.Add(vacancies[random.Next(vacancies.Length)]);
        }
        // The coach's eye: near, in the right field, of the wanted kind, with judgement noise.
        return pool.Select(v => (v, Look: -Journey.DistanceKm(person.Latitude, person.Longitude, v.Latitude, v.Longitude) / 10
                + (person.Interests.Any(x => soc.MinorOf(x) == soc.MinorOf(v.SocCode)) ? 1 : 0)
                + (person.Kinds.Length == 0 || person.Kinds.Contains(v.Kind) ? 0.5 : 0) + Normal(random)))
            .Where(x => Eligibility.IsEligible(x.v.Kind, person.Age, person.HasEhcPlan))
            .OrderByDescending(x => x.Look).Take(count).Select(x => x.v);
    }

    public static double Utility(HiddenUtility w, GeneratedPerson p, GeneratedVacancy v, SocHierarchy soc, Dictionary<string, double> skillWeight, Dictionary<string, double> needWeight)
    {
        var match = InterestMatch.Of(p.Interests, v.SocCode, soc);
        var interest = match.Rank > 0 ? 3 - 0.4 * (match.Rank - 1) : match.SameMinor ? 1.6 : match.SameSubMajor ? 1.0 : match.SameMajor ? 0.4 : 0;
        var missing = v.Skills.Where(s => !p.Skills.Contains(s)).Sum(s => skillWeight[s]);
        var coverage = v.Skills.Length == 0 ? 1 : (double)v.Skills.Count(p.Skills.Contains) / v.Skills.Length;
        var km = Journey.DistanceKm(p.Latitude, p.Longitude, v.Latitude, v.Longitude);
        var ratio = Journey.Minutes(km, p.Mode) / p.TravelMaxMinutes;
        // Capped: past twice the manageable journey, further makes it no less likely to fail.
        var journey = 1.5 * Math.Pow(Math.Clamp(ratio - 0.6, 0, 1.4), 2) + (p.Mode == TravelMode.Walk ? w.WalkersMindDistance * Math.Min(km, 8) / 4 : 0);
        var hoursOut = Math.Min(15, (double)FeatureBuilder.HoursOutside(p.HoursMin, p.HoursMax, v.Hours));
        var unmet = p.Needs.Where(n => !v.Adjustments.Contains(n)).Sum(n => needWeight[n]);
        var dc = v.Employer.DcValidUntil >= new DateOnly(2025, 6, 1) ? w.DcSoftening[v.Employer.DcLevel] : 1;
        var kind = p.Kinds.Length == 0 ? 0.5 : p.Kinds.Contains(v.Kind) ? 1 : -1;
        var pay = v.Pay is { } rate ? (double)(rate - 12.21m) / 2 : 0;
        return w.Interest * interest
            - w.Skills * missing
            - w.Journey * journey
            - w.Hours * hoursOut / 5
            - w.Support * unmet * dc
            + w.KindWanted * kind
            + w.Pay * pay
            + w.Employer * v.Employer.Quality
            + w.InterestTimesSkills * interest * (coverage - 0.5)
            + w.InternshipForEhc * (v.Kind == OpportunityKind.SupportedInternship && p.HasEhcPlan ? 1.5 : 0)
            - w.LongHoursWithNeeds * (v.Hours > 30 && unmet > 0.3 ? 1.2 : 0);
    }

    /// <summary>How far a placement got, from the noisy standardised utility: the better, the further.</summary>
    private static int Grade(double latent) => latent switch
    {
        < -0.2 => 0,
        < 0.35 => 1,
        < 0.8 => 2,
        < 1.3 => 3,
        _ => 4,
    };

    private static void AddEvents(List<string?[]> events, string candidate, string vacancy, int grade, DateOnly on, Random random)
    {
        void Add(string type, DateOnly day, string? hours = null, string? reason = null) =>
            events.Add([candidate, vacancy, type, Date(day), hours, null, reason]);
        Add("introduced", on);
        if (grade == 0)
        {
            Add("rejected", on.AddDays(7), reason: "not this time");
            return;
        }
        Add("interviewed", on.AddDays(10));
        if (grade == 1)
        {
            Add("rejected", on.AddDays(14), reason: "not this time");
            return;
        }
        Add("offered", on.AddDays(16));
        if (grade == 2)
        {
            Add("declined", on.AddDays(20), reason: "changed their mind");
            return;
        }
        var start = on.AddDays(30);
        events.Add([candidate, vacancy, "started", Date(start), "16", null, null]);
        // Ended inside 13 weeks for a start that did not last; after it for one that was sustained.
        Add("ended", start.AddDays(grade == 3 ? 14 + random.Next(70) : 100 + random.Next(200)), reason: "moved on");
    }

    private static GeneratedPerson NewPerson(int i, Random random, string[] socPool, SocHierarchy soc, string[] skills, string[] needs, OpportunityKind[] kinds)
    {
        var first = socPool[random.Next(socPool.Length)];
        // Interests tend to sit near each other: a second choice is often in the first's minor group.
        var related = socPool.Where(c => soc.MinorOf(c) == soc.MinorOf(first) && c != first).ToArray();
        var interests = new List<string> { first };
        for (var n = random.Next(3); n > 0; n--)
        {
            var next = related.Length > 0 && random.Next(2) == 0 ? related[random.Next(related.Length)] : socPool[random.Next(socPool.Length)];
            if (!interests.Contains(next))
            {
                interests.Add(next);
            }
        }
        var age = 16 + (random.Next(3) == 0 ? random.Next(9) : random.Next(45));
        var min = 4 + random.Next(16);
        var (lat, lon) = Place(random);
        var mode = (TravelMode)random.Next(3);
        return new GeneratedPerson($"C{i:D6}", age, random.Next(3) > 0, lat, lon, [.. interests], Some(random, skills, 7), Some(random, needs, 3),
            mode, mode == TravelMode.Walk ? 15 + 5 * random.Next(6) : 20 + 5 * random.Next(10), min, min + random.Next(20),
            random.Next(3) == 0 ? [] : Some(random, kinds, 3).Where(k => k != OpportunityKind.Volunteering || random.Next(2) == 0).ToArray());
    }

    private static void WriteEmployers(string folder, GeneratedEmployer[] employers) =>
        CsvFileWriter.Write(Path.Combine(folder, InterchangeFiles.Employers), ["employer_id", "name", "dc_level", "dc_valid_until", "sector"],
            employers.Select(e => new[] { e.Id, $"Employer {e.Id}", DcLevels[e.DcLevel], e.DcLevel == 0 ? null : Date(e.DcValidUntil), "Mixed" }));

    private static void WriteVacancies(string folder, GeneratedVacancy[] vacancies) =>
        CsvFileWriter.Write(Path.Combine(folder, InterchangeFiles.Vacancies),
            ["vacancy_id", "employer_id", "title", "kind", "soc_code", "skills_required", "adjustments_offered", "hours_per_week", "hourly_pay", "latitude", "longitude", "posted_on", "closes_on", "interview_guaranteed"],
            vacancies.Select(v => new[]
            {
                v.Id, v.Employer.Id, $"Opportunity {v.Id}", SnakeCase.Of(v.Kind), v.SocCode, string.Join(';', v.Skills), string.Join(';', v.Adjustments),
                v.Hours.ToString(CultureInfo.InvariantCulture), v.Pay?.ToString("0.00", CultureInfo.InvariantCulture),
                Coordinate(v.Latitude), Coordinate(v.Longitude), Date(FirstProposal.AddDays(-30)), null, v.InterviewGuaranteed ? "true" : "false",
            }));

    private static void WriteCandidates(string folder, List<GeneratedPerson> people) =>
        CsvFileWriter.Write(Path.Combine(folder, InterchangeFiles.Candidates),
            ["candidate_id", "date_of_birth", "local_authority", "latitude", "longitude", "has_ehc_plan", "aspirations", "interests", "skills", "support_needs", "travel_mode", "travel_max_minutes", "hours_min", "hours_max", "preferred_kinds", "consent_to_share"],
            people.Select(p => new[]
            {
                // Born so that the age holds on the day pairs are scored, as well as when proposed.
                p.Id, Date(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-p.Age).AddDays(-100)), "E06000016", Coordinate(p.Latitude), Coordinate(p.Longitude),
                p.HasEhcPlan ? "true" : "false", null, string.Join(';', p.Interests), string.Join(';', p.Skills), string.Join(';', p.Needs),
                SnakeCase.Of(p.Mode), p.TravelMaxMinutes.ToString(CultureInfo.InvariantCulture), p.HoursMin.ToString(CultureInfo.InvariantCulture),
                p.HoursMax.ToString(CultureInfo.InvariantCulture), string.Join(';', p.Kinds.Select(k => SnakeCase.Of(k))), "true",
            }));

    private static (double, double) Place(Random random)
    {
        var northKm = (random.NextDouble() * 2 - 1) * HalfSpanKm;
        var eastKm = (random.NextDouble() * 2 - 1) * HalfSpanKm;
        return (CentreLatitude + northKm / 111.2, CentreLongitude + eastKm / (111.2 * Math.Cos(CentreLatitude * Math.PI / 180)));
    }

    private static T[] Some<T>(Random random, T[] items, int most) =>
        Enumerable.Range(0, random.Next(most + 1)).Select(_ => items[random.Next(items.Length)]).Distinct().ToArray();

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Coordinate(double value) => value.ToString("0.00000", CultureInfo.InvariantCulture);
}

public sealed record GeneratedEmployer(string Id, int DcLevel, DateOnly DcValidUntil, double Quality);

public sealed record GeneratedVacancy(string Id, GeneratedEmployer Employer, OpportunityKind Kind, string SocCode, string[] Skills, string[] Adjustments,
    decimal Hours, decimal? Pay, double Latitude, double Longitude, bool InterviewGuaranteed);

public sealed record GeneratedPerson(string Id, int Age, bool HasEhcPlan, double Latitude, double Longitude, string[] Interests, string[] Skills, string[] Needs,
    TravelMode Mode, int TravelMaxMinutes, decimal HoursMin, decimal HoursMax, OpportunityKind[] Kinds);
