using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Features;
using Employment.Matching.Input;
using Employment.Matching.Ranking;
using Employment.Matching.Scoring;

namespace Employment.Tests.Matching.Pages;

/// <summary>
/// The page ranker maps each side of a pair once when it repeats (decision 0026), so every pair must still be scored
/// and explained from its own person, opportunity and employer, whatever order the pairs come in.
/// </summary>
public sealed class SuggestionRankerTests
{
    private static readonly DateOnly Today = MatchExamples.Today;

    [Fact]
    public void EachPairIsScoredFromItsOwnPersonOpportunityAndEmployer_WhenSidesRepeatOrAlternate()
    {
        var leader = Employer("Leader", DisabilityConfidentLevel.Leader);
        var none = Employer("None", DisabilityConfidentLevel.None);
        var walker = Person("Ana", TravelMode.Walk, ["9263"]);
        var driver = Person("Bea", TravelMode.Lift, ["5434"]);
        var kitchen = Opportunity("Kitchen porter", "9263", leader, northKm: 1);
        var bakery = Opportunity("Baker", "5434", none, northKm: 6);
        var cafe = Opportunity("Cafe", "9263", none, northKm: 3);
        // Repeated runs, alternation and an employer shared by opportunities that are not next to each other.
        (JobSeeker, Opportunity)[] pairs =
            [(walker, kitchen), (walker, bakery), (driver, bakery), (walker, cafe), (driver, kitchen), (driver, cafe), (walker, kitchen)];

        var built = SuggestionRanker.Build(pairs, Today, EmployerRecords.None);
        var ranked = SuggestionRanker.Best(built, new RankedScores(new RuleScorer().Score(built.Features), MatchRanker.NoModelYet, null));

        Assert.Equal(pairs.Length, ranked.Suggestions.Count);
        var soc = SocHierarchy.FromReference();
        foreach (var s in ranked.Suggestions)
        {
            var features = FeatureBuilder.Build(s.Person.ToProfile(), s.Opportunity.ToFacts(), s.Opportunity.Employer!.ToFacts(), Today, soc);
            Assert.Equal(new RuleScorer().Score([features])[0], s.Score);
            // The card's journey and the reason's are the one rounding (decision 0047).
            Assert.Equal(Journey.RoundedMinutes(features.JourneyMinutes), s.JourneyMinutes);
            Assert.Contains(s.Explanation.Reasons.Concat(s.Explanation.Blockers), r => r.Contains($"about {s.JourneyMinutes} minutes", StringComparison.Ordinal));
            var expected = MatchExplainer.Explain(features, s.Person.ToProfile(), s.Opportunity.ToFacts(), s.Opportunity.Employer!.ToFacts(), soc);
            Assert.Equal(expected.Reasons, s.Explanation.Reasons);
            Assert.Equal(expected.Blockers, s.Explanation.Blockers);
        }
        // The walker and the driver get different journeys to the same bakery, and the two employers are told apart.
        Assert.NotEqual(ranked.Suggestions.Single(s => s.Person == walker && s.Opportunity == bakery).JourneyMinutes,
            ranked.Suggestions.Single(s => s.Person == driver && s.Opportunity == bakery).JourneyMinutes);
        Assert.Contains(ranked.Suggestions.Single(s => s.Person == driver && s.Opportunity == kitchen).Explanation.Reasons, r => r.Contains("Disability Confident leader", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePageSaysWhichModelRanked_AndWhenItWasTrained()
    {
        var trained = new DateTimeOffset(2026, 12, 6, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal("Ranked by model v3, trained on 6 December 2026", SuggestionRanker.RankedByWords(new RankedScores([], "model v3", 3, null, trained)));
        Assert.Equal("Ranked by the rule scorer (no model yet)", SuggestionRanker.RankedByWords(new RankedScores([], MatchRanker.NoModelYet, null)));
    }

    private static Employer Employer(string name, DisabilityConfidentLevel level) =>
        new() { Id = Guid.NewGuid(), Name = name, DcLevel = level, DcValidUntil = level == DisabilityConfidentLevel.None ? null : Today.AddYears(1) };

    private static JobSeeker Person(string name, TravelMode mode, List<string> interests) => new()
    {
        Id = Guid.NewGuid(), FirstName = name, LastName = "Example", DateOfBirth = new DateOnly(2000, 1, 1), HomeLatitude = MatchExamples.Latitude,
        HomeLongitude = MatchExamples.Longitude, Interests = interests, Skills = ["teamwork"], SupportNeeds = ["job_coach_on_site"],
        TravelMode = mode, TravelMaxMinutes = 45, HoursMin = 10, HoursMax = 30,
    };

    private static Opportunity Opportunity(string title, string soc, Employer employer, double northKm) => new()
    {
        Id = Guid.NewGuid(), Title = title, SocCode = soc, Employer = employer, EmployerId = employer.Id, Kind = OpportunityKind.PaidJob,
        HoursPerWeek = 16, HourlyPay = 12.50m, Latitude = MatchExamples.Latitude + northKm / 111.2, Longitude = MatchExamples.Longitude,
        AdjustmentsOffered = ["job_coach_on_site"], SkillsRequired = ["teamwork"],
    };
}
