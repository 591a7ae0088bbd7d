using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Matching.Pages;

/// <summary>
/// People and opportunities around a centre of their own, so each test's suggestions are not crowded by
/// another test's rows in the shared database (centres are more than any travel reach apart).
/// </summary>
public sealed class MatchWorld(double latitude, double longitude)
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    public static MatchWorld Centre(int n) => new(50.9 + n % 4 * 1.1, -3.5 + n / 4 * 2.5);

    public Task<JobSeeker> PersonAsync(EmploymentDbContext db, Guid? coachId, double northKm = 0, Action<JobSeeker>? change = null) =>
        TestData.CreateJobSeekerAsync(db, coachId, change: p =>
        {
            p.HomeLatitude = latitude + northKm / 111.2;
            p.HomeLongitude = longitude;
            change?.Invoke(p);
        });

    /// <summary>An opportunity that fits the TestData person well, <paramref name="northDegrees"/> north of the centre.</summary>
    public static async Task<Opportunity> OpportunityAsync(EmploymentDbContext db, MatchWorld world, string title, double northDegrees,
        Action<Opportunity>? change = null, ApprovalStatus approval = ApprovalStatus.Approved)
    {
        var employer = TestData.Employer(approval);
        db.Employers.Add(employer);
        var opportunity = new Opportunity
        {
            Employer = employer,
            Kind = OpportunityKind.PaidJob,
            Title = title,
            SocCode = "9223",
            HoursPerWeek = 16,
            HourlyPay = 13.00m,
            PayBand = PayBand.Age21AndOver,
            Latitude = world.Latitude + northDegrees,
            Longitude = world.Longitude,
            SkillsRequired = ["cleaning"],
            AdjustmentsOffered = ["written_instructions", "job_coach_on_site"],
            PostedOn = Today.AddDays(-3),
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        change?.Invoke(opportunity);
        db.Opportunities.Add(opportunity);
        await db.SaveChangesAsync();
        return opportunity;
    }

    public double Latitude => latitude;
    public double Longitude => longitude;
}
