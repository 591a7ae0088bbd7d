using System.Reflection;
using System.Security.Claims;
using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Employer;
using Employment.Web.Features.MyView;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Links;

/// <summary>
/// The site's one link generator, through the real site's routes: every method gives a path some route answers, and
/// the addresses people already have (bookmarks, emails, printed links) come out exactly as they always did.
/// </summary>
public sealed class SiteLinksTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly Guid Person = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    private static readonly Guid Other = Guid.Parse("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d");
    private static readonly Guid EmployerId = Guid.Parse("1b4e28ba-2fa1-11d2-883f-0016d3cca427");

    private SiteLinks LinkTo => app.Factory.Services.GetRequiredService<SiteLinks>();

    [Fact]
    public void EveryMethod_GivesAPathThatARouteOfTheSiteAnswers()
    {
        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults)))
            .ToList();
        var methods = typeof(SiteLinks).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        Assert.NotEmpty(methods);

        foreach (var method in methods)
        {
            foreach (var arguments in SampleArguments(method))
            {
                var link = (string)method.Invoke(LinkTo, arguments)!;
                var path = link.Split('#', '?')[0];
                Assert.True(path.StartsWith('/'), $"{method.Name} gave \"{link}\"");
                Assert.True(routes.Any(r => r.TryMatch(path, [])), $"{method.Name} gave \"{link}\", which no route answers");
            }
        }
    }

    [Fact]
    public void Links_AreTheAddressesTheSiteHasAlwaysUsed()
    {
        var own = new ActingEmployer(new Employment.Core.Employers.Employer { Id = EmployerId, Name = "Acme" }, ByCoach: false);
        var coach = own with { ByCoach = true };
        var ownView = new MyViewFrame(new JobSeeker { Id = Person, FirstName = "A", LastName = "B" }, null);
        var withCoach = ownView with { CoachBesideId = Other };
        var links = LinkTo;

        Assert.Equal("/", links.Start());
        Assert.Equal("/sign-in", links.SignIn());
        Assert.Equal("/sign-out", links.SignOut());
        Assert.Equal($"/job-seekers/{Person}", links.JobSeeker(Person));
        Assert.Equal($"/job-seekers/{Person}#consent", links.JobSeeker(Person, "consent"));
        Assert.Equal($"/job-seekers/{Person}/matches", links.MatchesFor(Person));
        Assert.Equal($"/job-seekers/{Person}/matches?Kind=Volunteering&MinHours=2.5", links.MatchesFor(Person, new Employment.Matching.Candidates.MatchFilters { Kind = Employment.Core.Opportunities.OpportunityKind.Volunteering, MinHours = 2.5m }));
        Assert.Equal("/coach/caseload?attention=true", links.CaseloadNeedingAttention());
        Assert.Equal($"/job-seekers/{Person}/matches/{Other}/propose", links.ProposeMatch(Person, Other));
        Assert.Equal($"/job-seekers/{Person}/matches/{Other}/not-suitable", links.NotSuitable(Person, Other));
        Assert.Equal($"/job-seekers/drafts/{Other}/travel?change=true", links.DraftStep(Other, "travel", change: true));
        Assert.Equal($"/job-seekers/drafts/{Other}/check", links.DraftCheck(Other));
        Assert.Equal($"/admin/imports/{Other}", links.AdminImport(Other));
        Assert.Equal($"/admin/imports/{Other}?refresh=off", links.AdminImport(Other, refresh: false));
        Assert.Equal("/admin/follow-up-plans/7", links.FollowUpPlan(7));
        Assert.Equal("/admin/users?search=a%20b%26c&role=&page=2", links.Users("a b&c", null, 2));
        Assert.Equal("/admin/outbox?status=failed&page=3", links.Outbox("failed", 3));
        Assert.Equal("/coach/employers?search=&page=1", links.CoachEmployers(null, 1));
        Assert.Equal($"/placements/{Person}/started", links.PlacementStep(Person, PlacementEventType.Started));
        Assert.Equal($"/placements/{Person}#follow-ups", links.Placement(Person, "follow-ups"));
        Assert.Equal($"/placements/{Person}/follow-ups/{Other}", links.CheckIn(Person, Other));
        Assert.Equal("/adviser/tables/placements.csv?period=2024-q1", links.AdviserTable("placements", "period=2024-q1"));
        Assert.Equal("/employer/organisation", links.Organisation(own));
        Assert.Equal($"/coach/employers/{EmployerId}/organisation", links.Organisation(coach));
        Assert.Equal($"/employer/organisation/sites/{Other}/edit", links.EditSite(own, Other));
        Assert.Equal($"/coach/employers/{EmployerId}/organisation/sites/{Other}/remove", links.RemoveSite(coach, Other));
        Assert.Equal("/employer/opportunities?page=2", links.Opportunities(own, 2));
        Assert.Equal($"/coach/employers/{EmployerId}/opportunities/{Other}/edit", links.EditOpportunity(coach, Other));
        Assert.Equal($"/coach/employers/{EmployerId}/opportunities/{Other}/people", links.OpportunityPeople(EmployerId, Other));
        Assert.Equal("/my", links.AboutMe(ownView));
        Assert.Equal($"/my/jobs/{Other}/not-for-me", links.NotForMe(ownView, Other));
        Assert.Equal($"/job-seekers/{Person}/with-me/jobs", links.JobsForMe(withCoach));
        Assert.Equal($"/job-seekers/{Person}/with-me/jobs/{Other}", links.AnswerJob(withCoach, Other));
        Assert.Equal($"/job-seekers/{Person}/with-me/my-jobs", links.MyJobs(withCoach));
        Assert.Equal("/my/link/abc_-9", links.OpenPersonalLink("abc_-9"));
        Assert.Equal("/my/jobs?job=2", links.JobsForMe(ownView, 2));
        Assert.Equal("/my/jobs", links.JobsForMe(ownView, 1));
        Assert.Equal("/go/HK7P-3XM2", links.OpenShortLink("HK7P3XM2"));
        Assert.Equal($"/coach/opportunities?person={Person}", links.OpportunitySearchFor(Person));
        Assert.Equal("/coach/opportunities?person=&kind=&words=caf%C3%A9%20%26%20bar&postcode=LE1%206ZG&miles=5&hoursMin=&hoursMax=&level=&closingWithin=&page=2",
            links.OpportunitySearch(new Employment.Web.Features.Coach.Opportunities.SearchForm { Words = "café & bar", Postcode = "LE1 6ZG", Miles = "5" }, 2));
        Assert.Equal($"/coach/opportunities/{Other}/propose", links.ProposeFromSearch(Other));
        Assert.Equal($"/coach/opportunities/saved-search/{Person}/remove", links.RemoveSavedSearch(Person));
    }

    [Theory]
    [InlineData("CfDJ8+token/with=padding")]
    [InlineData("plain-token_123")]
    public void TokenLinks_EscapeTheTokenAsEmailsAlwaysHave(string token)
    {
        Assert.Equal($"/accept-invite?user={Person}&token={Uri.EscapeDataString(token)}", LinkTo.AcceptInvite(Person, token));
        Assert.Equal("/employment-check?token=" + Uri.EscapeDataString(token), LinkTo.EmploymentCheck(token));
    }

    [Theory]
    [InlineData(Roles.Admin, "/admin")]
    [InlineData(Roles.Coach, "/coach")]
    [InlineData(Roles.Employer, "/employer")]
    [InlineData(Roles.Adviser, "/adviser")]
    public void HomeFor_IsEachRolesOwnHomePage(string role, string home) =>
        Assert.Equal(home, LinkTo.HomeFor(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "Test"))));

    /// <summary>One set of arguments per way the method can be called (an organisation's own staff or a coach, the person or their coach).</summary>
    private static IEnumerable<object?[]> SampleArguments(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var variants = parameters.Any(p => p.ParameterType == typeof(ActingEmployer) || p.ParameterType == typeof(MyViewFrame)) ? 2 : 1;
        for (var variant = 0; variant < variants; variant++)
        {
            yield return parameters.Select(p => Sample(p, variant == 1)).ToArray();
        }
    }

    private static object? Sample(ParameterInfo parameter, bool secondWay) => parameter.ParameterType switch
    {
        var t when t == typeof(Guid) => parameter.Name == "employerId" ? EmployerId : Other,
        var t when t == typeof(int) || t == typeof(int?) => 2,
        var t when t == typeof(bool) => secondWay,
        var t when t == typeof(PlacementEventType) => PlacementEventType.Offered,
        var t when t == typeof(ClaimsPrincipal) => new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Coach)], "Test")),
        var t when t == typeof(ActingEmployer) => new ActingEmployer(new Employment.Core.Employers.Employer { Id = EmployerId, Name = "Acme" }, secondWay),
        var t when t == typeof(Employment.Matching.Candidates.MatchFilters) => new Employment.Matching.Candidates.MatchFilters { Kind = Employment.Core.Opportunities.OpportunityKind.Volunteering, MinHours = 2.5m },
        var t when t == typeof(Employment.Web.Features.Coach.Opportunities.SearchForm) => new Employment.Web.Features.Coach.Opportunities.SearchForm { Person = Person.ToString(), Words = "kitchen" },
        var t when t == typeof(MyViewFrame) => new MyViewFrame(new JobSeeker { Id = Person, FirstName = "A", LastName = "B" }, secondWay ? Other : null),
        var t when t == typeof(string) => parameter.Name switch
        {
            "step" => "skills",
            "tableKey" => "placements",
            "query" when parameter.Member.Name == nameof(SiteLinks.Caseload) => "?search=&page=2",
            "query" => "period=2024-q1",
            "section" => "follow-ups",
            _ => "some-value",
        },
        _ => throw new InvalidOperationException($"No sample for {parameter.Name} of {parameter.Member.Name}"),
    };
}
