using System.Net;
using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.People;

public sealed class PeopleSearchTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Leicester = "E06000016";
    private const string Nottingham = "E06000018";

    [Fact]
    public async Task Search_FindsPeopleByPartOfTheirName_CouncilSystemId_Council_Coach_OrNoCoach_ButNeverErasedPeople()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var coach = await app.CreateUserAsync(Roles.Coach);
        var named = await app.TestData.CreateJobSeekerAsync(p => p.Named("Zebedee", $"Quill{token}").WithSourceId($"NAMED-{token}").InCouncil(Leicester).InCaseloadOf(coach.Id));
        var imported = await app.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId($"IMP-{token}-1").InCouncil(Nottingham));
        var importedElsewhere = await app.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId($"IMP-{token}-2").InCouncil(Leicester));
        var erased = await app.TestData.CreateJobSeekerAsync(p => p.Named("Zebedee", $"Quill{token}").WithSourceId($"IMP-{token}-3").With(j => j.ErasedAt = DateTimeOffset.UtcNow));
        var council = await app.WithDbAsync(db => db.LocalAuthorities.Where(l => l.OnsCode == Nottingham).Select(l => l.Id).SingleAsync());
        using var admin = await PeopleForms.SignedInAsync(app, await app.CreateUserAsync(Roles.Admin));

        var byName = await PeopleForms.ListedAsync(admin, $"/admin/people?Search.Name={Uri.EscapeDataString($"ebedee quill{token.ToUpperInvariant()}")}");
        var bySourceId = await PeopleForms.ListedAsync(admin, $"/admin/people?Search.SourceId=imp-{token}");
        var byCouncil = await PeopleForms.ListedAsync(admin, $"/admin/people?Search.SourceId=imp-{token}&Search.Council={council}");
        var byCoach = await PeopleForms.ListedAsync(admin, $"/admin/people?Search.Coach={coach.Id}");
        var withoutCoach = await PeopleForms.ListedAsync(admin, $"/admin/people?Search.SourceId=-{token}&Search.Coach=none");

        Assert.Equal([named.Id], byName);
        Assert.Equal(new[] { imported.Id, importedElsewhere.Id }.Order(), bySourceId.Order());
        Assert.Equal([imported.Id], byCouncil);
        Assert.Equal([named.Id], byCoach);
        Assert.Equal(new[] { imported.Id, importedElsewhere.Id }.Order(), withoutCoach.Order());
        Assert.DoesNotContain(erased.Id, await PeopleForms.ListedAsync(admin, $"/admin/people?Search.SourceId=-{token}"));
    }

    [Fact]
    public async Task Results_ShowImportedPeopleByTheirCouncilSystemId_WithCouncilCoachAndStatus_AndNeverSupportNeeds()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        await app.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId($"SHOW-{token}").InCouncil(Nottingham).WithSupportNeeds("written_instructions"));
        using var admin = await PeopleForms.SignedInAsync(app, await app.CreateUserAsync(Roles.Admin));

        var page = await Forms.ReadAsync(await admin.GetAsync($"/admin/people?Search.SourceId=SHOW-{token}"));
        var person = Assert.Single(page.QuerySelectorAll("[data-person]"));

        Assert.Equal($"Person SHOW-{token}", person.QuerySelector("label")!.TextContent.Trim());
        Assert.Equal(["Nottingham", "No coach", "Looking"], person.QuerySelectorAll("[data-fact]").Select(f => f.TextContent.Trim()));
        Assert.DoesNotContain("instructions", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OnePerson_IsAssignedToACoach_Audited_AndAppearsOnTheCoachsCaseloadStraightAway()
    {
        var coachUser = await app.CreateUserAsync(Roles.Coach);
        var adminUser = await app.CreateUserAsync(Roles.Admin);
        var sourceId = $"ONE-{Guid.NewGuid():N}"[..20];
        var person = await app.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId(sourceId));
        using var admin = await PeopleForms.SignedInAsync(app, adminUser);
        using var coach = await PeopleForms.SignedInAsync(app, coachUser);
        var before = await Forms.ReadAsync(await coach.GetAsync("/coach/caseload"));

        var response = await PeopleForms.PostAsync(admin, $"/admin/people/{person.Id}/assign", $"/admin/people/{person.Id}/assign", [("Form.CoachId", coachUser.Id.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (coachId, audit) = await app.WithDbAsync(async db => (
            await db.JobSeekers.Where(j => j.Id == person.Id).Select(j => j.CoachId).SingleAsync(),
            await db.AuditEntries.Where(a => a.JobSeekerId == person.Id).ToListAsync()));
        Assert.Equal(coachUser.Id, coachId);
        var entry = Assert.Single(audit);
        Assert.Equal(("changed", adminUser.Id, $"Job coach: {coachUser.DisplayName}"), (entry.Action, entry.UserId!.Value, entry.Detail));
        Assert.DoesNotContain($"Person {sourceId}", before.Body!.TextContent);
        var after = await Forms.ReadAsync(await coach.GetAsync("/coach/caseload"));
        Assert.Contains($"Person {sourceId}", after.Body!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/job-seekers/{person.Id}")).StatusCode);
    }

    [Fact]
    public async Task SelectedPeople_AreAssignedTogether_WithAnAuditEntryEach()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var coach = await app.CreateUserAsync(Roles.Coach);
        var people = new List<JobSeeker>();
        for (var i = 0; i < 3; i++)
        {
            people.Add(await app.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId($"SEL-{token}-{i}")));
        }
        using var admin = await PeopleForms.SignedInAsync(app, await app.CreateUserAsync(Roles.Admin));
        var search = $"/admin/people?Search.SourceId=SEL-{token}";

        var response = await PeopleForms.PostAsync(admin, search, "/admin/people/assign",
        [
            ("Search.SourceId", $"SEL-{token}"), ("Assign.Selected", people[0].Id.ToString()), ("Assign.Selected", people[2].Id.ToString()), ("Assign.CoachId", coach.Id.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await app.WithDbAsync(db => db.JobSeekers.Where(j => j.SourceId!.StartsWith($"SEL-{token}")).ToDictionaryAsync(j => j.Id, j => j.CoachId));
        Assert.Equal(coach.Id, after[people[0].Id]);
        Assert.Null(after[people[1].Id]);
        Assert.Equal(coach.Id, after[people[2].Id]);
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "changed" && people.Select(p => p.Id).Contains(a.JobSeekerId)).Select(a => a.JobSeekerId).ToListAsync());
        Assert.Equal(new[] { people[0].Id, people[2].Id }.Order(), audited.Order());
        var page = await Forms.ReadAsync(await admin.GetAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("2 people are now on", page.QuerySelector(".govuk-notification-banner")?.TextContent ?? page.Body!.TextContent);
    }

    [Fact]
    public async Task EveryoneMatchingASearch_IsAssignedAfterTheCountIsConfirmed_AndAStaleCountIsRefusedWholly()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var coach = await app.CreateUserAsync(Roles.Coach);
        for (var i = 0; i < 60; i++)
        {
            await app.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId($"ALL-{token}-{i:D2}"));
        }
        using var admin = await PeopleForms.SignedInAsync(app, await app.CreateUserAsync(Roles.Admin));
        var confirm = $"/admin/people/assign-all?Search.SourceId=ALL-{token}&Search.Coach=none";
        var page = await Forms.ReadAsync(await admin.GetAsync(confirm));
        Assert.Equal("Assign 60 people to a job coach", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("60", page.QuerySelector("input[name='Assign.ExpectedCount']")!.GetAttribute("value"));
        (string, string)[] fields(string expected) => [("Search.SourceId", $"ALL-{token}"), ("Search.Coach", "none"), ("Assign.ExpectedCount", expected), ("Assign.CoachId", coach.Id.ToString())];

        var stale = await PeopleForms.PostAsync(admin, confirm, "/admin/people/assign-all", fields("59"));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(["This search now matches 60 people, not 59. Check the count again before assigning them"], Forms.ErrorSummary(await Forms.ReadAsync(stale)));
        Assert.Equal(0, await app.WithDbAsync(db => db.JobSeekers.CountAsync(j => j.SourceId!.StartsWith($"ALL-{token}") && j.CoachId != null)));

        var done = await PeopleForms.PostAsync(admin, confirm, "/admin/people/assign-all", fields("60"));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var (assigned, audited) = await app.WithDbAsync(async db => (
            await db.JobSeekers.CountAsync(j => j.SourceId!.StartsWith($"ALL-{token}") && j.CoachId == coach.Id),
            await db.AuditEntries.CountAsync(a => a.Detail == $"Job coach: {coach.DisplayName}" && db.JobSeekers.Any(j => j.Id == a.JobSeekerId && j.SourceId!.StartsWith($"ALL-{token}")))));
        Assert.Equal((60, 60), (assigned, audited));
    }

    [Fact]
    public async Task AssigningToAnAccountThatIsNotAnActiveCoach_IsRefusedPlainly_AndChangesNothing()
    {
        var adviser = await app.CreateUserAsync(Roles.Adviser);
        var locked = await app.CreateUserAsync(Roles.Coach);
        await PeopleForms.LockOutAsync(app, locked);
        var person = await app.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId($"NC-{Guid.NewGuid():N}"[..20]));
        using var admin = await PeopleForms.SignedInAsync(app, await app.CreateUserAsync(Roles.Admin));
        var path = $"/admin/people/{person.Id}/assign";

        foreach (var account in new[] { adviser, locked })
        {
            var refused = await PeopleForms.PostAsync(admin, path, path, [("Form.CoachId", account.Id.ToString())]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal([CoachAssignmentService.NotACoach], Forms.ErrorSummary(await Forms.ReadAsync(refused)));
            var bulk = await PeopleForms.PostAsync(admin, "/admin/people", "/admin/people/assign", [("Assign.Selected", person.Id.ToString()), ("Assign.CoachId", account.Id.ToString())]);
            Assert.Equal([CoachAssignmentService.NotACoach], Forms.ErrorSummary(await Forms.ReadAsync(bulk)));
        }
        var offered = await Forms.ReadAsync(await admin.GetAsync(path));
        var choices = offered.QuerySelectorAll("select[name='Form.CoachId'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(locked.Id.ToString(), choices);
        Assert.DoesNotContain(adviser.Id.ToString(), choices);
        Assert.Null(await app.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person.Id).Select(j => j.CoachId).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.JobSeekerId == person.Id)));
    }

    [Fact]
    public async Task UnknownOrHostileIds_AreRefusedWithAMessage_NeverAServerError_AndNothingIsHalfDone()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var person = await app.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId($"UNK-{Guid.NewGuid():N}"[..20]));
        var erased = await app.TestData.CreateJobSeekerAsync(p => p.With(j => j.ErasedAt = DateTimeOffset.UtcNow));
        using var admin = await PeopleForms.SignedInAsync(app, await app.CreateUserAsync(Roles.Admin));

        async Task<IReadOnlyList<string>> Refused(params (string, string)[] fields)
        {
            var response = await PeopleForms.PostAsync(admin, "/admin/people", "/admin/people/assign", fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Forms.ErrorSummary(await Forms.ReadAsync(response));
        }

        Assert.Equal([CoachAssignmentService.PeopleNotFound], await Refused(("Assign.Selected", person.Id.ToString()), ("Assign.Selected", Guid.NewGuid().ToString()), ("Assign.CoachId", coach.Id.ToString())));
        Assert.Equal([CoachAssignmentService.PeopleNotFound], await Refused(("Assign.Selected", person.Id.ToString()), ("Assign.Selected", erased.Id.ToString()), ("Assign.CoachId", coach.Id.ToString())));
        Assert.Equal(["Select people from the list"], await Refused(("Assign.Selected", "<script>alert(1)</script>"), ("Assign.CoachId", coach.Id.ToString())));
        Assert.Equal(["Select a job coach from the list"], await Refused(("Assign.Selected", person.Id.ToString()), ("Assign.CoachId", "'; drop table job_seekers; --")));
        Assert.Equal([CoachAssignmentService.NotACoach], await Refused(("Assign.Selected", person.Id.ToString()), ("Assign.CoachId", Guid.NewGuid().ToString())));
        Assert.Equal(["Select at least one person"], await Refused(("Assign.CoachId", coach.Id.ToString())));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/people/{Guid.NewGuid()}/assign")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/people/{erased.Id}/assign")).StatusCode);
        var hostileSearch = await admin.GetAsync($"/admin/people?Search.Council=abc&Search.Coach={Guid.NewGuid()}&Search.Name={new string('x', 300)}&page=-5");
        Assert.Equal(HttpStatusCode.OK, hostileSearch.StatusCode);
        Assert.Equal(["Name must be 200 characters or fewer", "Select a council from the list", "Select a job coach from the list"], Forms.ErrorSummary(await Forms.ReadAsync(hostileSearch)).Order());
        Assert.Null(await app.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person.Id).Select(j => j.CoachId).SingleAsync()));
    }

    [Fact]
    public async Task OnlyAdministrators_ReachThePeopleSearch()
    {
        var person = await app.TestData.CreateJobSeekerAsync();
        foreach (var role in new[] { Roles.Coach, Roles.Adviser, Roles.Employer })
        {
            using var client = await PeopleForms.SignedInAsync(app, await app.CreateUserAsync(role));
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/admin/people")).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync($"/admin/people/{person.Id}/assign")).StatusCode);
        }
    }

    [Fact]
    public async Task TheRecordPagesCoachChoice_OffersOnlyActiveCoaches_AndRefusesALockedOne()
    {
        var active = await app.CreateUserAsync(Roles.Coach);
        var locked = await app.CreateUserAsync(Roles.Coach);
        await PeopleForms.LockOutAsync(app, locked);
        var person = await app.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId("REC-" + Guid.NewGuid().ToString("N")[..8]));
        using var admin = await PeopleForms.SignedInAsync(app, await app.CreateUserAsync(Roles.Admin));
        var record = $"/job-seekers/{person.Id}";

        var choices = (await Forms.ReadAsync(await admin.GetAsync(record))).QuerySelectorAll("select[name='CoachId'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(active.Id.ToString(), choices);
        Assert.DoesNotContain(locked.Id.ToString(), choices);

        using var refused = await Forms.PostAsync(admin, record, $"{record}/coach", new Dictionary<string, string> { ["coachId"] = locked.Id.ToString() });
        Assert.Null(await app.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person.Id).Select(j => j.CoachId).SingleAsync()));
        Assert.Contains(CoachAssignmentService.NotACoach, (await Forms.ReadAsync(await admin.GetAsync(refused.Headers.Location!.ToString()))).Body!.TextContent, StringComparison.Ordinal);

        using var assigned = await Forms.PostAsync(admin, record, $"{record}/coach", new Dictionary<string, string> { ["coachId"] = active.Id.ToString() });
        Assert.Equal(active.Id, await app.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person.Id).Select(j => j.CoachId).SingleAsync()));
        Assert.Equal($"Job coach: {active.DisplayName}", await app.WithDbAsync(db => db.AuditEntries.Where(a => a.JobSeekerId == person.Id).OrderBy(a => a.Id).Select(a => a.Detail).LastAsync()));
    }
}
