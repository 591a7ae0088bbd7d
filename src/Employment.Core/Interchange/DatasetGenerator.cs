using System.Globalization;
using System.Text;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;

namespace Employment.Core.Interchange;

/// <summary>Options for a synthetic dataset: only the shape is realistic, for benchmarks and large-file tests.</summary>
public sealed record GeneratedDatasetOptions
{
    public int Candidates { get; init; } = 1000;
    public int Employers { get; init; } = 100;
    public int Vacancies { get; init; } = 500;

    /// <summary>Share of candidates with a placement history.</summary>
    public double PlacedShare { get; init; } = 0.3;

    /// <summary>Characters of aspirations per candidate (at most 2000), to make files of a given size.</summary>
    public int AspirationLength { get; init; } = 40;

    public int Seed { get; init; } = 2026;
}

/// <summary>Writes a valid synthetic dataset in the interchange format.</summary>
public static class DatasetGenerator
{
    private static readonly string[] Words = ["I", "want", "to", "work", "with", "people", "who", "are", "kind", "and", "learn", "new", "things", "outside", "in", "a", "shop", "garden", "kitchen", "warehouse"];

    public static void Write(string folder, GeneratedDatasetOptions options, ReferenceSets reference)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(options.Seed);
        var soc = reference.SocCodes.Order(StringComparer.Ordinal).Where(c => c[0] is '9' or '6' or '7' or '4').ToArray();
        var skills = reference.Skills.Order(StringComparer.Ordinal).ToArray();
        var adjustments = reference.Adjustments.Order(StringComparer.Ordinal).ToArray();
        var councils = reference.LocalAuthorities.Keys.Order(StringComparer.Ordinal).ToArray();
        var kinds = Enum.GetValues<OpportunityKind>();
        var levels = new[] { "none", "committed", "employer", "leader" };
        var modes = Enum.GetValues<TravelMode>();

        using (var w = Writer(folder, InterchangeFiles.Employers))
        {
            w.Write("employer_id,name,dc_level,dc_valid_until,sector\n");
            for (var i = 0; i < options.Employers; i++)
            {
                var level = levels[random.Next(levels.Length)];
                var until = level == "none" ? "" : Date(new DateOnly(2026, 1, 1).AddDays(random.Next(1000)));
                w.Write($"E{i:D6},\"Employer {i}, Ltd\",{level},{until},Retail\n");
            }
        }

        var vacancyKinds = new OpportunityKind[options.Vacancies];
        using (var w = Writer(folder, InterchangeFiles.Vacancies))
        {
            w.Write("vacancy_id,employer_id,title,kind,soc_code,skills_required,adjustments_offered,hours_per_week,hourly_pay,latitude,longitude,posted_on,closes_on,interview_guaranteed\n");
            for (var i = 0; i < options.Vacancies; i++)
            {
                var kind = vacancyKinds[i] = kinds[random.Next(kinds.Length)];
                var posted = new DateOnly(2024, 1, 1).AddDays(random.Next(700));
                var pay = kind.IsPaid() ? (12.21m + random.Next(300) / 100m).ToString("0.00", CultureInfo.InvariantCulture) : "";
                w.Write($"V{i:D7},E{random.Next(options.Employers):D6},Vacancy {i},{SnakeCase.Of(kind)},{Pick(random, soc)},{Some(random, skills, 3)},{Some(random, adjustments, 3)},"
                    + $"{10 + random.Next(28)},{pay},{Latitude(random)},{Longitude(random)},{Date(posted)},{Date(posted.AddDays(42))},{(random.Next(2) == 0 ? "true" : "false")}\n");
            }
        }

        using (var w = Writer(folder, InterchangeFiles.Candidates))
        using (var p = Writer(folder, InterchangeFiles.Placements))
        {
            w.Write("candidate_id,date_of_birth,local_authority,latitude,longitude,has_ehc_plan,aspirations,interests,skills,support_needs,travel_mode,travel_max_minutes,hours_min,hours_max,preferred_kinds,consent_to_share\n");
            p.Write("candidate_id,vacancy_id,event,date,hours_per_week,hourly_pay,reason\n");
            var aspiration = new StringBuilder();
            for (var i = 0; i < options.Candidates; i++)
            {
                aspiration.Clear();
                while (aspiration.Length < options.AspirationLength)
                {
                    aspiration.Append(Pick(random, Words)).Append(' ');
                }
                var text = aspiration.ToString(0, Math.Min(options.AspirationLength, 2000)).Trim();
                var min = 4 + random.Next(12);
                w.Write($"C{i:D7},{Date(new DateOnly(1970, 1, 1).AddDays(random.Next(14000)))},{Pick(random, councils)},{Latitude(random)},{Longitude(random)},"
                    + $"{(random.Next(3) > 0 ? "true" : "false")},\"{text}\",{Some(random, soc, 3, atLeastOne: true)},{Some(random, skills, 5)},{Some(random, adjustments, 3)},"
                    + $"{SnakeCase.Of(modes[random.Next(modes.Length)])},{15 + 5 * random.Next(10)},{min},{min + random.Next(20)},{Some(random, kinds.Select(k => SnakeCase.Of(k)).ToArray(), 2)},{(random.Next(4) > 0 ? "true" : "false")}\n");
                if (options.Vacancies > 0 && random.NextDouble() < options.PlacedShare)
                {
                    var vacancy = random.Next(options.Vacancies);
                    var day = new DateOnly(2024, 3, 1).AddDays(random.Next(600));
                    p.Write($"C{i:D7},V{vacancy:D7},introduced,{Date(day)},,,\n");
                    p.Write($"C{i:D7},V{vacancy:D7},interviewed,{Date(day.AddDays(10))},,,\n");
                    if (random.Next(2) == 0)
                    {
                        var pay = vacancyKinds[vacancy].IsPaid() ? "12.50" : "";
                        p.Write($"C{i:D7},V{vacancy:D7},{SnakeCase.Of(PlacementEventType.Started)},{Date(day.AddDays(30))},16,{pay},\n");
                    }
                    else
                    {
                        p.Write($"C{i:D7},V{vacancy:D7},rejected,{Date(day.AddDays(14))},,,\"not this time, thank you\"\n");
                    }
                }
            }
        }
    }

    private static StreamWriter Writer(string folder, string file) =>
        new(Path.Combine(folder, file), append: false, new UTF8Encoding(false), bufferSize: 1 << 16);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Latitude(Random random) => (50.5 + random.NextDouble() * 4.5).ToString("0.00000", CultureInfo.InvariantCulture);

    private static string Longitude(Random random) => (-4 + random.NextDouble() * 5.5).ToString("0.00000", CultureInfo.InvariantCulture);

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Some(Random random, string[] items, int most, bool atLeastOne = false)
    {
        var count = random.Next(atLeastOne ? 1 : 0, most + 1);
        return string.Join(';', Enumerable.Range(0, count).Select(_ => Pick(random, items)).Distinct());
    }
}
