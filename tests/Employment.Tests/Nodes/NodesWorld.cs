using Employment.Core.Accounts;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Employment.Tests.Placements;
using Employment.Core.JobSeekers;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Nodes;

/// <summary>
/// A coach, a person on their caseload with a personal link, and that person's job which started 100 days ago, so the
/// 13-week milestone is due and the next milestone run emails the employer a link.
/// </summary>
public sealed record NodesWorld(AppUser Coach, string PersonalToken, string EmployerEmail)
{
    public static async Task<NodesWorld> CreateAsync(WebAppFixture kit)
    {
        var clock = TimeProvider.System;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var day0 = today.AddDays(-100);
        var coach = await kit.CreateUserAsync(Roles.Coach);
        var employer = await kit.TestData.CreateEmployerAsync(e => e.DisabilityConfidentUntil(today.AddYears(5)));
        var employerUser = await kit.CreateUserAsync(Roles.Employer, employer.Id);
        var person = await kit.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id));
        var opportunity = await kit.TestData.CreateOpportunityAsync(o => o.ForEmployer(employer.Id));
        var placement = await kit.TestData.CreatePlacementAsync(p => p
            .For(person.Id).At(opportunity.Id).ByCoach(coach.Id).IntroducedOn(day0.AddDays(-20)).RecordedAt(clock.GetUtcNow()));
        PlacementStep[] steps =
        [
            new(PlacementEventType.Interviewed, day0.AddDays(-10)),
            new(PlacementEventType.Offered, day0.AddDays(-5)),
            new(PlacementEventType.Started, day0, HoursPerWeek: 16, HourlyPay: 13.00m),
        ];
        await kit.WithDbAsync(async db =>
        {
            foreach (var step in steps)
            {
                Assert.Empty(await PlacementSteps.RecordAsync(db, clock, placement.Id, step, coach.Id));
            }
            return 0;
        });
        await using var scope = kit.Factory.Services.CreateAsyncScope();
        var link = await scope.ServiceProvider.GetRequiredService<PersonalLinkService>().CreateAsync(person.Id, coach.Id);
        return new NodesWorld(coach, link.Token, employerUser.Email!);
    }
}
