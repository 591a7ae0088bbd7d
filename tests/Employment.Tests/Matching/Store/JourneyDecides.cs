using Employment.Matching.Features;
using Employment.Matching.Labels;
using Employment.Matching.Training;

namespace Employment.Tests.Matching.Store;

/// <summary>
/// Synthetic pairs where journey minutes alone decide the outcome. The rule scorer looks only at the journey
/// ratio (noise here) and the other noisy features, so a trained model beats it by a wide, deterministic margin.
/// </summary>
internal static class JourneyDecides
{
    public static readonly RankerOptions Small = new() { Trees = 40, Leaves = 8, MinimumPairsPerLeaf = 5, LearningRate = 0.2 };

    public static List<FeaturedPair> Pairs(int people, int pairsEach, int seed, string prefix = "C", bool randomGrades = false)
    {
        var random = new Random(seed);
        var pairs = new List<FeaturedPair>();
        for (var person = 0; person < people; person++)
        {
            for (var j = 0; j < pairsEach; j++)
            {
                var minutes = (float)random.NextDouble() * 80;
                var grade = randomGrades ? random.Next(5) : Math.Min(4, (int)(minutes / 16));
                grade = randomGrades ? grade : 4 - grade;
                pairs.Add(new FeaturedPair(new LabelledPair($"{prefix}{person:D4}", $"V{j:D2}", grade, new DateOnly(2026, 1, 1)), Noise(random, minutes)));
            }
        }
        return pairs;
    }

    private static MatchFeatures Noise(Random random, float minutes) => new()
    {
        InterestExact = random.Next(2),
        InterestRank = random.Next(4),
        SameMinorGroup = random.Next(2),
        SameSubMajorGroup = random.Next(2),
        SameMajorGroup = random.Next(2),
        SkillsCoveredShare = (float)random.NextDouble(),
        JourneyMinutes = minutes,
        JourneyRatio = (float)random.NextDouble() * 2,
        HoursInsideRange = random.Next(2),
        HoursOutsideRange = random.Next(10),
        SupportOfferedShare = (float)random.NextDouble(),
        SupportNotOffered = random.Next(4),
        DcLevel = random.Next(4),
        DcCurrent = random.Next(2),
        KindWanted = random.Next(2),
        AnyKindWanted = random.Next(2),
        Eligible = 1,
        Paid = random.Next(2),
        PayToLivingWage = (float)random.NextDouble() * 1.5f,
        InterviewGuaranteed = random.Next(2),
        AgeBand = random.Next(5),
    };
}
