using Employment.Core.Accounts;
using Employment.Core.Placements;
using Employment.Tests.EmployersAndOpportunities;
using Employment.Tests.Infrastructure;
using Employment.Tests.Placements;
using Microsoft.EntityFrameworkCore;

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
        var employerUser = await app.CreateUserAsync(Roles.Employer);
        var (placementId, firstName) = await app.WithDbAsync(async db =>
        {
            var person = await TestData.CreateJobSeekerAsync(db, coach.Id);
            var (_, _, opportunityId) = await EmployerData.WithSiteAndOpportunityAsync(db, employerUser.EmployerId);
            var employer = await db.Employers.SingleAsync(e => e.Id == employerUser.EmployerId);
            employer.DcValidUntil = day0.AddYears(5); // Far enough not to remind within these tests.
            var placement = new Placement
            {
                Id = Guid.NewGuid(), JobSeekerId = person.Id, OpportunityId = opportunityId, Stage = PlacementEventType.Introduced,
                CreatedAt = app.Clock.GetUtcNow(),
                Events = [new PlacementEvent { Type = PlacementEventType.Introduced, OccurredOn = day0.AddDays(-20), RecordedById = coach.Id, RecordedAt = app.Clock.GetUtcNow() }],
            };
            db.Placements.Add(placement);
            await db.SaveChangesAsync();

            PlacementStep[] steps =
            [
                new(PlacementEventType.Interviewed, day0.AddDays(-10)),
                new(PlacementEventType.Offered, day0.AddDays(-5)),
                new(PlacementEventType.Started, day0, HoursPerWeek: 16, HourlyPay: 13.00m),
            ];
            foreach (var step in steps)
            {
                Assert.Empty(await PlacementData.RecordAsync(db, app.Clock, placement.Id, step, coach.Id));
            }
            return (placement.Id, person.FirstName);
        });
        return new StartedPlacement(placementId, coach, employerUser, employerUser.EmployerId!.Value, firstName);
    }
}
