using Employment.Core;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Employment.Core.Placements.PlacementEventType;

namespace Employment.Tests.Placements;

/// <summary>The pipeline's steps against real PostgreSQL; the clock says 23 November 2026.</summary>
[Collection("Database")]
public sealed class PipelineTests : IAsyncLifetime
{
    private static readonly DateOnly Introduced_ = new(2025, 12, 1);
    private readonly FakeTimeProvider _clock = TestClock.At(TestClock.Start);
    private readonly Guid _coach = Guid.NewGuid();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public static TheoryData<PlacementEventType[]> ValidPaths => new()
    {
        new[] { Interviewed, Offered, Started, Ended },
        new[] { Declined },
        new[] { Rejected },
        new[] { Interviewed, Declined },
        new[] { Interviewed, Rejected },
        new[] { Interviewed, Offered, Declined },
        new[] { Interviewed, Offered, Rejected },
    };

    [Theory]
    [MemberData(nameof(ValidPaths))]
    public async Task EveryValidPath_IsRecordedWithWhenWhoAndFacts(PlacementEventType[] path)
    {
        await using var db = _database.Context();
        var placement = await TestData.On(db).CreatePlacementAsync();

        var day = Introduced_;
        foreach (var step in path)
        {
            day = day.AddDays(7);
            Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placement.Id, StepOn(step, day), _coach));
        }

        db.ChangeTracker.Clear();
        var saved = await db.Placements.Include(p => p.Events).SingleAsync(p => p.Id == placement.Id);
        Assert.Equal(path[^1], saved.Stage);
        var recorded = saved.Events.OrderBy(e => e.Id).Skip(1).ToList();
        Assert.Equal(path, recorded.Select(e => e.Type));
        Assert.All(recorded, e => Assert.Equal(_coach, e.RecordedById));
        Assert.All(recorded, e => Assert.Equal(_clock.GetUtcNow(), e.RecordedAt));
        Assert.Equal(Enumerable.Range(1, path.Length).Select(i => Introduced_.AddDays(7 * i)), recorded.Select(e => e.OccurredOn));
        if (path.Contains(Started))
        {
            var start = recorded.Single(e => e.Type == Started);
            Assert.Equal((16m, 12.71m), (start.HoursPerWeek!.Value, start.HourlyPay!.Value));
            Assert.Equal("Finished as planned", recorded.Single(e => e.Type == Ended).Reason);
        }
        if (path[^1] is Declined or Rejected)
        {
            Assert.Equal("They found another job", recorded[^1].Reason);
        }
        Assert.Equal(path.Length, await db.AuditEntries.CountAsync(a => a.JobSeekerId == placement.JobSeekerId && a.Action == "changed" && a.UserId == _coach));
    }

    public static TheoryData<string, PlacementEventType[], PlacementEventType, string, string> InvalidSteps => new()
    {
        { "offered before an interview", [], Offered, "", "You cannot record \"offered the job\" yet. The placement is at \"proposed\": next you can record interviewed or the person said no or the employer said no" },
        { "started before an offer", [Interviewed], Started, "", "You cannot record \"started\" yet. The placement is at \"interviewed\": next you can record offered the job or the person said no or the employer said no" },
        { "ended before a start", [Interviewed, Offered], Ended, "", "You cannot record \"ended\" yet. The placement is at \"offered\": next you can record started or the person said no or the employer said no" },
        { "introduced twice", [], PlacementEventType.Introduced, "", "You cannot record \"proposed to the employer\" yet. The placement is at \"proposed\": next you can record interviewed or the person said no or the employer said no" },
        { "anything after the end", [Interviewed, Offered, Started, Ended], Interviewed, "", "This placement has ended. Nothing more can be recorded for it" },
        { "ended twice", [Interviewed, Offered, Started, Ended], Ended, "", "This placement has ended. Nothing more can be recorded for it" },
        { "declined after the start", [Interviewed, Offered, Started], Declined, "", "The person has already started. Record that the placement ended instead" },
        { "rejected after the start", [Interviewed, Offered, Started], Rejected, "", "The person has already started. Record that the placement ended instead" },
        { "interviewed after declining", [Declined], Interviewed, "", "This placement is closed: person said no. Nothing more can be recorded for it" },
        { "offered after rejection", [Interviewed, Rejected], Offered, "", "This placement is closed: employer said no. Nothing more can be recorded for it" },
    };

    [Theory]
    [MemberData(nameof(InvalidSteps))]
    public async Task StepsOutOfOrder_AreRefusedWithAClearMessage_AndChangeNothing(string why, PlacementEventType[] before, PlacementEventType step, string field, string message)
    {
        await using var db = _database.Context();
        var placement = await TestData.On(db).CreatePlacementAsync();
        var day = Introduced_;
        foreach (var earlier in before)
        {
            day = day.AddDays(7);
            Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placement.Id, StepOn(earlier, day), _coach));
        }
        var unchanged = await PlacementSteps.SnapshotAsync(db, placement.Id);

        var problems = await PlacementSteps.RecordAsync(db, _clock, placement.Id, StepOn(step, day.AddDays(7)), _coach);

        Assert.Equal([new Problem(field, message)], problems);
        Assert.True(unchanged == await PlacementSteps.SnapshotAsync(db, placement.Id), why);
    }

    public static TheoryData<string, PlacementStep, string, string> BadFacts => new()
    {
        { "start without hours", new(Started, new(2026, 1, 5), HourlyPay: 13m), "HoursPerWeek", "Enter the hours a week agreed" },
        { "start with no hours", new(Started, new(2026, 1, 5), 0m, 13m), "HoursPerWeek", "Hours a week must be more than 0" },
        { "start with too many hours", new(Started, new(2026, 1, 5), 60m, 13m), "HoursPerWeek", "Hours a week must be 48 or fewer" },
        { "start without pay", new(Started, new(2026, 1, 5), 16m), "HourlyPay", "Enter the hourly pay: paid job must pay at least the minimum wage" },
        { "pay below the minimum wage", new(Started, new(2026, 1, 5), 16m, 12.20m), "HourlyPay", "Hourly pay must be at least £12.21: the minimum wage on 5 January 2026 for people aged 21 and over" },
        { "date before the previous step", new(Started, new(2025, 12, 14), 16m, 13m), "OccurredOn", "The date must be on or after 15 December 2025, when the last step (offered the job) happened" },
        { "date in the future", new(Started, new(2026, 11, 24), 16m, 13m), "OccurredOn", "The date must be today or in the past" },
        { "end without a reason", new(Ended, new(2026, 1, 5)), "", "" },
        { "decline without a reason", new(Declined, new(2026, 1, 5)), "Reason", "Say why the person said no" },
    };

    [Theory]
    [MemberData(nameof(BadFacts))]
    public async Task StepsWithMissingOrWrongFacts_AreRefused_AndChangeNothing(string why, PlacementStep step, string field, string message)
    {
        await using var db = _database.Context();
        var placement = await TestData.On(db).CreatePlacementAsync();
        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Interviewed, new(2025, 12, 8)), _coach));
        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Offered, new(2025, 12, 15)), _coach));
        if (step.Type == Ended)
        {
            Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Started, new(2026, 1, 5), 16m, 13m), _coach));
            (field, message) = ("Reason", "Select why the placement ended");
        }
        var unchanged = await PlacementSteps.SnapshotAsync(db, placement.Id);

        var problems = await PlacementSteps.RecordAsync(db, _clock, placement.Id, step, _coach);

        Assert.Equal([new Problem(field, message)], problems);
        Assert.True(unchanged == await PlacementSteps.SnapshotAsync(db, placement.Id), why);
    }

    [Theory]
    [InlineData("2007-06-01", "10.84", false, "Hourly pay must be at least £10.85: the minimum wage on 1 June 2026 for people aged 18 to 20")]
    [InlineData("2007-06-01", "10.85", true, null)]
    [InlineData("2005-06-01", "12.70", false, "Hourly pay must be at least £12.71: the minimum wage on 1 June 2026 for people aged 21 and over")]
    [InlineData("2005-06-02", "10.85", true, null)]
    public async Task MinimumWage_IsTheRateForThePersonsAgeOnTheStartDay(string born, string pay, bool accepted, string? message)
    {
        await using var db = _database.Context();
        var placement = await TestData.On(db).CreatePlacementAsync(p => p.IntroducedOn(new DateOnly(2026, 5, 1)).ForNewJobSeeker(s => s.BornOn(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture))));
        await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Interviewed, new(2026, 5, 10)), _coach);
        await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Offered, new(2026, 5, 20)), _coach);

        var problems = await PlacementSteps.RecordAsync(db, _clock, placement.Id,
            new PlacementStep(Started, new(2026, 6, 1), 16m, decimal.Parse(pay, System.Globalization.CultureInfo.InvariantCulture)), _coach);

        Assert.Equal(accepted ? [] : [new Problem("HourlyPay", message!)], problems);
    }

    [Theory]
    [InlineData(OpportunityKind.Traineeship)]
    [InlineData(OpportunityKind.WorkExperience)]
    [InlineData(OpportunityKind.Volunteering)]
    public async Task UnpaidKinds_StartWithoutPay_AndKeepNone(OpportunityKind kind)
    {
        await using var db = _database.Context();
        var placement = await TestData.On(db).CreatePlacementAsync(p => p.AtNewOpportunity(o => o.OfKind(kind)));
        await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Interviewed, new(2025, 12, 8)), _coach);
        await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Offered, new(2025, 12, 15)), _coach);

        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Started, new(2026, 1, 5), 30m, 1.00m), _coach));

        var start = await db.PlacementEvents.SingleAsync(e => e.PlacementId == placement.Id && e.Type == Started);
        Assert.Equal((30m, (decimal?)null), (start.HoursPerWeek!.Value, start.HourlyPay));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("12.50")]
    public async Task SupportedInternships_StartUnpaidOrPaid_AndKeepWhatWasAgreed(string? pay)
    {
        await using var db = _database.Context();
        var placement = await TestData.On(db).CreatePlacementAsync(p => p.AtNewOpportunity(o => o.OfKind(OpportunityKind.SupportedInternship)));
        await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Interviewed, new(2025, 12, 8)), _coach);
        await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Offered, new(2025, 12, 15)), _coach);
        var agreed = pay is null ? (decimal?)null : decimal.Parse(pay, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Started, new(2026, 1, 5), 30m, agreed), _coach));

        var start = await db.PlacementEvents.SingleAsync(e => e.PlacementId == placement.Id && e.Type == Started);
        Assert.Equal(agreed, start.HourlyPay);
    }

    [Fact]
    public async Task OtherEndReason_NeedsWords_AndKeepsThem()
    {
        await using var db = _database.Context();
        var placement = await TestData.On(db).CreatePlacementAsync();
        foreach (var step in new PlacementStep[] { new(Interviewed, new(2025, 12, 8)), new(Offered, new(2025, 12, 15)), new(Started, new(2026, 1, 5), 16m, 13m) })
        {
            await PlacementSteps.RecordAsync(db, _clock, placement.Id, step, _coach);
        }

        Assert.Equal([new Problem("OtherReason", "Say why the placement ended")],
            await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Ended, new(2026, 3, 1), Reason: EndReasons.Other, OtherReason: " "), _coach));
        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placement.Id, new PlacementStep(Ended, new(2026, 3, 1), Reason: EndReasons.Other, OtherReason: "The shop closed"), _coach));

        Assert.Equal("Other: The shop closed", (await db.PlacementEvents.SingleAsync(e => e.PlacementId == placement.Id && e.Type == Ended)).Reason);
    }

    [Fact]
    public async Task TwoStepsSavedAtTheSameMoment_TheSecondIsRefusedAndSavesNothing()
    {
        await using var setup = _database.Context();
        var placement = await TestData.On(setup).CreatePlacementAsync();
        await using var first = _database.Context();
        await using var second = _database.Context();
        var firstRecorder = PlacementSteps.Recorder(first, _clock);
        var secondRecorder = PlacementSteps.Recorder(second, _clock);
        // Both coaches' requests read the placement at "introduced" before either saves.
        var seenByFirst = (await firstRecorder.FindAsync(placement.Id))!;
        var seenBySecond = (await secondRecorder.FindAsync(placement.Id))!;

        Assert.Empty(await firstRecorder.RecordAsync(seenByFirst, StepOn(Interviewed, Introduced_.AddDays(7)), _coach));
        var afterFirst = await PlacementSteps.SnapshotAsync(setup, placement.Id);
        var problems = await secondRecorder.RecordAsync(seenBySecond, StepOn(Interviewed, Introduced_.AddDays(8)), Guid.NewGuid());

        Assert.Equal(PlacementRecorder.SomeoneElseRecordedAStep, Assert.Single(problems).Message);
        Assert.Equal(afterFirst, await PlacementSteps.SnapshotAsync(setup, placement.Id));
        Assert.Equal(1, await setup.PlacementEvents.CountAsync(e => e.PlacementId == placement.Id && e.Type == Interviewed));
    }

    private static PlacementStep StepOn(PlacementEventType type, DateOnly day) => type switch
    {
        Started => new PlacementStep(type, day, 16m, 12.71m),
        Ended => new PlacementStep(type, day, Reason: "finished_as_planned"),
        Declined or Rejected => new PlacementStep(type, day, Reason: "They found another job"),
        _ => new PlacementStep(type, day),
    };
}
