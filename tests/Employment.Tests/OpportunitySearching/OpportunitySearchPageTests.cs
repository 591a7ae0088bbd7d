using System.Net;
using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Employment.Tests.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.OpportunitySearching;

/// <summary>The coach's opportunity search page over real HTTP: plain errors for bad input, Propose, and one saved search per person.</summary>
public sealed class OpportunitySearchPageTests(LiveSiteFixture site) : IClassFixture<LiveSiteFixture>
{
    private WebAppFixture App => site.App;

    private async Task<(HttpClient Client, AppUser Coach)> SignedInCoachAsync()
    {
        var coach = await App.CreateUserAsync(Roles.Coach);
        var client = App.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        return (client, coach);
    }

    [Theory]
    [InlineData("postcode=ZZ99+9ZZ", "Postcode", "We do not recognise that postcode. Check it and enter a full UK postcode, like LE1 6ZG")]
    [InlineData("postcode=not+a+postcode", "Postcode", "Enter a postcode, like LE1 6ZG")]
    [InlineData("postcode=LE1+6ZGLE1+6ZGLE1+6ZG", "Postcode", "Enter a postcode, like LE1 6ZG")]
    [InlineData("hoursMin=30&hoursMax=16", "HoursMax", "Most hours must be the same as or more than the fewest hours")]
    [InlineData("hoursMin=lots", "HoursMin", "Fewest hours must be a number from 0 to 48, like 16 or 20")]
    [InlineData("words=%25%25%3C%3E", "Words", "Enter words made of letters or numbers, like kitchen or retail")]
    [InlineData("miles=5", "Miles", "Enter a postcode or choose a person to measure the distance from")]
    [InlineData("miles=7000&postcode=LE1+6ZG", "Miles", "Choose a distance from the list")]
    [InlineData("kind=Plumbing", "Kind", "Choose a kind of opportunity from the list")]
    [InlineData("level=99", "Level", "Choose a Disability Confident level from the list")]
    [InlineData("closingWithin=-3", "ClosingWithin", "Closing within must be a whole number of days from 1 to 365, like 14")]
    [InlineData("person=6a7c0b0e-0000-0000-0000-000000000000", "Person", "Choose a person from your caseload")]
    public async Task BadInput_IsShownOnItsField_InPlainEnglish_NotAServerError(string query, string field, string message)
    {
        var (client, _) = await SignedInCoachAsync();
        using (client)
        {
            var response = await client.GetAsync("/coach/opportunities?" + query);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Forms.ReadAsync(response);
            Assert.Equal(message, Forms.FieldError(page, field));
            Assert.Equal([message], Forms.ErrorSummary(page));
            Assert.Null(page.QuerySelector("#results"));
        }
    }

