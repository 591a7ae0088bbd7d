using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Features;
using Employment.Matching.Training;
using static Employment.Tests.Matching.MatchExamples;

namespace Employment.Tests.Matching;

public sealed class FeatureBuilderTests
{
    [Theory]
    [InlineData("9263", 1)]
    [InlineData("9241", 2)]
    [InlineData("5434", 3)]
    public void ExactInterest_GivesItsPreferenceRank(string soc, int rank)
    {
        var f = Build(opportunity: KitchenJob with { SocCode = soc });

        Assert.Equal(1, f.InterestExact);
        Assert.Equal(rank, f.InterestRank);
        Assert.Equal(1, f.SameMinorGroup);
    }

    [Fact]
    public void SameMinorGroup_ButNotTheUnitGroup()
    {
        // 9264 is in minor group 926 with Sam's 9263, and not one of Sam's interests.
        var f = Build(opportunity: KitchenJob with { SocCode = "9264" });

        Assert.Equal(0, f.InterestExact);
        Assert.Equal(0, f.InterestRank);
        Assert.Equal(1, f.SameMinorGroup);
        Assert.Equal(1, f.SameSubMajorGroup);
        Assert.Equal(1, f.SameMajorGroup);
    }

    [Fact]
    public void SameMajorGroupOnly_AndNoMatchAtAll()
    {
        var majorOnly = Build(person: Sam with { Interests = ["9263"] }, opportunity: KitchenJob with { SocCode = "9111" });
        var none = Build(person: Sam with { Interests = ["9263"] }, opportunity: KitchenJob with { SocCode = "4131" });

        Assert.Equal((0f, 0f, 1f), (majorOnly.SameMinorGroup, majorOnly.SameSubMajorGroup, majorOnly.SameMajorGroup));
        Assert.Equal((0f, 0f, 0f, 0f), (none.InterestExact, none.SameMinorGroup, none.SameSubMajorGroup, none.SameMajorGroup));
    }

    [Theory]
    [InlineData(TravelMode.Walk, 3, 40)]
    [InlineData(TravelMode.PublicTransport, 10, 50)]
    [InlineData(TravelMode.Lift, 10, 25)]
    public void JourneyMinutes_FollowTheTravelMode(TravelMode mode, double km, double minutes)
    {
        var f = Build(person: Sam with { TravelMode = mode, TravelMaxMinutes = 50 }, opportunity: KilometresNorth(km));

        Assert.Equal(minutes, f.JourneyMinutes, 0.5);
        Assert.Equal(minutes / 50, f.JourneyRatio, 0.02);
    }

    [Theory]
    [InlineData(16, 1, 0)]
    [InlineData(8, 0, 2)]
    [InlineData(30, 0, 10)]
    public void Hours_InsideTheRange_OrHowFarOutside(decimal hours, float inside, float outside)
    {
        var f = Build(opportunity: KitchenJob with { HoursPerWeek = hours });

        Assert.Equal(inside, f.HoursInsideRange);
        Assert.Equal(outside, f.HoursOutsideRange);
    }

    [Fact]
    public void SupportNeeds_NotOffered_AreCounted()
    {
        var f = Build();
        var none = Build(person: Sam with { SupportNeeds = [] });

        Assert.Equal(0.5f, f.SupportOfferedShare);
        Assert.Equal(1, f.SupportNotOffered);
        Assert.Equal(1, none.SupportOfferedShare);
        Assert.Equal(0, none.SupportNotOffered);
    }

    [Fact]
    public void SkillsCovered_IsTheShareOfSkillsAskedFor()
    {
        Assert.Equal(0.5f, Build().SkillsCoveredShare);
        Assert.Equal(1f, Build(opportunity: KitchenJob with { SkillsRequired = [] }).SkillsCoveredShare);
    }

    [Fact]
    public void DisabilityConfident_CurrentOrLapsed()
    {
        var current = Build();
        var lapsed = Build(employer: Cafe with { DcValidUntil = new DateOnly(2026, 5, 31) });
        var none = Build(employer: Cafe with { DcLevel = DisabilityConfidentLevel.None, DcValidUntil = null });

        Assert.Equal((2f, 1f), (current.DcLevel, current.DcCurrent));
        Assert.Equal((2f, 0f), (lapsed.DcLevel, lapsed.DcCurrent));
        Assert.Equal((0f, 0f), (none.DcLevel, none.DcCurrent));
    }

    [Theory]
    [InlineData(2004, true, 1)]  // 22 with a plan
    [InlineData(2004, false, 0)] // no EHC plan
    [InlineData(2000, true, 0)]  // 26: too old
    [InlineData(2011, true, 0)]  // 15: too young
    public void SupportedInternship_IsFor16To24sWithAnEhcPlan(int bornIn, bool plan, float eligible)
    {
        var person = Sam with { DateOfBirth = new DateOnly(bornIn, 1, 15), HasEhcPlan = plan };

        var internship = Build(person, KitchenJob with { Kind = OpportunityKind.SupportedInternship, HourlyPay = null });
        var job = Build(person, KitchenJob);

        Assert.Equal(eligible, internship.Eligible);
        Assert.Equal(1, job.Eligible);
    }

    [Fact]
    public void Kind_InPreferredKinds_EmptyMeansAny()
    {
        var any = Build();
        var wanted = Build(person: Sam with { PreferredKinds = [OpportunityKind.PaidJob] });
        var notWanted = Build(person: Sam with { PreferredKinds = [OpportunityKind.Volunteering] });

        Assert.Equal((1f, 1f), (any.KindWanted, any.AnyKindWanted));
        Assert.Equal((1f, 0f), (wanted.KindWanted, wanted.AnyKindWanted));
        Assert.Equal((0f, 0f), (notWanted.KindWanted, notWanted.AnyKindWanted));
    }

    [Fact]
    public void Pay_IsMeasuredAgainstTheLivingWageOnTheDay()
    {
        var f = Build();
        var unpaid = Build(opportunity: KitchenJob with { Kind = OpportunityKind.Volunteering, HourlyPay = null });

        Assert.Equal(1, f.Paid);
        Assert.Equal((float)(13.00m / MinimumWage.NationalLivingWage(Today)), f.PayToLivingWage, 0.001f);
        Assert.Equal((0f, 0f), (unpaid.Paid, unpaid.PayToLivingWage));
    }

    [Fact]
    public void InterviewGuarantee_AndAgeBand()
    {
        var f = Build();

        Assert.Equal(1, f.InterviewGuaranteed);
        Assert.Equal(1, f.AgeBand);
        Assert.Equal(0, Build(opportunity: KitchenJob with { InterviewGuaranteed = false }).InterviewGuaranteed);
    }

    [Fact]
    public void TheVector_MatchesTheNamesAndTheModelSchema()
    {
        Assert.Equal(MatchFeatures.Names.Count, Build().ToVector().Length);
        Assert.Equal(FeatureRow.FeatureCount, MatchFeatures.Count);
    }
}
