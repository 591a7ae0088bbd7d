using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Core.Referrals;
using Employment.Tests.Infrastructure;
using Employment.Tests.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Referrals;

/// <summary>Referrals taken through the real services: accepted by a coach, and the person proposed and started through the placement recorder.</summary>
public static class ReferralWalk
{
    public static async Task<Guid> AcceptAsync(WebAppFixture app, Guid referralId, Guid coachId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.EmploymentDbContext>();
        var referral = await db.Referrals.SingleAsync(r => r.Id == referralId);
        var result = await scope.ServiceProvider.GetRequiredService<ReferralService>().AcceptAsync(referral, coachId, email: null);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Message)));
        return referral.JobSeekerId!.Value;
    }

    /// <summary>Proposes the person for a new paid job today and records interviewed, offered and started, all today.</summary>
    public static async Task<Guid> StartAsync(WebAppFixture app, Guid personId, Guid coachId)
    {
        var opportunity = await app.TestData.CreateOpportunityAsync(o => o.OfKind(OpportunityKind.PaidJob));
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.EmploymentDbContext>();
        var recorder = scope.ServiceProvider.GetRequiredService<PlacementRecorder>();
        var person = await db.JobSeekers.SingleAsync(j => j.Id == personId);
        Assert.Null(await recorder.ProposeAsync(person, await db.Opportunities.SingleAsync(o => o.Id == opportunity.Id), coachId));
        var placementId = await db.Placements.Where(p => p.JobSeekerId == personId).Select(p => p.Id).SingleAsync();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var today = recorder.Today;
        foreach (var step in new PlacementStep[]
        {
            new(PlacementEventType.Interviewed, today),
            new(PlacementEventType.Offered, today),
            new(PlacementEventType.Started, today, 16m, 12.71m),
        })
        {
            var problems = await PlacementSteps.RecordAsync(db, clock, placementId, step, coachId);
            Assert.True(problems.Count == 0, string.Join("; ", problems.Select(p => p.Message)));
        }
        return placementId;
    }
}
