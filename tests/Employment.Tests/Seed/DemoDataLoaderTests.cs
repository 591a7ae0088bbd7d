using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Seed;
using Employment.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Seed;

[Collection("Database")]
public sealed class DemoDataLoaderTests : IAsyncLifetime
{
    private static readonly DemoWorldOptions SmallWorld = new() { JobSeekers = 200, Employers = 30, Opportunities = 200, EmployerUsers = 5 };

    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private EmploymentDbContext Db() => _database.Context();

    [Fact]
    public async Task Load_SmallWorld_StoresEveryRowAndTheDemoSignIns()
    {
        var world = DemoWorldGenerator.Generate(SmallWorld);
        await using (var db = Db())
        {
            Assert.False(await DemoDataLoader.HasDemoDataAsync(db));
            await DemoDataLoader.LoadAsync(db, world, new PasswordHasher<AppUser>(), CancellationToken.None);
        }

        await using var check = Db();
        Assert.True(await DemoDataLoader.HasDemoDataAsync(check));
        Assert.Equal(world.JobSeekers.Count, await check.JobSeekers.CountAsync());
        Assert.Equal(world.Employers.Count, await check.Employers.CountAsync());
        Assert.Equal(world.Opportunities.Count, await check.Opportunities.CountAsync());
        Assert.Equal(world.Placements.Count, await check.Placements.CountAsync());
        Assert.Equal(world.Placements.Sum(p => p.Events.Count), await check.PlacementEvents.CountAsync());
        // The world's users, and the demo college partner the loader adds with the demo internship programme.
        Assert.Equal(world.AllUsers().Count() + 1, await check.Users.CountAsync());
        var leicester = await check.LocalAuthorities.SingleAsync(l => l.OnsCode == "E06000016");
        Assert.Equal(world.JobSeekers.Count(j => j.LocalAuthorityOnsCode == "E06000016"), await check.JobSeekers.CountAsync(j => j.LocalAuthorityId == leicester.Id));

        var expected = world.JobSeekers.Select(j => j.JobSeeker).First(j => j.PreferredKinds.Count > 0);
        var stored = await check.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == expected.Id);
        Assert.Equal(expected.PreferredKinds, stored.PreferredKinds);
        Assert.Equal(expected.Interests, stored.Interests);
        Assert.Equal((expected.TravelMode, expected.HoursMax, expected.CreatedAt), (stored.TravelMode, stored.HoursMax, stored.CreatedAt));
        var placement = world.Placements.First(p => p.Events.Count > 3);
        var events = await check.PlacementEvents.AsNoTracking().Where(e => e.PlacementId == placement.Id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(placement.Events.Select(e => (e.Type, e.OccurredOn, e.HourlyPay)), events.Select(e => (e.Type, e.OccurredOn, e.HourlyPay)));
        Assert.Equal(placement.Stage, (await check.Placements.SingleAsync(p => p.Id == placement.Id)).Stage);

        var hasher = new PasswordHasher<AppUser>();
        foreach (var signIn in world.DemoSignIns)
        {
            var normalized = signIn.User.NormalizedEmail;
            var user = await check.Users.SingleAsync(u => u.NormalizedEmail == normalized);
            var roles = await check.UserRoles.Where(r => r.UserId == user.Id)
                .Join(check.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
            Assert.Equal([signIn.Role], roles);
            Assert.NotEqual(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash!, DemoAccounts.Password));
        }
    }

    [Fact]
    public async Task Load_WhenAnInsertFails_LeavesNothingBehind()
    {
        var world = DemoWorldGenerator.Generate(SmallWorld with { Seed = 7 });
        world.Placements[^1].OpportunityId = Guid.NewGuid();
        await using var check = Db();
        var (employers, users, roles) = (await check.Employers.CountAsync(), await check.Users.CountAsync(), await check.Roles.CountAsync());

        await using (var db = Db())
        {
            await Assert.ThrowsAnyAsync<Exception>(() => DemoDataLoader.LoadAsync(db, world, new PasswordHasher<AppUser>(), CancellationToken.None));
        }

        Assert.False(await DemoDataLoader.HasDemoDataAsync(check));
        Assert.Equal(employers, await check.Employers.CountAsync());
        Assert.Equal(users, await check.Users.CountAsync());
        Assert.Equal(roles, await check.Roles.CountAsync());
    }
}