    [Fact]
    public async Task HostileWordsAreShownBackAsText_NeverAsMarkup()
    {
        var (client, _) = await SignedInCoachAsync();
        using (client)
        {
            var response = await client.GetAsync("/coach/opportunities?words=" + Uri.EscapeDataString("<script>alert(1)</script>"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            Assert.Equal("<script>alert(1)</script>", (await Forms.ReadAsync(response)).QuerySelector("#Words")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task ACoachFindsAnOpportunityForAPerson_NearestFirst_AndProposesThem_ComingBackToTheSameSearch()
    {
        var (client, coach) = await SignedInCoachAsync();
        using (client)
        {
            var word = "Zq" + Guid.NewGuid().ToString("N")[..8];
            var person = await App.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id));
            var far = await App.TestData.CreateOpportunityAsync(o => o.Titled($"Far {word}").At(52.9546, -1.14749));
            var near = await App.TestData.CreateOpportunityAsync(o => o.Titled($"Near {word}"));
            var search = $"/coach/opportunities?person={person.Id}&words={word}";

            var page = await Forms.ReadAsync(await client.GetAsync(search));
            var titles = page.QuerySelectorAll(".app-opportunity-results h3 a").Select(a => a.TextContent.Trim()).ToList();
            Assert.Equal([$"Near {word}", $"Far {word}"], titles);
            Assert.Contains($"nearest to {person.FirstName}'s home first", page.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);

            var propose = page.QuerySelectorAll(".app-opportunity-results form")[0];
            var fields = propose.QuerySelectorAll("input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
            var response = await client.PostAsync(propose.GetAttribute("action"), new FormUrlEncodedContent(fields));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains($"words={word}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Contains($"person={person.Id}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            var placement = await App.WithDbAsync(db => db.Placements.SingleAsync(p => p.JobSeekerId == person.Id));
            Assert.Equal(near.Id, placement.OpportunityId);
            Assert.Equal(PlacementEventType.Introduced, placement.Stage);
            Assert.NotEqual(far.Id, placement.OpportunityId);
        }
    }

    [Fact]
    public async Task ACoachCannotSearchForOrProposeSomeoneOutsideTheirCaseload()
    {
        var (client, _) = await SignedInCoachAsync();
        using (client)
        {
            var otherCoach = await App.CreateUserAsync(Roles.Coach);
            var someoneElses = await App.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(otherCoach.Id));
            var opportunity = await App.TestData.CreateOpportunityAsync();

            var page = await Forms.ReadAsync(await client.GetAsync($"/coach/opportunities?person={someoneElses.Id}"));
            Assert.Equal("Choose a person from your caseload", Forms.FieldError(page, "Person"));
            var response = await Forms.PostAsync(client, "/coach/caseload", $"/coach/opportunities/{opportunity.Id}/propose",
                new Dictionary<string, string> { ["person"] = someoneElses.Id.ToString() });
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.False(await App.WithDbAsync(db => db.Placements.AnyAsync(p => p.JobSeekerId == someoneElses.Id)));
        }
    }

    [Fact]
    public async Task SavingSixTimesAtOnce_KeepsOneSavedSearchForThePerson_AndThePageShowsIt()
    {
        var (client, coach) = await SignedInCoachAsync();
        using (client)
        {
            var person = await App.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id));
            var token = await Forms.AntiforgeryTokenAsync(client, "/coach/caseload");

            var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(n => client.PostAsync("/coach/opportunities/saved-search", new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["person"] = person.Id.ToString(),
                    ["words"] = $"kitchen{n}",
                    ["miles"] = "10",
                    ["hoursMin"] = "16",
                }))));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
            var saved = await App.WithDbAsync(db => db.SavedSearches.Where(s => s.JobSeekerId == person.Id).ToListAsync());
            var one = Assert.Single(saved);
            Assert.Equal(10, one.WithinMiles);
            Assert.Equal(16m, one.HoursMin);
            Assert.Equal(coach.Id, one.SavedById);

            // Opening the person's search shows the saved one, filled in.
            var page = await Forms.ReadAsync(await client.GetAsync($"/coach/opportunities?person={person.Id}"));
            Assert.Equal(one.Words, page.QuerySelector("#Words")!.GetAttribute("value"));
            Assert.Contains("has a saved search", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SavingWithNoPersonChosen_AsksForThePerson()
    {
        var (client, _) = await SignedInCoachAsync();
        using (client)
        {
            var response = await Forms.PostAsync(client, "/coach/caseload", "/coach/opportunities/saved-search",
                new Dictionary<string, string> { ["words"] = "kitchen" });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Choose the person to save this search for", Forms.FieldError(await Forms.ReadAsync(response), "Person"));
        }
    }

    [Fact]
    public async Task ErasureRemovesTheSavedSearch_AndSubjectAccessIncludesItBefore()
    {
        var coach = await App.CreateUserAsync(Roles.Coach);
        var person = await App.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id));
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<Core.Opportunities.Search.SavedSearchService>()
            .SaveAsync(person.Id, new() { Words = "animals", Postcode = "LE1 6ZG", WithinMiles = 5 }, coach.Id);

        var report = await services.GetRequiredService<SubjectAccess>().ReportAsync(person.Id);
        Assert.Equal("LE1 6ZG", report!.SavedSearch!.Postcode);
        Assert.Equal("animals", report.SavedSearch.Words);

        Assert.True(await services.GetRequiredService<Erasure>().EraseAsync(person.Id, coach.Id));
        Assert.False(await App.WithDbAsync(db => db.SavedSearches.AnyAsync(s => s.JobSeekerId == person.Id)));
    }
}
