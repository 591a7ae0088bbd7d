using System.Net;
using AngleSharp.Html.Dom;
using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Tests.Infrastructure;
using Employment.Tests.Matching.Pages;
using Employment.Web.Features.MyView;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.MyView;

/// <summary>A coach, one person on their caseload with a personal link, and a job that suits the person nearby.</summary>
public sealed record MyViewWorld(AppUser Coach, JobSeeker Person, Opportunity Job, string Token)
{
    public string LinkPath => $"/my/link/{Token}";

    public static async Task<MyViewWorld> CreateAsync(WebAppFixture app, int centre, string jobTitle = "Shelf stacker")
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var world = MatchWorld.Centre(centre);
        var (person, job) = await app.WithDbAsync(async db =>
        {
            var person = await world.PersonAsync(db, coach.Id, change: p => p.Aspirations = "I want to work in a busy garden centre");
            var job = await MatchWorld.OpportunityAsync(db, world, jobTitle, 0.01);
            return (person, job);
        });
        return new MyViewWorld(coach, person, job, await NewLinkAsync(app, person.Id, coach.Id));
    }

    public static async Task<string> NewLinkAsync(WebAppFixture app, Guid personId, Guid coachId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PersonalLinkService>().CreateAsync(personId, coachId)).Token;
    }

    /// <summary>A browser-like client that has opened the person's link.</summary>
    public async Task<HttpClient> OpenLinkAsync(WebAppFixture app)
    {
        var client = app.CreateClient();
        var opened = await client.GetAsync(LinkPath);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        return client;
    }

    public async Task<HttpClient> CoachClientAsync(WebAppFixture app)
    {
        var client = app.CreateClient();
        await Forms.SignInAsync(client, Coach.Email!, WebAppFixture.Password);
        return client;
    }

    /// <summary>Anything that would identify the person or repeat what the coach wrote about them.</summary>
    /// <remarks>
    /// Only what the page says counts (its text, and the attributes that hold words for people), not its markup: a
    /// made-up surname such as "Meta" or "Header" would otherwise be found in tag and class names.
    /// </remarks>
    public void AssertNothingPersonal(string html)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        string[] wordsForPeople = ["alt", "title", "value", "content", "aria-label", "placeholder", "href"];
        var said = string.Join("\n", page.All
            .SelectMany(e => e.Attributes.Where(a => wordsForPeople.Contains(a.Name)).Select(a => a.Value))
            .Prepend(page.DocumentElement.TextContent));
        Assert.DoesNotMatch($@"(?i)\b{System.Text.RegularExpressions.Regex.Escape(Person.FirstName)}\b", said);
        Assert.DoesNotMatch($@"(?i)\b{System.Text.RegularExpressions.Regex.Escape(Person.LastName)}\b", said);
        Assert.DoesNotContain(Person.Aspirations!, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Job.Title, said, StringComparison.OrdinalIgnoreCase);
    }

    public static string MainText(IHtmlDocument page) => page.QuerySelector("main")!.TextContent;
}
