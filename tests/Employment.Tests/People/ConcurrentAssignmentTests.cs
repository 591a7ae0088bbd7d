using System.Diagnostics;
using System.Net;
using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Tests.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Employment.Tests.People;

public sealed class ConcurrentAssignmentTests(LiveSiteFixture site, ITestOutputHelper output) : IClassFixture<LiveSiteFixture>
{
    private const int AtOnce = 6;
    private const int People = 40;

    [Fact]
    public async Task TwoAdministratorsAssigningTheSamePeopleAtOnce_LeaveEachWithOneCoach_NamedByTheirLastAuditEntry()
    {
        var app = site.App;
        var token = Guid.NewGuid().ToString("N")[..8];
        var coaches = new[] { await app.CreateUserAsync(Roles.Coach), await app.CreateUserAsync(Roles.Coach) };
        var people = new List<Guid>();
        for (var i = 0; i < People; i++)
        {
            people.Add((await app.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId($"RACE-{token}-{i:D2}"))).Id);
        }
        using var first = await PeopleForms.SignedInAsync(app, await app.CreateUserAsync(Roles.Admin));
        using var second = await PeopleForms.SignedInAsync(app, await app.CreateUserAsync(Roles.Admin));
        var tokens = new[] { await Forms.AntiforgeryTokenAsync(first, "/admin/people"), await Forms.AntiforgeryTokenAsync(second, "/admin/people") };
        var admins = new[] { first, second };

        // Each request ticks the people in a different order, so row locks taken in the order given would deadlock.
        var responses = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(n =>
        {
            var ticked = (n % 2 == 0 ? people : Enumerable.Reverse(people)).Select(id => new KeyValuePair<string, string>("Assign.Selected", id.ToString()));
            var fields = ticked.Append(new("Assign.CoachId", coaches[n % 2].Id.ToString())).Append(new("__RequestVerificationToken", tokens[n % 2]));
            return admins[n % 2].PostAsync("/admin/people/assign", new FormUrlEncodedContent(fields));
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var (coachOf, audit) = await app.WithDbAsync(async db => (
            await db.JobSeekers.Where(j => people.Contains(j.Id)).ToDictionaryAsync(j => j.Id, j => j.CoachId),
            await db.AuditEntries.Where(a => people.Contains(a.JobSeekerId)).OrderBy(a => a.Id).ToListAsync()));
        foreach (var person in people)
        {
            var entries = audit.Where(a => a.JobSeekerId == person).ToList();
            Assert.Equal(AtOnce, entries.Count);
            var coach = Assert.Single(coaches, c => c.Id == coachOf[person]);
            Assert.Equal($"Job coach: {coach.DisplayName}", entries[^1].Detail);
        }
        // Whole requests are serialised: every person's trail lists the requests' coaches in the same order.
        var orders = people.Select(person => string.Join(",", audit.Where(a => a.JobSeekerId == person).Select(a => a.At.Ticks + a.UserId!.Value.ToString()))).Distinct().ToList();
        Assert.Single(orders);
    }

    [Fact]
    public async Task AssigningTenThousandImportedPeople_IsOneStatement_WithAnAuditEntryEach()
    {
        const int imported = 10_000;
        var app = site.App;
        var token = Guid.NewGuid().ToString("N")[..8];
        var coach = await app.CreateUserAsync(Roles.Coach);
        var template = await app.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId($"BIG-{token}-template").InCaseloadOf(coach.Id));
        var prefix = $"BIG-{token}-";
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO job_seekers (id, source_id, first_name, last_name, date_of_birth, home_latitude, home_longitude, local_authority_id, has_ehc_plan,
                interests, skills, support_needs, travel_mode, travel_max_minutes, travel_training_needed, hours_min, hours_max, preferred_kinds,
                consent_to_share, created_at, updated_at)
            SELECT gen_random_uuid(), {prefix} || g, '', '', t.date_of_birth, t.home_latitude, t.home_longitude, t.local_authority_id, t.has_ehc_plan,
                t.interests, t.skills, t.support_needs, t.travel_mode, t.travel_max_minutes, t.travel_training_needed, t.hours_min, t.hours_max, t.preferred_kinds,
                false, t.created_at, t.updated_at
            FROM job_seekers t, generate_series(1, {imported}) g WHERE t.id = {template.Id}
            """));
        var search = new PeopleSearch(SourceId: $"BIG-{token}-", WithoutCoach: true);

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<CoachAssignmentService>();
        var clock = Stopwatch.StartNew();
        var result = await service.AssignAllAsync(search, imported, coach.Id, assignedById: null);
        clock.Stop();
        output.WriteLine($"Assigned {imported:N0} people in {clock.ElapsedMilliseconds} ms");

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(imported, result.Value!.People);
        var (assigned, audited) = await app.WithDbAsync(async db => (
            await db.JobSeekers.CountAsync(j => j.SourceId!.StartsWith($"BIG-{token}-") && j.CoachId == coach.Id),
            await db.AuditEntries.CountAsync(a => a.Detail == $"Job coach: {coach.DisplayName}" && a.At >= DateTimeOffset.UtcNow.AddHours(-1)
                && db.JobSeekers.Any(j => j.Id == a.JobSeekerId && j.SourceId!.StartsWith($"BIG-{token}-")))));
        Assert.Equal((imported + 1, imported), (assigned, audited));
        using var coachClient = await PeopleForms.SignedInAsync(app, coach);
        var caseload = await Forms.ReadAsync(await coachClient.GetAsync("/coach/caseload"));
        Assert.Contains($"{imported + 1} of {imported + 1} people", caseload.Body!.TextContent);
    }
}
