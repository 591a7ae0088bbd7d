using Bogus;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Infrastructure;

/// <summary>Small factories so each test makes the rows it needs.</summary>
public static class TestData
{
    private static readonly Faker Faker = new("en_GB");

    public static Employer Employer(ApprovalStatus approval = ApprovalStatus.Approved) => new()
    {
        Name = Faker.Company.CompanyName(),
        Sector = "Retail",
        DcLevel = DisabilityConfidentLevel.Committed,
        DcValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2),
        Approval = approval,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>A person with a complete careers profile in Leicester, in the given coach's caseload.</summary>
    public static async Task<JobSeeker> CreateJobSeekerAsync(EmploymentDbContext db, Guid? coachId, bool consent = true, Action<JobSeeker>? change = null)
    {
        var leicester = await db.LocalAuthorities.SingleAsync(l => l.OnsCode == "E06000016");
        var person = new JobSeeker
        {
            FirstName = Faker.Name.FirstName(),
            LastName = Faker.Name.LastName(),
            DateOfBirth = new DateOnly(2004, 5, 11),
            HomePostcode = "LE2 7QR",
            HomeLatitude = 52.62,
            HomeLongitude = -1.12,
            LocalAuthorityId = leicester.Id,
            HasEhcPlan = true,
            Aspirations = "I want a job where people are kind",
            Interests = ["9223", "6231"],
            Skills = ["cleaning", "teamwork"],
            SupportNeeds = ["written_instructions", "job_coach_on_site"],
            TravelMode = TravelMode.PublicTransport,
            TravelMaxMinutes = 40,
            HoursMin = 10,
            HoursMax = 20,
            PreferredKinds = [OpportunityKind.PaidJob, OpportunityKind.SupportedInternship],
            ConsentToShare = consent,
            ConsentRecordedAt = consent ? DateTimeOffset.UtcNow : null,
            CoachId = coachId,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        change?.Invoke(person);
        db.JobSeekers.Add(person);
        await db.SaveChangesAsync();
        return person;
    }
}
