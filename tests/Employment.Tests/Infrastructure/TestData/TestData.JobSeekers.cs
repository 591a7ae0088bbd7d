using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Infrastructure;

public sealed partial class TestData
{
    /// <summary>A person with a complete careers profile in Leicester who consents to share, on no caseload.</summary>
    public Task<JobSeeker> CreateJobSeekerAsync(Action<JobSeekerBuilder>? configure = null) => SaveAsync(async db =>
    {
        var builder = new JobSeekerBuilder();
        configure?.Invoke(builder);
        var person = await builder.BuildAsync(db);
        db.JobSeekers.Add(person);
        return person;
    });
}

public sealed class JobSeekerBuilder
{
    private string _council = "E06000016";
    private readonly JobSeeker _person = new()
    {
        FirstName = TestData.Faker.Name.FirstName(),
        LastName = TestData.Faker.Name.LastName(),
        DateOfBirth = new DateOnly(2004, 5, 11),
        HomePostcode = "LE2 7QR",
        HomeLatitude = 52.62,
        HomeLongitude = -1.12,
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
        ConsentToShare = true,
        ConsentRecordedAt = DateTimeOffset.UtcNow,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>Only what a person must have (a name, a birth date, a council): no profile, no travel or hours, no consent.</summary>
    public JobSeekerBuilder Plain() => WithoutConsent().With(p =>
    {
        (p.HomePostcode, p.HomeLatitude, p.HomeLongitude, p.HasEhcPlan, p.Aspirations) = (null, 0, 0, false, null);
        (p.Interests, p.Skills, p.SupportNeeds, p.PreferredKinds) = ([], [], [], []);
        (p.TravelMode, p.TravelMaxMinutes, p.HoursMin, p.HoursMax) = (default, 0, 0, 0);
    });

    public JobSeekerBuilder InCaseloadOf(Guid? coachId) => With(p => p.CoachId = coachId);

    public JobSeekerBuilder WithConsent() => With(p => (p.ConsentToShare, p.ConsentRecordedAt) = (true, DateTimeOffset.UtcNow));

    public JobSeekerBuilder WithoutConsent() => With(p => (p.ConsentToShare, p.ConsentRecordedAt) = (false, null));

    public JobSeekerBuilder Named(string firstName, string? lastName = null) => With(p =>
    {
        p.FirstName = firstName;
        p.LastName = lastName ?? p.LastName;
    });

    public JobSeekerBuilder WithLastName(string lastName) => With(p => p.LastName = lastName);

    public JobSeekerBuilder BornOn(DateOnly dateOfBirth) => With(p => p.DateOfBirth = dateOfBirth);

    /// <summary>The council (by ONS code) whose caseload and plan the person falls under.</summary>
    public JobSeekerBuilder InCouncil(string onsCode)
    {
        _council = onsCode;
        return this;
    }

    public JobSeekerBuilder LivingAt(double latitude, double longitude) => With(p => (p.HomeLatitude, p.HomeLongitude) = (latitude, longitude));

    public JobSeekerBuilder WithInterests(params string[] socCodes) => With(p => p.Interests = [.. socCodes]);

    public JobSeekerBuilder WithSupportNeeds(params string[] needs) => With(p => p.SupportNeeds = [.. needs]);

    public JobSeekerBuilder Travels(TravelMode mode, int maxMinutes) => With(p => (p.TravelMode, p.TravelMaxMinutes) = (mode, maxMinutes));

    public JobSeekerBuilder Prefers(params OpportunityKind[] kinds) => With(p => p.PreferredKinds = [.. kinds]);

    public JobSeekerBuilder PausedOn(DateOnly day) => With(p => p.PausedOn = day);

    public JobSeekerBuilder WithSourceId(string sourceId) => With(p => p.SourceId = sourceId);

    /// <summary>Anything the named steps do not cover.</summary>
    public JobSeekerBuilder With(Action<JobSeeker> change)
    {
        change(_person);
        return this;
    }

    internal async Task<JobSeeker> BuildAsync(Core.Data.EmploymentDbContext db)
    {
        _person.LocalAuthorityId = await db.LocalAuthorities.Where(l => l.OnsCode == _council).Select(l => l.Id).SingleAsync();
        return _person;
    }
}
