using Employment.Core;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Employment.Core.Placements.PlacementEventType;

namespace Employment.Tests.Placements;

/// <summary>Hours, pay and role changes after a start, against real PostgreSQL; the clock says 23 November 2026.</summary>
[Collection("Database")]
public sealed class JobChangeTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = TestClock.At(TestClock.Start);
    private readonly Guid _coach = Guid.NewGuid();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Changes_AreRecordedInTheHistory_TheStageStaysStarted_AndTheTermsInForceFollowThem()
    {
        await using var db = _database.Context();
        var job = await StartedJobs.StartAsync(db, _clock, new(2026, 1, 5), hours: 20m, pay: 12.71m);

        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(HoursChanged, new(2026, 5, 4), HoursPerWeek: 12m), _coach));
        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(PayChanged, new(2026, 6, 1), HourlyPay: 13.50m), _coach));
        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(RoleChanged, new(2026, 6, 1), Role: "  Team leader  "), _coach));

        db.ChangeTracker.Clear();
        var saved = await db.Placements.Include(p => p.Events).SingleAsync(p => p.Id == job.Id);
        Assert.Equal(Started, saved.Stage);
        Assert.Equal([HoursChanged, PayChanged, RoleChanged], saved.Events.OrderBy(e => e.Id).Skip(4).Select(e => e.Type));
        Assert.Equal(new JobFacts(20m, 12.71m, null, false), JobFacts.On(saved.Events, new(2026, 5, 3)));
        Assert.Equal(new JobFacts(12m, 12.71m, null, false), JobFacts.On(saved.Events, new(2026, 5, 4)));
        Assert.Equal(new JobFacts(12m, 13.50m, "Team leader", false), JobFacts.On(saved.Events, new(2026, 11, 23)));
    }

    public static TheoryData<string, PlacementStep, string, string> BadChanges => new()
    {
        { "pay change below the minimum wage", new(PayChanged, new(2026, 6, 1), HourlyPay: 12.00m), "HourlyPay", "Hourly pay must be at least £12.71: the minimum wage on 1 June 2026 for people aged 21 and over" },
        { "pay change with no pay", new(PayChanged, new(2026, 6, 1)), "HourlyPay", "Enter the new hourly pay" },
        { "hours change before the start", new(HoursChanged, new(2026, 1, 4), HoursPerWeek: 12m), "OccurredOn", "The date must be on or after 5 January 2026, when the last step (started) happened" },
        { "hours change in the future", new(HoursChanged, new(2026, 11, 24), HoursPerWeek: 12m), "OccurredOn", "The date must be today or in the past" },
        { "hours change to the same hours", new(HoursChanged, new(2026, 6, 1), HoursPerWeek: 20m), "HoursPerWeek", "The hours are already 20 a week on that date. Enter the new hours" },
        { "hours change to too many hours", new(HoursChanged, new(2026, 6, 1), HoursPerWeek: 60m), "HoursPerWeek", "Hours a week must be 48 or fewer" },
        { "role change with no role", new(RoleChanged, new(2026, 6, 1), Role: " "), "Role", "Enter the new job title or role" },
        { "role change too long", new(RoleChanged, new(2026, 6, 1), Role: new string('a', 201)), "Role", "The job title or role must be 200 characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(BadChanges))]
    public async Task BadChanges_AreRefusedWithAPlainMessage_AndChangeNothing(string why, PlacementStep step, string field, string message)
    {
        await using var db = _database.Context();
        var job = await StartedJobs.StartAsync(db, _clock, new(2026, 1, 5), hours: 20m, pay: 12.71m);
        var unchanged = await PlacementSteps.SnapshotAsync(db, job.Id);

        var problems = await PlacementSteps.RecordAsync(db, _clock, job.Id, step, _coach);

        Assert.Equal([new Problem(field, message)], problems);
        Assert.True(unchanged == await PlacementSteps.SnapshotAsync(db, job.Id), why);
    }

    [Fact]
    public async Task AStepDatedBeforeThePreviousChange_IsRefused()
    {
        await using var db = _database.Context();
        var job = await StartedJobs.StartAsync(db, _clock, new(2026, 1, 5));
        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(HoursChanged, new(2026, 5, 4), HoursPerWeek: 12m), _coach));

        var problems = await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(PayChanged, new(2026, 5, 1), HourlyPay: 13m), _coach);

        Assert.Equal([new Problem("OccurredOn", "The date must be on or after 4 May 2026, when the last step (hours changed) happened")], problems);
    }

    [Fact]
    public async Task AnUnpaidKind_HasNoPayToChange()
    {
        await using var db = _database.Context();
        var job = await StartedJobs.StartAsync(db, _clock, new(2026, 1, 5), pay: null, kind: OpportunityKind.Volunteering);

        var problems = await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(PayChanged, new(2026, 6, 1), HourlyPay: 13m), _coach);

        Assert.Equal([new Problem("", "Volunteering is unpaid: there is no pay to change")], problems);
    }

    [Fact]
    public async Task ApprenticePay_AtTheApprenticeRate_IsAcceptedInTheFirstYear_AndRefusedOnceBoth19AndPastIt()
    {
        await using var db = _database.Context();
        // 18 at the start on 10 January 2025; 19 on 1 June 2025; the first year ends on 10 January 2026.
        var job = await StartedJobs.StartAsync(db, _clock, new(2025, 1, 10), pay: 6.40m, kind: OpportunityKind.Apprenticeship, bornOn: new(2006, 6, 1));

        // 19 but still in the first year: the apprentice rate (£7.55 from April 2025) is enough.
        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(PayChanged, new(2026, 1, 9), HourlyPay: 7.55m), _coach));

        // 19 and past the first year: the 18 to 20 rate (£10.85 from April 2026) applies.
        var refused = await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(PayChanged, new(2026, 4, 10), HourlyPay: 8.00m), _coach);
        Assert.Equal([new Problem("HourlyPay",
            "Hourly pay must be at least £10.85: the minimum wage on 10 April 2026 for people aged 18 to 20. The apprentice rate no longer applies: on that date Sam is 19 and the apprenticeship is more than a year old")],
            refused);
        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(PayChanged, new(2026, 4, 10), HourlyPay: 10.85m), _coach));
    }

    [Fact]
    public async Task ApprenticePay_AtTheApprenticeRate_IsAcceptedAfterTheFirstYearWhileUnder19()
    {
        await using var db = _database.Context();
        // 16 at the start on 10 January 2025; still 17 on 10 April 2026, past the first year.
        var job = await StartedJobs.StartAsync(db, _clock, new(2025, 1, 10), pay: 6.40m, kind: OpportunityKind.Apprenticeship, bornOn: new(2008, 6, 1));

        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(PayChanged, new(2026, 4, 10), HourlyPay: 8.00m), _coach));
    }
}
