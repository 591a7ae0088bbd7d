using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Matching.Pages;

public sealed class SuggestedPeopleTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task SuggestedPeople_AreOnlyConsentingPeople_ShownByFirstNameInterestsSkillsAndAdjustments()
    {
        var world = MatchWorld.Centre(20);
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Shelf filler", 0.01));
        var employer = await app.CreateUserAsync(Roles.Employer, job.EmployerId);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, employer.Email!, WebAppFixture.Password);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var consenting = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id, change: p => { p.FirstName = "Amarantha"; p.LastName = "Quixotesurname"; }));
        var withheld = await app.WithDbAsync(db => world.PersonAsync(db, null, change: p => { p.FirstName = "Bellatrixine"; p.ConsentToShare = false; }));
        var path = $"/employer/opportunities/{job.Id}/suggested-people";

        var show = await Forms.ReadAsync(await client.GetAsync($"/employer/opportunities/{job.Id}"));
        Assert.NotNull(show.QuerySelector($"a[href='{path}']"));
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var page = await Forms.ReadAsync(await client.GetAsync(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Suggested people for Shelf filler", page.QuerySelector("h1")!.TextContent.Trim());
        // Each person is shown with a short reference as well as their first name, so an employer can say whom they mean (issue 19).
        Assert.Matches(@"^1\. Amarantha, reference P-[A-Z0-9]{6}$", Assert.Single(page.QuerySelectorAll(".app-suggested-person .govuk-summary-card__title")).TextContent.Trim());
        Assert.Contains("To talk about someone, contact the council's supported employment team", page.QuerySelector(".app-contact")!.TextContent, StringComparison.Ordinal);
        var card = page.QuerySelector(".app-suggested-person")!.TextContent;
        Assert.Contains("Cleaning", card, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bellatrixine", html, StringComparison.Ordinal);
        foreach (var secret in new[] { "Quixotesurname", "LE2 7QR", "LE27QR", "2004-05-11", "11 May 2004", "11/05/2004", "I want a job where people are kind",
            consenting.Id.ToString(), consenting.Id.ToString("N"), withheld.Id.ToString() })
        {
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
        }

        await app.WithDbAsync(async db =>
        {
            var person = await db.JobSeekers.SingleAsync(j => j.Id == consenting.Id);
            person.ConsentToShare = false;
            await db.SaveChangesAsync();
            return 0;
        });
        var after = await client.GetStringAsync(path);
        Assert.DoesNotContain("Amarantha", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachPersonShown_IsWrittenToTheAuditLog_WithTheEmployerWhoViewedAndWhen()
    {
        var world = MatchWorld.Centre(22);
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Audited job", 0.01));
        var employer = await app.CreateUserAsync(Roles.Employer, job.EmployerId);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, employer.Email!, WebAppFixture.Password);
        var shown = await app.WithDbAsync(db => world.PersonAsync(db, null, change: p => p.FirstName = "Audrina"));
        var alsoShown = await app.WithDbAsync(db => world.PersonAsync(db, null, northKm: 1, change: p => p.FirstName = "Bertrand"));
        var notShared = await app.WithDbAsync(db => world.PersonAsync(db, null, change: p => p.ConsentToShare = false));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var page = await Forms.ReadAsync(await client.GetAsync($"/employer/opportunities/{job.Id}/suggested-people"));

        Assert.Equal(2, page.QuerySelectorAll(".app-suggested-person").Length);
        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.JobSeekerId == shown.Id || a.JobSeekerId == alsoShown.Id || a.JobSeekerId == notShared.Id).ToListAsync());
        Assert.Equal(new[] { shown.Id, alsoShown.Id }.Order(), entries.Select(e => e.JobSeekerId).Order());
        Assert.All(entries, e =>
        {
            Assert.Equal("viewed", e.Action);
            Assert.Equal(employer.Id, e.UserId);
            Assert.InRange(e.At, before, DateTimeOffset.UtcNow.AddSeconds(1));
            Assert.Contains("Audited job", e.Detail, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AnotherEmployersOpportunity_IsNotFound()
    {
        var world = MatchWorld.Centre(21);
        var theirs = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Not yours", 0.01));
        var employer = await app.CreateUserAsync(Roles.Employer);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, employer.Email!, WebAppFixture.Password);

        using var response = await client.GetAsync($"/employer/opportunities/{theirs.Id}/suggested-people");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
