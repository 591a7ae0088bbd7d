using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Features;
using Employment.Matching.Input;

namespace Employment.Tests.Matching;

/// <summary>Hand-made people and opportunities for feature tests: Sam in Leicester, a kitchen job next door.</summary>
internal static class MatchExamples
{
    public static readonly DateOnly Today = new(2026, 6, 1);

    // Leicester clock tower; 0.009 degrees of latitude is about 1 km.
    public const double Latitude = 52.6362;
    public const double Longitude = -1.1331;

    public static CandidateProfile Sam => new()
    {
        Id = "C1",
        FirstName = "Sam",
        DateOfBirth = new DateOnly(2004, 1, 15),
        HasEhcPlan = true,
        Latitude = Latitude,
        Longitude = Longitude,
        Interests = ["9263", "9241", "5434"],
        Skills = ["washing_up", "teamwork"],
        SupportNeeds = ["job_coach_on_site", "quiet_workspace"],
        TravelMode = TravelMode.PublicTransport,
        TravelMaxMinutes = 40,
        HoursMin = 10,
        HoursMax = 20,
    };

    public static OpportunityFacts KitchenJob => new()
    {
        Id = "V1",
        EmployerId = "E1",
        Title = "Kitchen assistant",
        Kind = OpportunityKind.PaidJob,
        SocCode = "9263",
        SkillsRequired = ["washing_up", "food_preparation"],
        AdjustmentsOffered = ["job_coach_on_site"],
        HoursPerWeek = 16,
        HourlyPay = 13.00m,
        Latitude = Latitude,
        Longitude = Longitude,
        InterviewGuaranteed = true,
    };

    public static EmployerFacts Cafe => new()
    {
        Id = "E1",
        Name = "Clock Tower Cafe",
        DcLevel = DisabilityConfidentLevel.Employer,
        DcValidUntil = new DateOnly(2027, 1, 1),
    };

    public static MatchFeatures Build(CandidateProfile? person = null, OpportunityFacts? opportunity = null, EmployerFacts? employer = null, DateOnly? today = null) =>
        FeatureBuilder.Build(person ?? Sam, opportunity ?? KitchenJob, employer ?? Cafe, today ?? Today, SocHierarchy.FromReference());

    /// <summary>The same opportunity moved <paramref name="km"/> km north.</summary>
    public static OpportunityFacts KilometresNorth(double km) => KitchenJob with { Latitude = Latitude + km / 111.2 };
}
