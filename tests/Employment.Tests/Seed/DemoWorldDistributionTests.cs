using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Reference;
using static Employment.Tests.Seed.DefaultDemoWorld;

namespace Employment.Tests.Seed;

public sealed class DemoWorldDistributionTests
{
    [Fact]
    public void Generate_ByDefault_MakesTheRequestedNumbers()
    {
        Assert.Equal(3000, World.JobSeekers.Count);
        Assert.Equal(300, World.Employers.Count);
        // Jobs made for interns who converted come on top of the 3,000 posted.
        Assert.InRange(World.Opportunities.Count, 3000, 3200);
        Assert.InRange(World.Coaches.Count, 140, 160);
        Assert.Equal(5, World.Employers.Count(e => e.Approval == ApprovalStatus.Pending));
    }

    [Fact]
    public void JobSeekers_AreMostlyYoungAdults()
    {
        var ages = World.JobSeekers.Select(j => j.JobSeeker.AgeOn(Today)).ToList();
        Assert.All(ages, a => Assert.InRange(a, 16, 64));
        var bands = new[] { ages.Count(a => a < 18), ages.Count(a => a is >= 18 and <= 35), ages.Count(a => a is >= 36 and <= 49), ages.Count(a => a >= 50) };
        Assert.Equal(bands.Max(), bands[1]);
        Assert.InRange(bands[1] / (double)ages.Count, 0.5, 0.8);
    }

    [Fact]
    public void EhcPlans_OnlyForUnder26s_AndAboutHalfOfEveryone()
    {
        Assert.All(World.JobSeekers.Where(j => j.JobSeeker.HasEhcPlan), j => Assert.True(j.JobSeeker.AgeOn(Today) <= 25));
        Assert.InRange(World.JobSeekers.Count(j => j.JobSeeker.HasEhcPlan) / (double)World.JobSeekers.Count, 0.45, 0.62);
    }

    [Fact]
    public void Employers_HaveEveryDisabilityConfidentLevel_InRoughlyTheTargetShares()
    {
        var share = World.Employers.GroupBy(e => e.DcLevel).ToDictionary(g => g.Key, g => g.Count() / (double)World.Employers.Count);
        Assert.InRange(share[DisabilityConfidentLevel.None], 0.32, 0.48);
        Assert.InRange(share[DisabilityConfidentLevel.Committed], 0.22, 0.38);
        Assert.InRange(share[DisabilityConfidentLevel.Employer], 0.15, 0.29);
        Assert.InRange(share[DisabilityConfidentLevel.Leader], 0.03, 0.13);
        var members = World.Employers.Where(e => e.DcLevel != DisabilityConfidentLevel.None).ToList();
        Assert.All(members, e => Assert.NotNull(e.DcValidUntil));
        Assert.Contains(members, e => e.DcValidUntil < Today);
        Assert.Contains(members, e => e.DcValidUntil >= Today && e.DcValidUntil <= Today.AddDays(60));
    }

    [Fact]
    public void Opportunities_OfAllSixKinds_WithSomeOpenToday()
    {
        Assert.Equal(Enum.GetValues<OpportunityKind>().Order(), World.Opportunities.Select(o => o.Kind).Distinct().Order());
        Assert.InRange(World.Opportunities.Count(o => o.IsOpenOn(Today)), 150, 800);
        Assert.All(World.Opportunities, o => Assert.InRange(o.PostedOn, Today.AddYears(-3).AddDays(-1), Today));
    }

    [Fact]
    public void Opportunities_AreMostlyInSocMajorGroups9_6_7And4()
    {
        var share = World.Opportunities.Count(o => o.SocCode[0] is '9' or '6' or '7' or '4') / (double)World.Opportunities.Count;
        Assert.True(share > 0.8, $"Only {share:P0} in major groups 9, 6, 7 and 4");
    }

    [Fact]
    public void Opportunities_PayAtLeastTheMinimumWhenPosted_AndNothingForUnpaidKinds()
    {
        foreach (var o in World.Opportunities)
        {
            if (o.Kind.IsPaid())
            {
                Assert.True(o.HourlyPay >= Employment.Core.Opportunities.MinimumWage.FloorFor(o.Kind, o.PostedOn), $"{o.Title} posted {o.PostedOn} pays {o.HourlyPay}");
            }
            else
            {
                Assert.Null(o.HourlyPay);
            }
        }
    }

    [Fact]
    public void SupportedInternships_HaveALengthAPartnerAndTwentyToThirtyHours()
    {
        var internships = World.Opportunities.Where(o => o.Kind == OpportunityKind.SupportedInternship).ToList();
        Assert.NotEmpty(internships);
        Assert.All(internships, o =>
        {
            Assert.InRange(o.InternshipLengthMonths!.Value, 6, 12);
            Assert.False(string.IsNullOrWhiteSpace(o.StudyProgrammePartner));
            Assert.InRange(o.HoursPerWeek, 20m, 30m);
        });
        Assert.All(World.Opportunities.Where(o => o.Kind != OpportunityKind.SupportedInternship), o => Assert.Null(o.InternshipLengthMonths));
    }

    [Fact]
    public void InterviewGuarantees_AreMoreCommonAtDisabilityConfidentEmployers()
    {
        double Share(bool confident) => World.Opportunities
            .Where(o => DefaultDemoWorld.Employers[o.EmployerId].DcLevel != DisabilityConfidentLevel.None == confident)
            .Average(o => o.InterviewGuaranteed ? 1.0 : 0.0);
        Assert.True(Share(true) > Share(false) + 0.3);
    }

    [Fact]
    public void EveryTag_CodeAndDistrict_IsInTheReferenceData()
    {
        var soc = ReferenceCsv.Read("soc2020_unit_groups.csv").Select(r => r["unit_group"]).ToHashSet();
        var skills = ReferenceCsv.Read("skills.csv").Select(r => r["tag"]).ToHashSet();
        var adjustments = ReferenceCsv.Read("adjustments.csv").Select(r => r["tag"]).ToHashSet();
        var districts = ReferenceCsv.Read("postcode_districts.csv").Select(r => r["district"]).ToHashSet();
        var people = World.JobSeekers.Select(j => j.JobSeeker).ToList();

        Assert.Subset(soc, World.Opportunities.Select(o => o.SocCode).Concat(people.SelectMany(p => p.Interests)).ToHashSet());
        Assert.Subset(skills, World.Opportunities.SelectMany(o => o.SkillsRequired).Concat(people.SelectMany(p => p.Skills)).ToHashSet());
        Assert.Subset(adjustments, World.Opportunities.SelectMany(o => o.AdjustmentsOffered)
            .Concat(World.Employers.SelectMany(e => e.AdjustmentsUsuallyOffered)).Concat(people.SelectMany(p => p.SupportNeeds)).ToHashSet());
        Assert.Subset(districts, World.Opportunities.Select(o => o.Postcode!.Split(' ')[0]).Concat(people.Select(p => p.HomePostcode!.Split(' ')[0])).ToHashSet());
    }
}
