using Employment.Core;
using Employment.Core.Audit;
using Employment.Core.Contacts;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Employment.Tests.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Employment.Core.Placements.PlacementEventType;

namespace Employment.Tests.Contacts;

/// <summary>
/// The contact log against real PostgreSQL. The clock says 23 November 2026; the person started on 1 October 2026,
/// so their week-1 check-in (8 October) is due and later ones (from 24 November) are still planned.
/// </summary>
[Collection("Database")]
public sealed class ContactLogTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly Started_ = new(2026, 10, 1);
    private readonly FakeTimeProvider _clock = TestClock.At(TestClock.Start);
    private readonly Guid _coach = Guid.NewGuid();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task PhoneCallThatReachedThem_CompletesTheDueCheckIn_OnTheCallsDate()
    {
        await using var db = _database.Context();
        var placement = await StartedAsync(db);
        var due = await FirstOpenAsync(db, placement.Id, dueBy: true);

        var result = await AddAsync(db, placement.JobSeekerId, new ContactNote(ContactKind.PhoneCall, ContactOutcome.Reached, Today.AddDays(-3), "Going well, likes the team", FollowUpId: due));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        db.ChangeTracker.Clear();
        var followUp = await db.FollowUps.SingleAsync(f => f.Id == due);
        Assert.Equal((Today.AddDays(-3), _coach, "Going well, likes the team"), (followUp.CompletedOn!.Value, followUp.CompletedById!.Value, followUp.Notes));
        var entry = await db.ContactEntries.SingleAsync(c => c.JobSeekerId == placement.JobSeekerId);
        Assert.Equal((due, placement.Id, _coach, TestClock.Start), (entry.FollowUpId!.Value, entry.PlacementId!.Value, entry.RecordedById!.Value, entry.RecordedAt));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.JobSeekerId == placement.JobSeekerId && a.Action == AuditLog.Created && a.Detail == "Contact log: phone call"));
    }

    [Fact]
    public async Task VisitBeforeACheckInIsDue_CompletesItEarly()
    {
        await using var db = _database.Context();
        var placement = await StartedAsync(db);
        var planned = await FirstOpenAsync(db, placement.Id, dueBy: false);
        Assert.True(await db.FollowUps.AnyAsync(f => f.Id == planned && f.DueOn > Today));

        var result = await AddAsync(db, placement.JobSeekerId, new ContactNote(ContactKind.WorkVisit, ContactOutcome.Reached, Today, "Saw them at work a day early", FollowUpId: planned));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        db.ChangeTracker.Clear();
        Assert.Equal(Today, (await db.FollowUps.SingleAsync(f => f.Id == planned)).CompletedOn);
    }

    [Fact]
    public async Task CouldNotReachThem_NeverCompletesAFollowUp_ButIsLoggedOnItsOwn()
    {
        await using var db = _database.Context();
        var placement = await StartedAsync(db);
        var due = await FirstOpenAsync(db, placement.Id, dueBy: true);

        var refused = await AddAsync(db, placement.JobSeekerId, new ContactNote(ContactKind.PhoneCall, ContactOutcome.CouldNotReach, Today, "No answer, left a voicemail", FollowUpId: due));
        var logged = await AddAsync(db, placement.JobSeekerId, new ContactNote(ContactKind.PhoneCall, ContactOutcome.CouldNotReach, Today, "No answer, left a voicemail", PlacementId: placement.Id));

        Assert.Equal([new Problem("FollowUpId", "Only a contact where you spoke to them completes a follow-up: choose none, or say you spoke to them")], refused.Problems);
        Assert.True(logged.Succeeded);
        db.ChangeTracker.Clear();
        Assert.Null((await db.FollowUps.SingleAsync(f => f.Id == due)).CompletedOn);
        Assert.Equal(ContactOutcome.CouldNotReach, (await db.ContactEntries.SingleAsync(c => c.JobSeekerId == placement.JobSeekerId)).Outcome);
    }

    public static TheoryData<string, ContactNote, Problem> BadNotes => new()
    {
        { "before the person joined", new(ContactKind.CaseNote, null, new(2026, 8, 31), "Met at school"), new("OccurredOn", "The date must be on or after 1 September 2026, when Robin Note joined the service") },
        { "in the future", new(ContactKind.PhoneCall, ContactOutcome.Reached, new(2026, 11, 24), "Will call"), new("OccurredOn", "The date must be today or in the past") },
        { "no words", new(ContactKind.PhoneCall, ContactOutcome.Reached, new(2026, 11, 20), "  "), new("Text", "Say what happened") },
        { "too many words", new(ContactKind.PhoneCall, ContactOutcome.Reached, new(2026, 11, 20), new string('a', 2001)), new("Text", "What happened must be 2,000 characters or fewer") },
        { "a contact without an outcome", new(ContactKind.HomeVisit, null, new(2026, 11, 20), "Visited"), new("Outcome", "Select whether you spoke to them or could not reach them") },
        { "a note with an outcome", new(ContactKind.CaseNote, ContactOutcome.Reached, new(2026, 11, 20), "Thought about it"), new("Outcome", "A case note is not a contact, so it has no outcome: choose the kind of contact instead") },
        { "someone else's placement", new(ContactKind.CaseNote, null, new(2026, 11, 20), "About a job", PlacementId: Guid.NewGuid()), new("PlacementId", "Select one of the person's placements, or none") },
    };

    [Theory]
    [MemberData(nameof(BadNotes))]
    public async Task BadNotes_AreRefusedWithAPlainMessage_AndSaveNothing(string why, ContactNote note, Problem problem)
    {
        await using var db = _database.Context();
        var person = await TestData.On(db).CreateJobSeekerAsync(p => p.Named("Robin", "Note").With(j => j.CreatedAt = new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero)));

        var result = await AddAsync(db, person.Id, note);

        Assert.Equal([problem], result.Problems);
        db.ChangeTracker.Clear();
        Assert.False(await db.ContactEntries.AnyAsync(c => c.JobSeekerId == person.Id), why);
    }

    [Fact]
    public async Task HostileWords_AreKeptAsTyped_ForTheViewsToEncode()
    {
        await using var db = _database.Context();
        var person = await TestData.On(db).CreateJobSeekerAsync(p => p.With(j => j.CreatedAt = new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero)));
        const string hostile = "<script>alert('x')</script> ' OR 1=1; --";

        Assert.True((await AddAsync(db, person.Id, new ContactNote(ContactKind.CaseNote, null, Today, hostile))).Succeeded);

        db.ChangeTracker.Clear();
        Assert.Equal(hostile, (await db.ContactEntries.SingleAsync(c => c.JobSeekerId == person.Id)).Text);
    }

    [Fact]
    public async Task Erasure_RemovesTheNotes_AndSubjectAccessIncludedThemBefore()
    {
        await using var db = _database.Context();
        var placement = await StartedAsync(db);
        var due = await FirstOpenAsync(db, placement.Id, dueBy: true);
        Assert.True((await AddAsync(db, placement.JobSeekerId, new ContactNote(ContactKind.HomeVisit, ContactOutcome.Reached, Today, "Talked about their sister's illness", FollowUpId: due))).Succeeded);
        Assert.True((await AddAsync(db, placement.JobSeekerId, new ContactNote(ContactKind.CaseNote, null, Today.AddDays(-1), "Worried about money"))).Succeeded);

        var report = (await new SubjectAccess(db, _clock).ReportAsync(placement.JobSeekerId))!;
        Assert.Equal(
            [(Today.AddDays(-1), "case_note", (string?)null, "Worried about money"), (Today, "home_visit", "reached", "Talked about their sister's illness")],
            report.Contacts.Select(c => (c.Date, c.Kind, c.Outcome, c.Text)));

        db.ChangeTracker.Clear();
        Assert.True(await new Erasure(db, new AuditLog(db, _clock), new Core.Email.OutboxRetention(db, _clock), _clock).EraseAsync(placement.JobSeekerId, _coach));

        db.ChangeTracker.Clear();
        var left = await db.ContactEntries.Where(c => c.JobSeekerId == placement.JobSeekerId).ToListAsync();
        Assert.Equal(2, left.Count);
        Assert.All(left, c => Assert.Null(c.Text));
        Assert.Null((await db.FollowUps.SingleAsync(f => f.Id == due)).Notes);
        Assert.All((await new SubjectAccess(db, _clock).ReportAsync(placement.JobSeekerId))!.Contacts, c => Assert.Null(c.Text));
    }

    [Fact]
    public async Task LastContact_IsTheLatestOfReachedContacts_CompletedFollowUps_AndPlacementSteps()
    {
        await using var db = _database.Context();
        var placement = await StartedAsync(db);
        var other = await TestData.On(db).CreateJobSeekerAsync();
        Assert.Equal(Started_, await LastContact.For(db, placement.JobSeekerId).SingleAsync());
        Assert.Empty(await LastContact.For(db, other.Id).ToListAsync());

        var due = await FirstOpenAsync(db, placement.Id, dueBy: true);
        Assert.True((await AddAsync(db, placement.JobSeekerId, new ContactNote(ContactKind.PhoneCall, ContactOutcome.Reached, new(2026, 10, 20), "Fine", FollowUpId: due))).Succeeded);
        Assert.True((await AddAsync(db, placement.JobSeekerId, new ContactNote(ContactKind.PhoneCall, ContactOutcome.CouldNotReach, Today, "No answer"))).Succeeded);
        Assert.True((await AddAsync(db, placement.JobSeekerId, new ContactNote(ContactKind.CaseNote, null, Today, "Thinking about their hours"))).Succeeded);
        Assert.True((await AddAsync(db, placement.JobSeekerId, new ContactNote(ContactKind.Message, ContactOutcome.Reached, new(2026, 11, 2), "Texted back"))).Succeeded);

        Assert.Equal(new DateOnly(2026, 11, 2), await LastContact.For(db, placement.JobSeekerId).SingleAsync());
        Assert.Equal(new DateOnly(2026, 11, 2), await db.JobSeekers.Where(j => j.Id == placement.JobSeekerId).Select(LastContact.DayOf(db)).SingleAsync());
    }

    private ContactLogService Service(EmploymentDbContext db) => new(db, new AuditLog(db, _clock), _clock);

    private async Task<WriteResult<ContactEntry>> AddAsync(EmploymentDbContext db, Guid personId, ContactNote note)
    {
        db.ChangeTracker.Clear();
        var service = Service(db);
        var person = await db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == personId);
        return await service.AddAsync(await service.ChoicesForAsync(person), note, _coach);
    }

    private async Task<Placement> StartedAsync(EmploymentDbContext db)
    {
        var placement = await TestData.On(db).CreatePlacementAsync(p => p.IntroducedOn(new DateOnly(2026, 9, 1)));
        foreach (var step in new PlacementStep[] { new(Interviewed, new(2026, 9, 10)), new(Offered, new(2026, 9, 20)), new(Started, Started_, 16m, 13m) })
        {
            Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placement.Id, step, _coach));
        }
        return placement;
    }

    private static Task<Guid> FirstOpenAsync(EmploymentDbContext db, Guid placementId, bool dueBy) =>
        db.FollowUps.Where(f => f.PlacementId == placementId && f.CompletedOn == null && (dueBy ? f.DueOn <= Today : f.DueOn > Today))
            .OrderBy(f => f.DueOn).Select(f => f.Id).FirstAsync();
}
