using Employment.Core.Accounts;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Employment.Tests.Placements;

namespace Employment.Tests.Email;

public sealed record StartedPlacement(Guid PlacementId, AppUser Coach, AppUser EmployerUser, Guid EmployerId, string FirstName);

/// <summary>
/// A coach's job seeker started work on <c>day0</c>, recorded step by step through the real pipeline
/// (<see cref="PlacementRecorder"/>), so the follow-ups are the ones the council's plan makes at a start: the test
/// person's council has no plan of its own, so <see cref="FollowUpPlan.Default"/>.
/// </summary>
public static class StartedPlacements
{
    /// <summary>Days after the start of the employer milestones, the same for every council: 13, 26 and 52 weeks.</summary>
    public static readonly IReadOnlyDictionary<FollowUpKind, int> MilestoneDays = new Dictionary<FollowUpKind, int>
    {
        [FollowUpKind.Milestone13Weeks] = 91,
        [FollowUpKind.Milestone26Weeks] = 182,
        [FollowUpKind.Milestone52Weeks] = 364,
    };

    /// <summary>The clock must be on or after <paramref name="day0"/>: the pipeline refuses steps in the future.</summary>
    public static async Task<StartedPlacement> CreateAsync(EmailAppFixture app, DateOnly day0)
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        // Disability Confident far enough ahead not to remind within these tests.
        var employer = await app.TestData.CreateEmployerAsync(e => e.DisabilityConfidentUntil(day0.AddYears(5)));
        var employerUser = await app.CreateUserAsync(Roles.Employer, employer.Id);
        var person = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id));
        var opportunity = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(employer.Id));
        var placement = await app.TestData.CreatePlacementAsync(p => p
            .For(person.Id).At(opportunity.Id).ByCoach(coach.Id).IntroducedOn(day0.AddDays(-20)).RecordedAt(app.Clock.GetUtcNow()));
        PlacementStep[] steps =
        [
            new(PlacementEventType.Interviewed, day0.AddDays(-10)),
            new(PlacementEventType.Offered, day0.AddDays(-5)),
            new(PlacementEventType.Started, day0, HoursPerWeek: 16, HourlyPay: 13.00m),
        ];
        await app.WithDbAsync(async db =>
        {
            foreach (var step in steps)
            {
                Assert.Empty(await PlacementSteps.RecordAsync(db, app.Clock, placement.Id, step, coach.Id));
            }
            return 0;
        });
        return new StartedPlacement(placement.Id, coach, employerUser, employer.Id, person.FirstName);
    }
}
