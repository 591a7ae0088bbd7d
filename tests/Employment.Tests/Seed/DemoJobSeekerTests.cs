using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using static Employment.Tests.Seed.DefaultDemoWorld;

namespace Employment.Tests.Seed;

public sealed class DemoJobSeekerTests
{
    [Fact]
    public void People_LiveInTheirCouncilsPostcodeArea_MostlyInTheTwoCities()
    {
        Assert.All(World.JobSeekers, j =>
        {
            var district = j.JobSeeker.HomePostcode!.Split(' ')[0];
            Assert.Matches(@"^(LE|ST)\d{1,2} \d[A-Z]{2}$", j.JobSeeker.HomePostcode);
            Assert.StartsWith(j.LocalAuthorityOnsCode is "E06000021" or "E10000028" ? "ST" : "LE", district);
            if (j.LocalAuthorityOnsCode == "E06000017")
            {
                Assert.Equal("LE15", district);
            }
        });
        var cities = World.JobSeekers.Count(j => j.LocalAuthorityOnsCode is "E06000016" or "E06000021");
        Assert.InRange(cities / (double)World.JobSeekers.Count, 0.6, 0.8);
        Assert.Equal(5, World.JobSeekers.Select(j => j.LocalAuthorityOnsCode).Distinct().Count());
    }

    [Fact]
    public void People_InTheSameDistrict_DoNotAllLiveAtOnePoint()
    {
        var le1 = World.JobSeekers.Select(j => j.JobSeeker).Where(j => j.HomePostcode!.StartsWith("LE1 ")).ToList();
        Assert.True(le1.Select(j => (j.HomeLatitude, j.HomeLongitude)).Distinct().Count() > le1.Count / 2);
    }

    [Fact]
    public void Profiles_HaveInterestsSkillsAndAtMostFourSupportNeeds()
    {
        Assert.All(World.JobSeekers.Select(j => j.JobSeeker), j =>
        {
            Assert.InRange(j.Interests.Count, 1, 3);
            Assert.Equal(j.Interests.Count, j.Interests.Distinct().Count());
            Assert.NotEmpty(j.Skills);
            Assert.InRange(j.SupportNeeds.Count, 0, 4);
            Assert.False(string.IsNullOrWhiteSpace(j.Aspirations));
            Assert.True(j.HoursMin <= j.HoursMax);
        });
    }

    [Theory]
    [InlineData(TravelMode.Walk, 10, 30)]
    [InlineData(TravelMode.PublicTransport, 20, 60)]
    [InlineData(TravelMode.Lift, 15, 45)]
    public void TravelLimits_SuitTheWayThePersonTravels(TravelMode mode, int least, int most)
    {
        var limits = World.JobSeekers.Select(j => j.JobSeeker).Where(j => j.TravelMode == mode).Select(j => j.TravelMaxMinutes).ToList();
        Assert.NotEmpty(limits);
        Assert.All(limits, m => Assert.InRange(m, least, most));
    }

    [Fact]
    public void SupportedInternships_ArePreferredOnlyBy16To24sWithAnEhcPlan()
    {
        var wanting = World.JobSeekers.Select(j => j.JobSeeker).Where(j => j.PreferredKinds.Contains(OpportunityKind.SupportedInternship)).ToList();
        Assert.NotEmpty(wanting);
        Assert.All(wanting, j => Assert.True(j.HasEhcPlan && j.AgeOn(Today) is >= 16 and <= 24));
    }

    [Fact]
    public void Consent_IsRecordedForAbout85Percent_WithWhoWhenAndHow()
    {
        var people = World.JobSeekers.Select(j => j.JobSeeker).ToList();
        Assert.InRange(people.Count(j => j.ConsentToShare) / (double)people.Count, 0.8, 0.9);
        Assert.All(people.Where(j => j.ConsentToShare), j =>
        {
            Assert.NotNull(j.ConsentRecordedAt);
            Assert.Equal(j.CoachId, j.ConsentRecordedById);
            Assert.False(string.IsNullOrWhiteSpace(j.ConsentExplainedHow));
        });
        Assert.Contains(people, j => j.PausedOn is not null);
    }

    [Fact]
    public void Coaches_HaveCaseloadsOfAbout20_InTheirOwnCouncil()
    {
        var coachCouncil = World.Coaches.ToDictionary(c => c.User.Id, c => c.CouncilOnsCode);
        Assert.All(World.JobSeekers, j => Assert.Equal(j.LocalAuthorityOnsCode, coachCouncil[j.JobSeeker.CoachId!.Value]));
        var caseloads = World.JobSeekers.GroupBy(j => j.JobSeeker.CoachId).Select(g => g.Count()).ToList();
        Assert.InRange(caseloads.Average(), 17, 21);
        Assert.All(caseloads, c => Assert.InRange(c, 1, 25));
    }
}
