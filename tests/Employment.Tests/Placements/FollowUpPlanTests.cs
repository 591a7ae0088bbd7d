using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Employment.Core.Placements.FollowUpKind;
using static Employment.Core.Placements.PlacementEventType;

namespace Employment.Tests.Placements;

/// <summary>Follow-ups a start creates from the council's plan, and what an end does to them.</summary>
[Collection("Database")]
public sealed class FollowUpPlanTests : IAsyncLifetime
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private readonly FakeTimeProvider _clock = TestClock.At(TestClock.Start);
    private readonly Guid _coach = Guid.NewGuid();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Start_CreatesTheDefaultPlan_WithExactDueDates()
    {
        await using var db = _database.Context();
        var placement = await StartedAsync(db, OpportunityKind.PaidJob);

        var expected = new (FollowUpKind, DateOnly)[]
        {
            (CoachCheckIn, new(2026, 1, 12)), (CoachCheckIn, new(2026, 1, 19)), (CoachCheckIn, new(2026, 2, 2)),
            (CoachCheckIn, new(2026, 3, 2)), (Milestone13Weeks, new(2026, 4, 6)), (CoachCheckIn, new(2026, 4, 2)),
            (CoachCheckIn, new(2026, 5, 2)), (CoachCheckIn, new(2026, 6, 2)), (Milestone26Weeks, new(2026, 7, 6)), (CoachCheckIn, new(2026, 7, 2)),
            (CoachCheckIn, new(2026, 8, 2)), (CoachCheckIn, new(2026, 9, 2)), (CoachCheckIn, new(2026, 10, 2)), (CoachCheckIn, new(2026, 11, 2)),
            (CoachCheckIn, new(2026, 12, 2)), (CoachCheckIn, new(2027, 1, 2)), (Milestone52Weeks, new(2027, 1, 4)),
        };
        Assert.Equal(expected.OrderBy(e => e.Item2), await DueAsync(db, placement.Id));
    }

    [Fact]
    public async Task SupportedInternship_AlsoGetsThePromptEightWeeksBeforeItEnds()
    {
        await using var db = _database.Context();
        var placement = await StartedAsync(db, OpportunityKind.SupportedInternship, internshipMonths: 12);

        var prompts = (await DueAsync(db, placement.Id)).Where(d => d.Kind == PlanMoveIntoPaidWork).ToList();

        // Ends 5 January 2027; eight weeks before is 10 November 2026.
        Assert.Equal([(PlanMoveIntoPaidWork, new DateOnly(2026, 11, 10))], prompts);
    }

    [Fact]
    public async Task Start_UsesTheCouncilsOwnPlan_WhenItHasOne()
    {
        await using var db = _database.Context();
        var leicester = await db.LocalAuthorities.SingleAsync(l => l.OnsCode == "E06000016");
        db.Add(new FollowUpPlan { LocalAuthorityId = leicester.Id, CheckInWeeks = [2, 6], MonthlyUntilWeek = 26, InternshipPromptWeeksBeforeEnd = 10 });
        await db.SaveChangesAsync();

        var placement = await StartedAsync(db, OpportunityKind.SupportedInternship, internshipMonths: 10);

        var expected = new (FollowUpKind, DateOnly)[]
        {
            (CoachCheckIn, new(2026, 1, 19)), (CoachCheckIn, new(2026, 2, 16)),
            (CoachCheckIn, new(2026, 3, 16)), (CoachCheckIn, new(2026, 4, 16)), (CoachCheckIn, new(2026, 5, 16)), (CoachCheckIn, new(2026, 6, 16)),
            (Milestone13Weeks, new(2026, 4, 6)), (Milestone26Weeks, new(2026, 7, 6)), (Milestone52Weeks, new(2027, 1, 4)),
            // Ends 5 November 2026; ten weeks before is 27 August 2026.
            (PlanMoveIntoPaidWork, new(2026, 8, 27)),
        };
        Assert.Equal(expected.OrderBy(e => e.Item2).ThenBy(e => e.Item1), await DueAsync(db, placement.Id));
    }

    [Fact]
    public async Task Ending_ClosesLaterFollowUpsAsNotNeeded_KeepingThemAndEverythingEarlier()
    {
        await using var db = _database.Context();
        var placement = await StartedAsync(db, OpportunityKind.PaidJob);
        var first = await db.FollowUps.Include(f => f.Placement).ThenInclude(p => p!.Events).SingleAsync(f => f.PlacementId == placement.Id && f.DueOn == new DateOnly(2026, 1, 12));
        Assert.Empty(await new CheckInRecorder(db, new Core.Audit.AuditLog(db, _clock), _clock).RecordAsync(first, new CheckIn(new(2026, 1, 13), "Settling in well", 3m, false, null), _coach));
        var before = await db.FollowUps.CountAsync(f => f.PlacementId == placement.Id);

        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Ended, new(2026, 3, 10), Reason: "did_not_suit"), _coach));

        db.ChangeTracker.Clear();
        var followUps = await db.FollowUps.Where(f => f.PlacementId == placement.Id).ToListAsync();
        Assert.Equal(before, followUps.Count);
        Assert.All(followUps.Where(f => f.DueOn > new DateOnly(2026, 3, 10)), f => Assert.True(f.NotNeeded && f.CompletedOn is null));
        Assert.Equal([new DateOnly(2026, 1, 19), new DateOnly(2026, 2, 2), new DateOnly(2026, 3, 2)],
            followUps.Where(f => f.IsOpen).Select(f => f.DueOn).Order());
        Assert.Equal(new DateOnly(2026, 1, 13), followUps.Single(f => f.DueOn == new DateOnly(2026, 1, 12)).CompletedOn);
        Assert.DoesNotContain(await db.FollowUps.Where(f => f.PlacementId == placement.Id).DueBy(new DateOnly(2027, 6, 1)).Select(f => f.DueOn).ToListAsync(), d => d > new DateOnly(2026, 3, 10));
    }

    [Fact]
    public async Task Erasure_RemovesTheWordsOfACheckIn_ButKeepsItsFacts()
    {
        await using var db = _database.Context();
        var placement = await StartedAsync(db, OpportunityKind.PaidJob);
        var first = await db.FollowUps.Include(f => f.Placement).ThenInclude(p => p!.Events).SingleAsync(f => f.PlacementId == placement.Id && f.DueOn == new DateOnly(2026, 1, 12));
        Assert.Empty(await new CheckInRecorder(db, new Core.Audit.AuditLog(db, _clock), _clock).RecordAsync(first, new CheckIn(new(2026, 1, 13), "Struggling with the bus", 3m, true, "Late twice this week"), _coach));

        Assert.True(await new Core.JobSeekers.Erasure(db, new Core.Audit.AuditLog(db, _clock), new Core.Email.OutboxRetention(db, _clock), _clock).EraseAsync(placement.JobSeekerId, _coach));

        db.ChangeTracker.Clear();
        var erased = await db.FollowUps.SingleAsync(f => f.Id == first.Id);
        Assert.Equal((null, null), (erased.Notes, erased.RiskDetails));
        Assert.Equal((new DateOnly(2026, 1, 13), 3m, true), (erased.CompletedOn!.Value, erased.SupportHours!.Value, erased.RiskToJob!.Value));
    }

    [Theory]
    [InlineData(new int[0], 52, 8, "CheckInWeeks", "Enter at least one early check-in week, like 1, 2, 4")]
    [InlineData(new[] { 0, 2 }, 52, 8, "CheckInWeeks", "Check-in weeks must be 1 or more: week 0 is the day the person starts")]
    [InlineData(new[] { 1, 4, 2 }, 52, 8, "CheckInWeeks", "Put the check-in weeks in order, each later than the one before, like 1, 2, 4")]
    [InlineData(new[] { 1, 2, 2 }, 52, 8, "CheckInWeeks", "Put the check-in weeks in order, each later than the one before, like 1, 2, 4")]
    [InlineData(new[] { 1, 2, 4 }, 3, 8, "MonthlyUntilWeek", "Monthly check-ins follow the early ones, so they must go on past week 4. Enter 0 for none")]
    [InlineData(new[] { 1, 2, 4 }, 200, 8, "MonthlyUntilWeek", "Monthly check-ins must stop by week 104 (2 years). Enter 0 for none")]
    [InlineData(new[] { 1, 2, 4 }, 52, 0, "InternshipPromptWeeksBeforeEnd", "Weeks before an internship ends must be between 1 and 52")]
    public void Plan_WithWeeksNotPositiveAndIncreasing_IsRefusedInPlainEnglish(int[] weeks, int monthlyUntil, int prompt, string field, string message)
    {
        var plan = new FollowUpPlan { CheckInWeeks = [.. weeks], MonthlyUntilWeek = monthlyUntil, InternshipPromptWeeksBeforeEnd = prompt };

        Assert.Equal([(field, message)], plan.Problems());
        Assert.Empty(FollowUpPlan.Default.Problems());
    }

    private async Task<Placement> StartedAsync(Core.Data.EmploymentDbContext db, OpportunityKind kind, int? internshipMonths = null)
    {
        var placement = await TestData.On(db).CreatePlacementAsync(p => p.AtNewOpportunity(o => o.OfKind(kind).LastingMonths(internshipMonths)));
        foreach (var step in new PlacementStep[] { new(Interviewed, new(2025, 12, 8)), new(Offered, new(2025, 12, 15)), new(Started, Start, 16m, 13m) })
        {
            Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placement.Id, step, _coach));
        }
        return placement;
    }

    private static async Task<List<(FollowUpKind Kind, DateOnly DueOn)>> DueAsync(Core.Data.EmploymentDbContext db, Guid placementId) =>
        (await db.FollowUps.AsNoTracking().Where(f => f.PlacementId == placementId).OrderBy(f => f.DueOn).ThenBy(f => f.Kind).ToListAsync())
            .Select(f => (f.Kind, f.DueOn)).ToList();
}
