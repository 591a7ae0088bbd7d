using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Referrals;
using Employment.Seed;
using Employment.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Referrals;

/// <summary>The demo world puts a few referrals in the demo coach's intake queue, one with a question for the demo adviser.</summary>
[Collection("Database")]
public sealed class DemoReferralsTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task TheDemoCoachesQueue_HasReferralsWaiting_AndTheDemoAdviserHasAQuestionToAnswer()
    {
        var world = DemoWorldGenerator.Generate(new DemoWorldOptions { JobSeekers = 60, Employers = 10, Opportunities = 40, EmployerUsers = 2 });
        await using (var db = _database.Context())
        {
            await DemoDataLoader.LoadAsync(db, world, new PasswordHasher<AppUser>(), CancellationToken.None);
        }

        await using var check = _database.Context();
        var coach = await check.Users.SingleAsync(u => u.Email == DemoAccounts.Coach);
        var adviser = await check.Users.SingleAsync(u => u.Email == DemoAccounts.Adviser);
        var queue = await check.Referrals.Where(r => r.LocalAuthorityId == coach.LocalAuthorityId).ToListAsync();
        Assert.Equal(4, queue.Count);
        Assert.All(queue, r => Assert.True(r.Status.IsOpen()));
        Assert.Equal(2, queue.Count(r => r.ReferredById == adviser.Id && r.Source == ReferralSource.JobcentrePlus));
        Assert.Single(queue, r => r.ReferredById == adviser.Id && r.Status == ReferralStatus.MoreInformationAsked);
        Assert.Equal([ReferralSource.Health, ReferralSource.College], queue.Where(r => r.ReferredById == coach.Id).OrderBy(r => r.ReceivedAt).Select(r => r.Source));
    }
}
