using System.Net;
using System.Xml.Linq;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Employment.Tests.Matching.Pages;
using Employment.Web.Features.MyView;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.MyView;

/// <summary>"Jobs for me" one job a screen, the person in work, the short code to type, and no staff menu on the person's own pages.</summary>
public sealed class EasyReadJobsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task JobsForMe_ShowsOneJobAScreen_WithNextAndBack_ThreeEqualAnswers_AndAFewHelpItemsWithTheirOwnIcons()
    {
        var coach = await app.CreateUserAsync(Core.Accounts.Roles.Coach);
        var centre = MatchWorld.Centre(60);
        var (person, paid, unpaid) = await app.WithDbAsync(async db =>
        {
            var person = await centre.PersonAsync(db, coach.Id, change: p =>
            {
                p.TravelMode = TravelMode.PublicTransport;
                p.SupportNeeds = ["written_instructions", "step_free_access"];
            });
            var paid = await MatchWorld.OpportunityAsync(db, centre, "Kitchen assistant", 0.01,
                o => o.AdjustmentsOffered = ["quiet_workspace", "regular_breaks", "written_instructions", "job_coach_on_site", "step_free_access"]);
            var unpaid = await MatchWorld.OpportunityAsync(db, centre, "Charity shop helper", 0.02, o =>
            {
                o.Kind = OpportunityKind.Volunteering;
                o.HourlyPay = null;
                o.PayBand = null;
            });
            return (person, paid, unpaid);
        });
        var world = new MyViewWorld(coach, person, paid, await MyViewWorld.NewLinkAsync(app, person.Id, coach.Id));
        using var client = await world.OpenLinkAsync(app);

        var first = await Forms.ReadAsync(await client.GetAsync("/my/jobs"));
        Assert.Equal("Kitchen assistant", first.QuerySelector("#job-title")!.TextContent.Trim());
        Assert.Contains("Job 1 of 2", MyViewWorld.MainText(first), StringComparison.Ordinal);
        Assert.Contains("minutes by bus.", MyViewWorld.MainText(first), StringComparison.Ordinal);
        Assert.DoesNotContain("tram", MyViewWorld.MainText(first), StringComparison.Ordinal);
        var steps = first.QuerySelectorAll("nav[aria-label='Other jobs'] a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Next job", "/my/jobs?job=2")], steps);

        var answers = first.QuerySelectorAll("form.app-answers button");
        Assert.Equal(["like", "talk", "not"], answers.Select(b => b.GetAttribute("value")));
        Assert.Single(answers.Select(b => b.GetAttribute("class")).Distinct());

        // At most three help items, what the person needs first, each with its own picture and words for it.
        var help = first.QuerySelectorAll("ul.app-help li").ToList();
        Assert.Equal(MyViewPages.HelpShown, help.Count);
        Assert.Equal(["/icons/written-list.svg", "/icons/step-free.svg"], help.Take(2).Select(li => li.QuerySelector("img")!.GetAttribute("src")));
        Assert.Equal("A wheelchair on a flat path", help[1].QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal(help.Count, help.Select(li => li.QuerySelector("img")!.GetAttribute("src")).Distinct().Count());
        Assert.Contains("And more. Ask your coach.", MyViewWorld.MainText(first), StringComparison.Ordinal);

        var second = await Forms.ReadAsync(await client.GetAsync("/my/jobs?job=2"));
        Assert.Equal("Charity shop helper", second.QuerySelector("#job-title")!.TextContent.Trim());
        Assert.Contains("It is not paid.", MyViewWorld.MainText(second), StringComparison.Ordinal);
        Assert.Null(second.QuerySelector("main img[src*='pound']"));
        Assert.Equal([("Back", "/my/jobs")], second.QuerySelectorAll("nav[aria-label='Other jobs'] a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))));

        var notForMe = await Forms.PostAsync(client, "/my/jobs?job=2", $"/my/jobs/{unpaid.Id}", new Dictionary<string, string> { ["answer"] = "not", ["job"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, notForMe.StatusCode);
        Assert.Equal($"/my/jobs/{unpaid.Id}/not-for-me", notForMe.Headers.Location!.OriginalString);
        Assert.False(await app.WithDbAsync(db => db.JobSeekerAnswers.AnyAsync(a => a.JobSeekerId == person.Id)));

        var liked = await Forms.PostAsync(client, "/my/jobs?job=2", $"/my/jobs/{unpaid.Id}", new Dictionary<string, string> { ["answer"] = "like", ["job"] = "2" });
        Assert.Equal("/my/jobs?job=2", liked.Headers.Location!.OriginalString);
        Assert.Contains("You said: I like this.", await client.GetStringAsync("/my/jobs?job=2"), StringComparison.Ordinal);

        // A number past the end shows the last job rather than an error.
        Assert.Equal("Charity shop helper", (await Forms.ReadAsync(await client.GetAsync("/my/jobs?job=99"))).QuerySelector("#job-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task OnceThePersonIsInWork_JobsForMe_SaysSo_AndGivesTheCoachsContact_InsteadOfSuggestions()
    {
        var world = await MyViewWorld.CreateAsync(app, 61);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == world.Coach.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PhoneNumber, "0116 454 0000")));
        using var client = await world.OpenLinkAsync(app);
        Assert.Contains(world.Job.Title, await client.GetStringAsync("/my/jobs"), StringComparison.Ordinal);

        var internship = await app.TestData.CreateOpportunityAsync(o => o.Titled("Hospital porter").OfKind(OpportunityKind.SupportedInternship));
        await app.TestData.CreatePlacementAsync(p => p.For(world.Person.Id).At(internship.Id).ByCoach(world.Coach.Id)
            .Then(PlacementEventType.Offered, DateOnly.FromDateTime(DateTime.Today).AddDays(-20))
            .Then(PlacementEventType.Started, DateOnly.FromDateTime(DateTime.Today).AddDays(-10), 16m));
        var employer = await app.WithDbAsync(db => db.Employers.Where(e => e.Id == internship.EmployerId).Select(e => e.Name).SingleAsync());

        var page = await Forms.ReadAsync(await client.GetAsync("/my/jobs"));
        var text = MyViewWorld.MainText(page);
        Assert.Contains("I have a job now.", text, StringComparison.Ordinal);
        Assert.Contains($"I work at {employer}.", text, StringComparison.Ordinal);
        Assert.Contains($"My coach is {world.Coach.DisplayName}.", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='tel:0116 454 0000']"));
        Assert.NotNull(page.QuerySelector($"main a[href='mailto:{world.Coach.Email}']"));
        Assert.DoesNotContain(world.Job.Title, text, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.app-answers"));
    }

    [Fact]
    public async Task ThePersonsOwnPages_HaveNoStaffMenu_NoAdultBanner_AndErrorsInPlainWords_WhileTheCoachBesideKeepsTheirs()
    {
        var world = await MyViewWorld.CreateAsync(app, 62);
        using var client = await world.OpenLinkAsync(app);

        foreach (var path in new[] { "/my", "/my/jobs", "/my/my-jobs", $"/my/jobs/{world.Job.Id}/not-for-me" })
        {
            var page = await Forms.ReadAsync(await client.GetAsync(path));
            var text = page.Body!.TextContent;
            Assert.Null(page.QuerySelector("nav[aria-label='Menu']"));
            Assert.DoesNotContain("Sign in", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Register your organisation", text, StringComparison.Ordinal);
            Assert.DoesNotContain("This is a new service", text, StringComparison.Ordinal);
        }

        var path2 = $"/my/jobs/{world.Job.Id}/not-for-me";
        var refused = await Forms.ReadAsync(await Forms.PostAsync(client, path2, path2, new Dictionary<string, string>()));
        Assert.Equal("Please check your answer", refused.QuerySelector(".govuk-error-summary__title")!.TextContent.Trim());

        using var coach = await world.CoachClientAsync(app);
        var beside = await Forms.ReadAsync(await coach.GetAsync($"/job-seekers/{world.Person.Id}/with-me/jobs"));
        Assert.Contains("Sign out", beside.QuerySelector("nav[aria-label='Menu']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShortCode_OpensThePersonsPages_HoweverItIsTyped_AndOnlyItsHashIsKept()
    {
        var world = await MyViewWorld.CreateAsync(app, 63);
        var code = await NewShortCodeAsync(world);

        foreach (var typed in new[] { PersonalLink.ShowShortCode(code), code.ToLowerInvariant(), $"{code[..4]} {code[4..]}" })
        {
            using var client = app.CreateClient();
            var opened = await client.GetAsync($"/go/{Uri.EscapeDataString(typed)}");
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
            Assert.Equal("/my", opened.Headers.Location!.OriginalString);
            Assert.Contains($"My name is {world.Person.FirstName}.", await client.GetStringAsync("/my"), StringComparison.Ordinal);
        }

        var link = await app.WithDbAsync(db => db.PersonalLinks.SingleAsync(l => l.JobSeekerId == world.Person.Id && l.RevokedAt == null));
        Assert.Equal(PersonalLink.Hash(code), link.ShortCodeHash);
    }

    [Theory]
    [InlineData("ABCD2345")]
    [InlineData("O0O0-1I1I")]
    [InlineData("abc")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AnUnknownOrGuessedCode_ShowsThePlainPage_NeverAnError(string code)
    {
        var response = await app.CreateClient().GetAsync($"/go/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This link does not work", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoppedLinksCode_StopsWorkingToo()
    {
        var world = await MyViewWorld.CreateAsync(app, 64);
        var code = await NewShortCodeAsync(world);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PersonalLinkService>().RevokeAsync(world.Person.Id, world.Coach.Id);
        }

        var response = await app.CreateClient().GetAsync($"/go/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        world.AssertNothingPersonal(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("hk7p-3xm2", "HK7P3XM2")]
    [InlineData(" HK7P 3XM2 ", "HK7P3XM2")]
    [InlineData("HK7P3XM", null)]
    [InlineData("HK7P3XM0", null)]
    [InlineData("HK7P3XML", null)]
    [InlineData(null, null)]
    public void ATypedCode_IsReadInCapitals_WithoutSpacesOrDashes_AndOnlyFromItsAlphabet(string? typed, string? expected) =>
        Assert.Equal(expected, PersonalLink.NormaliseShortCode(typed));

    [Fact]
    public void NewCodes_UseOnlyCharactersThatCannotBeMisread()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => PersonalLink.NewShortCode()).ToList();

        Assert.All(codes, c => Assert.Matches("^[2-9A-HJKMNP-Z]{8}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    /// <summary>Every kind of help the reference list has shows its own picture: a file the site serves, an SVG, named with what it shows.</summary>
    [Fact]
    public async Task EveryAdjustment_HasItsOwnIcon_ServedByTheSite()
    {
        var tags = await app.WithDbAsync(db => db.Adjustments.Select(a => a.Tag).ToListAsync());
        Assert.NotEmpty(tags);
        var icons = tags.Select(SupportIcon.For).ToList();
        Assert.Equal(tags.Count, icons.Select(i => i.File).Distinct().Count());
        using var client = app.CreateClient();
        foreach (var icon in icons)
        {
            Assert.False(string.IsNullOrWhiteSpace(icon.Shows));
            var response = await client.GetAsync($"/icons/{icon.File}");
            Assert.True(response.IsSuccessStatusCode, icon.File);
            Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("svg", XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Name.LocalName);
        }
    }

    private async Task<string> NewShortCodeAsync(MyViewWorld world)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PersonalLinkService>().CreateAsync(world.Person.Id, world.Coach.Id)).ShortCode;
    }
}
