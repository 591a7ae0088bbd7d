using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Placements;
using Employment.Tests.Email;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.EmployerActs;

/// <summary>
/// An employer answers a coach's introduction in the site: the answer is the placement's own pipeline step, recorded as
/// the employer; the coach sees it at once (home page, placement) and once in the next digest.
/// </summary>
public sealed class EmployerAnswerTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    private static readonly DateOnly Day1 = new(2027, 3, 1);

    [Fact]
    public async Task EmployersAnswer_ReachesTheCoachsRecordAtOnce_AndTheNextDigestOnce()
    {
        var world = await WorldAsync("Kitchen assistant");
        app.Clock.SetDay(Day1, 10);
        var employerClient = await SignedInAsync(world.Employer);
        var coachClient = await SignedInAsync(world.Coach);

        // The employer's home page lists the introduction to answer, by first name and reference, never the surname.
        var home = await Forms.ReadAsync(await employerClient.GetAsync("/employer"));
        var toAnswer = Assert.Single(home.QuerySelectorAll(".app-todo-answer li"));
        Assert.Contains("Kitchen assistant", toAnswer.TextContent, StringComparison.Ordinal);
        Assert.Contains(world.Person.FirstName, toAnswer.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/employer/introductions/{world.Placement}", toAnswer.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(home.QuerySelectorAll(".app-todo-arrange li"));
        var standing = home.QuerySelector(".app-opportunity-standing tbody tr")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["1", "1", "0", "0"], standing);
        var introduction = await employerClient.GetStringAsync($"/employer/introductions/{world.Placement}");
        Assert.Contains(world.Person.FirstName, introduction, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Person.LastName, introduction, StringComparison.Ordinal);
        Assert.DoesNotContain("LE2 7QR", introduction, StringComparison.Ordinal);

        // "We'd like to meet", on a day a week ahead.
        var meet = await PostAsync(employerClient, world.Placement, "meet", new() { ["MeetOn.Day"] = "8", ["MeetOn.Month"] = "3", ["MeetOn.Year"] = "2027" });
        Assert.Equal(HttpStatusCode.Redirect, meet.StatusCode);
        var events = await EventsAsync(world.Placement);
        var wantsToMeet = Assert.Single(events, e => e.Type == PlacementEventType.EmployerWantsToMeet);
        Assert.Equal(new DateOnly(2027, 3, 8), wantsToMeet.MeetOn);
        Assert.Equal(world.Employer.Id, wantsToMeet.RecordedById);
        Assert.Equal(PlacementEventType.Introduced, await StageAsync(world.Placement));

        // The coach sees it at once: on their home page and in the placement's history, with who recorded it.
        var coachHome = await Forms.ReadAsync(await coachClient.GetAsync("/coach"));
        var said = coachHome.QuerySelector(".app-employer-said")!.TextContent;
        Assert.Contains($"{world.Person.FirstName} {world.Person.LastName}", said, StringComparison.Ordinal);
        Assert.Contains("Would like to meet on Monday 8 March", said, StringComparison.Ordinal);
        var placementPage = await coachClient.GetStringAsync($"/placements/{world.Placement}");
        Assert.Contains("The employer would like to meet", placementPage, StringComparison.Ordinal);
        Assert.Contains(world.Employer.DisplayName, placementPage, StringComparison.Ordinal);
        var arrange = await Forms.ReadAsync(await employerClient.GetAsync("/employer"));
        Assert.Single(arrange.QuerySelectorAll(".app-todo-arrange li"));
        Assert.Empty(arrange.QuerySelectorAll(".app-todo-answer li"));

        // The next morning's digest says it.
        app.Clock.SetDay(Day1.AddDays(1), 6);
        await app.RunTheDayAsync();
        var first = Assert.Single(DigestsTo(world.Coach));
        Assert.Contains("What employers said", first.Text, StringComparison.Ordinal);
        Assert.Contains("Would like to meet on Monday 8 March", first.Text, StringComparison.Ordinal);
        Assert.Contains($"{world.Person.FirstName} {world.Person.LastName} (Kitchen assistant at", first.Text, StringComparison.Ordinal);

        // They meet, then the employer says not this time: the same pipeline steps a coach records.
        app.Clock.SetDay(new DateOnly(2027, 3, 8), 15);
        // A week on, the sign-in sessions have ended: both sign in again.
        employerClient = await SignedInAsync(world.Employer);
        coachClient = await SignedInAsync(world.Coach);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(employerClient, world.Placement, "interviewed", new() { ["OccurredOn.Day"] = "8", ["OccurredOn.Month"] = "3", ["OccurredOn.Year"] = "2027" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(employerClient, world.Placement, "not-this-time", new() { ["Reason"] = "We need someone for <b>weekends</b>" })).StatusCode);
        Assert.Equal(PlacementEventType.Rejected, await StageAsync(world.Placement));
        var rejected = Assert.Single(await EventsAsync(world.Placement), e => e.Type == PlacementEventType.Rejected);
        Assert.Equal("We need someone for <b>weekends</b>", rejected.Reason);
        Assert.Equal(world.Employer.Id, rejected.RecordedById);
        Assert.Contains("Employer said no", await coachClient.GetStringAsync($"/job-seekers/{world.Person.Id}"), StringComparison.Ordinal);

        app.Clock.SetDay(new DateOnly(2027, 3, 9), 6);
        await app.RunTheDayAsync();
        var second = DigestsTo(world.Coach).Single(m => m.Subject.Contains("9 March", StringComparison.Ordinal));
        Assert.Contains("Interviewed them on 8 March", second.Text, StringComparison.Ordinal);
        Assert.Contains("Not this time. Their reason: \"We need someone for <b>weekends</b>\"", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Would like to meet on", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerThatCannotBeRead_OrIsNotOpenNow_IsRefusedOnThePage_AndChangesNothing()
    {
        var world = await WorldAsync("Shelf filler");
        app.Clock.SetDay(Day1, 10);
        var client = await SignedInAsync(world.Employer);

        var notADate = await PostAsync(client, world.Placement, "meet", new() { ["MeetOn.Day"] = "31", ["MeetOn.Month"] = "2", ["MeetOn.Year"] = "2027" });
        Assert.Equal(HttpStatusCode.OK, notADate.StatusCode);
        Assert.Equal("The day you would like to meet must be a real date", Forms.FieldError(await Forms.ReadAsync(notADate), "MeetOn"));
        var past = await Forms.ReadAsync(await PostAsync(client, world.Placement, "meet", new() { ["MeetOn.Day"] = "1", ["MeetOn.Month"] = "2", ["MeetOn.Year"] = "2027" }));
        Assert.Equal("The day to meet must be today or later", Forms.FieldError(past, "MeetOn"));
        var noReason = await Forms.ReadAsync(await PostAsync(client, world.Placement, "not-this-time", new() { ["Reason"] = "  " }));
        Assert.Equal("Say why the employer said no", Forms.FieldError(noReason, "Reason"));
        var tooLong = await Forms.ReadAsync(await PostAsync(client, world.Placement, "not-this-time", new() { ["Reason"] = new string('x', 501) }));
        Assert.Equal("The reason must be 500 characters or fewer", Forms.FieldError(tooLong, "Reason"));
        // An offer before an interview is not open at "introduced".
        var offered = await PostAsync(client, world.Placement, "offered", new() { ["OccurredOn.Day"] = "1", ["OccurredOn.Month"] = "3", ["OccurredOn.Year"] = "2027" });
        Assert.Equal(HttpStatusCode.OK, offered.StatusCode);
        Assert.NotEmpty(Forms.ErrorSummary(await Forms.ReadAsync(offered)));

        Assert.Equal([PlacementEventType.Introduced], (await EventsAsync(world.Placement)).Select(e => e.Type));
    }

    [Fact]
    public async Task AnotherOrganisationsEmployer_CannotSeeOrAnswerTheIntroduction()
    {
        var world = await WorldAsync("Porter");
        app.Clock.SetDay(Day1, 10);
        var otherOrganisation = await app.TestData.CreateEmployerAsync();
        var stranger = await app.CreateUserAsync(Roles.Employer, otherOrganisation.Id);
        var client = await SignedInAsync(stranger);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/employer/introductions/{world.Placement}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/employer/introductions/{world.Placement}/meet")).StatusCode);
        var token = await Forms.AntiforgeryTokenAsync(client, "/employer/organisation/edit");
        var post = await client.PostAsync($"/employer/introductions/{world.Placement}/not-this-time",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Reason"] = "Not for us", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain("Porter", await client.GetStringAsync("/employer"), StringComparison.Ordinal);

        Assert.Equal([PlacementEventType.Introduced], (await EventsAsync(world.Placement)).Select(e => e.Type));
    }

    private sealed record World(AppUser Coach, AppUser Employer, Core.JobSeekers.JobSeeker Person, Guid Placement);

    private async Task<World> WorldAsync(string title)
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var opportunity = await app.TestData.CreateOpportunityAsync(o => o.Titled(title));
        var employer = await app.CreateUserAsync(Roles.Employer, opportunity.EmployerId);
        var person = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).WithLastName("Quixotesurname"));
        var placement = await app.TestData.CreatePlacementAsync(p => p.For(person.Id).At(opportunity.Id).ByCoach(coach.Id).IntroducedOn(new DateOnly(2027, 2, 25)));
        return new World(coach, employer, person, placement.Id);
    }

    private async Task<HttpClient> SignedInAsync(AppUser user)
    {
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, TestData.Password);
        return client;
    }

    /// <summary>Posts an answer with the employer's antiforgery token (taken from a page every employer has).</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid placementId, string answer, Dictionary<string, string> fields) =>
        Forms.PostAsync(client, "/employer/organisation/edit", $"/employer/introductions/{placementId}/{answer}", fields);

    private Task<List<PlacementEvent>> EventsAsync(Guid placementId) =>
        app.WithDbAsync(db => db.PlacementEvents.AsNoTracking().Where(e => e.PlacementId == placementId).OrderBy(e => e.Id).ToListAsync());

    private Task<PlacementEventType> StageAsync(Guid placementId) =>
        app.WithDbAsync(db => db.Placements.Where(p => p.Id == placementId).Select(p => p.Stage).SingleAsync());

    private List<ReceivedEmail> DigestsTo(AppUser coach) =>
        app.Smtp.Messages().Where(m => m.To == coach.Email && m.Subject.StartsWith("Your follow-ups for ", StringComparison.Ordinal)).ToList();
}
