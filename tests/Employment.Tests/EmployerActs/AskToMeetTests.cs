using System.Net;
using System.Text.RegularExpressions;
using Employment.Core.Accounts;
using Employment.Core.Employers;
using Employment.Tests.Infrastructure;
using Employment.Tests.Matching.Pages;
using Employment.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.EmployerActs;

/// <summary>
/// "I'd like to meet" on suggested people: each person by a stable short reference, why they are suggested in the
/// employer's words, the team's contact details, and a request that reaches the person's coach once however often it is sent.
/// </summary>
public sealed partial class AskToMeetTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task IdLikeToMeet_ReachesThePersonsCoach_OnceForADoubleClick_WithTheTeamsContactOnThePage()
    {
        var world = MatchWorld.Centre(53);
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Cleaner", 0.01));
        var employer = await app.CreateUserAsync(Roles.Employer, job.EmployerId);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id, change: p => (p.FirstName, p.LastName) = ("Nicola", "Quixotesurname")));
        var council = await app.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person.Id).Select(j => j.LocalAuthorityId).SingleAsync());
        var admin = await app.CreateUserAsync(Roles.Admin);
        await app.WithDbAsync(async db =>
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var details = scope.ServiceProvider.GetRequiredService<ContactDetailsService>();
            return (await details.SaveTeamAsync(council, "Supported Employment Team", "0116 454 1004", "supported.employment@council.example", admin.Id)).Value;
        });
        var client = app.CreateClient();
        await Forms.SignInAsync(client, employer.Email!, WebAppFixture.Password);
        var path = $"/employer/opportunities/{job.Id}/suggested-people";

        var page = await Forms.ReadAsync(await client.GetAsync(path));
        var card = Assert.Single(page.QuerySelectorAll(".app-suggested-person"));
        var reference = card.QuerySelector(".app-person-reference")!.TextContent.Trim();
        Assert.Matches(ReferenceShape(), reference);
        Assert.Contains("This is the kind of work they are looking for", card.QuerySelector(".app-why-suggested")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".app-ordering"));
        var contact = page.QuerySelector(".app-contact .app-team-contact")!.TextContent;
        Assert.Contains("Supported Employment Team", contact, StringComparison.Ordinal);
        Assert.Contains("0116 454 1004", contact, StringComparison.Ordinal);
        Assert.Contains("supported.employment@council.example", contact, StringComparison.Ordinal);
        Assert.DoesNotContain("Quixotesurname", page.Source.Text, StringComparison.Ordinal);
        // The reference is the same the next time, and the database holds one per person.
        var again = await Forms.ReadAsync(await client.GetAsync(path));
        Assert.Equal(reference, again.QuerySelector(".app-person-reference")!.TextContent.Trim());

        // A double click: two posts at once make one request.
        var action = card.QuerySelector("form")!.GetAttribute("action")!;
        Assert.Equal($"{path}/{reference}/meet", action);
        var token = await Forms.AntiforgeryTokenAsync(client, path);
        var posts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }))));
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Redirect, p.StatusCode));
        var request = Assert.Single(await app.WithDbAsync(db => db.Set<MeetRequest>().AsNoTracking().Where(r => r.JobSeekerId == person.Id).ToListAsync()));
        Assert.Equal(job.Id, request.OpportunityId);
        Assert.Equal(employer.Id, request.RequestedById);
        var after = await Forms.ReadAsync(await client.GetAsync(path));
        Assert.NotNull(after.QuerySelector(".app-asked-to-meet"));
        Assert.Null(after.QuerySelector(".app-ask-to-meet"));

        // The coach sees it on their home page and in their digest's part for employers.
        var coachClient = app.CreateClient();
        await Forms.SignInAsync(coachClient, coach.Email!, WebAppFixture.Password);
        var said = (await Forms.ReadAsync(await coachClient.GetAsync("/coach"))).QuerySelector(".app-employer-said")!.TextContent;
        Assert.Contains("Nicola Quixotesurname", said, StringComparison.Ordinal);
        Assert.Contains("Would like to meet them", said, StringComparison.Ordinal);
        Assert.Contains("Cleaner", said, StringComparison.Ordinal);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var digest = scope.ServiceProvider.GetServices<IDigestSection>().OfType<EmployerAnswersDigestSection>().Single();
        var part = await digest.BuildAsync(coach.Id, DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);
        Assert.Contains(part!.Lines, l => l.Contains("Nicola Quixotesurname (Cleaner at", StringComparison.Ordinal) && l.Contains("Would like to meet them", StringComparison.Ordinal));
        Assert.Contains(person.Id, part.About!);
        // Another coach hears nothing of it.
        var otherCoach = await app.CreateUserAsync(Roles.Coach);
        Assert.Null(await digest.BuildAsync(otherCoach.Id, DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None));
    }

    [Fact]
    public async Task AnotherOrganisationsEmployer_CannotAskToMeetForAnOpportunityNotTheirs()
    {
        var world = MatchWorld.Centre(54);
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Not yours", 0.01));
        var owner = await app.CreateUserAsync(Roles.Employer, job.EmployerId);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, null));
        var ownerClient = app.CreateClient();
        await Forms.SignInAsync(ownerClient, owner.Email!, WebAppFixture.Password);
        var page = await Forms.ReadAsync(await ownerClient.GetAsync($"/employer/opportunities/{job.Id}/suggested-people"));
        var action = page.QuerySelector(".app-suggested-person form")!.GetAttribute("action")!;
        var stranger = await app.CreateUserAsync(Roles.Employer);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, stranger.Email!, WebAppFixture.Password);

        var token = await Forms.AntiforgeryTokenAsync(client, "/employer/organisation/edit");
        using var response = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<MeetRequest>().AnyAsync(r => r.JobSeekerId == person.Id)));
    }

    [GeneratedRegex("^P-[A-Z0-9]{6}$")]
    private static partial Regex ReferenceShape();
}
