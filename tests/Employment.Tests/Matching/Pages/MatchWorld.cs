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
    public static DateOnly Today => TestData.Today;

    public static MatchWorld Centre(int n) => new(50.9 + n % 4 * 1.1, -3.5 + n / 4 * 2.5);

    public Task<JobSeeker> PersonAsync(EmploymentDbContext db, Guid? coachId, double northKm = 0, Action<JobSeeker>? change = null) =>
        TestData.On(db).CreateJobSeekerAsync(s => s.InCaseloadOf(coachId).LivingAt(latitude + northKm / 111.2, longitude).With(p => change?.Invoke(p)));

    /// <summary>An opportunity that fits the TestData person well, <paramref name="northDegrees"/> north of the centre.</summary>
    public static Task<Opportunity> OpportunityAsync(EmploymentDbContext db, MatchWorld world, string title, double northDegrees,
        Action<Opportunity>? change = null, ApprovalStatus approval = ApprovalStatus.Approved) =>
        TestData.On(db).CreateOpportunityAsync(o => o.Plain().ForNewEmployer(e => e.WithApproval(approval)).Titled(title).InSocGroup("9223").Hours(16)
            .Paying(13.00m, PayBand.Age21AndOver).At(world.Latitude + northDegrees, world.Longitude)
            .NeedingSkills("cleaning").Offering("written_instructions", "job_coach_on_site").PostedOn(Today.AddDays(-3)).With(x => change?.Invoke(x)));

    public double Latitude => latitude;
    public double Longitude => longitude;
}
