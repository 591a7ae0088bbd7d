using Employment.Core.Accounts;
using Employment.Core.Placements;
using Employment.Tests.EmployersAndOpportunities;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Email;

public sealed record StartedPlacement(Guid PlacementId, AppUser Coach, AppUser EmployerUser, Guid EmployerId, string FirstName, IReadOnlyDictionary<FollowUpKind, Guid> FollowUps);

/// <summary>A coach's job seeker started work on <c>day0</c>, with the follow-up rows the plan makes at a start.</summary>
public static class StartedPlacements
{
    /// <summary>
    /// The plan's rows, stated here because the tests' expectations come from them: a coach check-in after two weeks
    /// and the employer milestones at 13, 26 and 52 weeks.
    /// </summary>
    public static readonly IReadOnlyList<(FollowUpKind Kind, int Day)> Plan =
    [
        (FollowUpKind.CoachCheckIn, 14),
        (FollowUpKind.Milestone13Weeks, 91),
        (FollowUpKind.Milestone26Weeks, 182),
        (FollowUpKind.Milestone52Weeks, 364),
    ];

    public static async Task<StartedPlacement> CreateAsync(EmailAppFixture app, DateOnly day0)
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var employerUser = await app.CreateUserAsync(Roles.Employer);
        return await app.WithDbAsync(async db =>
        {
            var person = await TestData.CreateJobSeekerAsync(db, coach.Id);
            var (_, _, opportunityId) = await EmployerData.WithSiteAndOpportunityAsync(db, employerUser.EmployerId);
            var employer = await db.Employers.SingleAsync(e => e.Id == employerUser.EmployerId);
            employer.DcValidUntil = day0.AddYears(5); // Far enough not to remind within these tests.
            var placement = new Placement
            {
                Id = Guid.NewGuid(), JobSeekerId = person.Id, OpportunityId = opportunityId, Stage = PlacementEventType.Started,
                CreatedAt = app.Clock.GetUtcNow(),
                Events =
                [
                    new PlacementEvent { Type = PlacementEventType.Introduced, OccurredOn = day0.AddDays(-20), RecordedAt = app.Clock.GetUtcNow() },
                    new PlacementEvent { Type = PlacementEventType.Started, OccurredOn = day0, HoursPerWeek = 16, HourlyPay = 12.21m, RecordedAt = app.Clock.GetUtcNow() },
                ],
            };
            foreach (var (kind, day) in Plan)
            {
                placement.FollowUps.Add(new FollowUp { Id = Guid.NewGuid(), Kind = kind, DueOn = day0.AddDays(day) });
            }
            db.Placements.Add(placement);
            await db.SaveChangesAsync();
            return new StartedPlacement(placement.Id, coach, employerUser, employer.Id, person.FirstName,
                placement.FollowUps.ToDictionary(f => f.Kind, f => f.Id));
        });
    }
}
