using Employment.Core.Employers;
using Employment.Core.Interchange;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Input;
using static Employment.Tests.Matching.MatchExamples;

namespace Employment.Tests.Matching;

/// <summary>The same person and opportunity give the same features whether they come from the database or a file.</summary>
public sealed class MapperAgreementTests
{
    [Fact]
    public void EntitiesAndInterchangeRows_GiveTheSameFeatures()
    {
        var seeker = new JobSeeker
        {
            FirstName = "Sam", LastName = "Example", SourceId = "C1", DateOfBirth = Sam.DateOfBirth, HasEhcPlan = true,
            HomeLatitude = Latitude, HomeLongitude = Longitude, Interests = ["9263", "9241"], Skills = ["washing_up"],
            SupportNeeds = ["quiet_workspace"], TravelMode = TravelMode.Walk, TravelMaxMinutes = 30, HoursMin = 10, HoursMax = 20,
            PreferredKinds = [OpportunityKind.PaidJob],
        };
        var candidateRow = new CandidateRow(2, "C1", Sam.DateOfBirth, 1, Latitude, Longitude, true, null, ["9263", "9241"], ["washing_up"],
            ["quiet_workspace"], "walk", 30, 10, 20, ["paid_job"], true);
        var employer = new Employer { Name = "Cafe", SourceId = "E1", DcLevel = DisabilityConfidentLevel.Leader, DcValidUntil = new DateOnly(2027, 1, 1) };
        var opportunity = new Opportunity
        {
            Title = "Kitchen assistant", SourceId = "V1", Employer = employer, Kind = OpportunityKind.PaidJob, SocCode = "9264",
            SkillsRequired = ["washing_up"], AdjustmentsOffered = ["quiet_workspace"], HoursPerWeek = 16, HourlyPay = 13m,
            Latitude = Latitude + 0.01, Longitude = Longitude, InterviewGuaranteed = true,
        };
        var vacancyRow = new VacancyRow(2, "V1", "E1", "Kitchen assistant", OpportunityKind.PaidJob, "9264", ["washing_up"], ["quiet_workspace"],
            16, 13m, Latitude + 0.01, Longitude, new DateOnly(2026, 1, 1), null, true);
        var employerRow = new EmployerRow(2, "E1", "Cafe", "leader", new DateOnly(2027, 1, 1), null);

        var fromEntities = Build(seeker.ToProfile(), opportunity.ToFacts(), employer.ToFacts());
        var fromRows = Build(candidateRow.ToProfile(), vacancyRow.ToFacts(), employerRow.ToFacts());

        Assert.Equal(fromEntities.ToVector(), fromRows.ToVector());
    }
}
