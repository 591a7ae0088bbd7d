using System.Net;
using Employment.Core.JobSeekers;
using Employment.Tests.Infrastructure;
using Employment.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.MyView;

/// <summary>A personal link opens one person's own pages and nothing else; a link that does not work shows nothing personal.</summary>
public sealed class PersonalLinkTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task AWorkingLink_OpensThePersonsOwnPages()
    {
        var world = await MyViewWorld.CreateAsync(app, 30);
        using var client = await world.OpenLinkAsync(app);

        var about = await client.GetAsync("/my");

        Assert.Equal(HttpStatusCode.OK, about.StatusCode);
        var html = await about.Content.ReadAsStringAsync();
        Assert.Contains($"My name is {world.Person.FirstName}.", html, StringComparison.Ordinal);
        Assert.Contains(world.Person.Aspirations!, html, StringComparison.Ordinal);
        Assert.Contains(world.Job.Title, await client.GetStringAsync("/my/jobs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAHashOfTheToken_IsStored()
    {
        var world = await MyViewWorld.CreateAsync(app, 31);
        var link = await app.WithDbAsync(db => db.PersonalLinks.SingleAsync(l => l.JobSeekerId == world.Person.Id));

        Assert.Equal(PersonalLink.Hash(world.Token), link.TokenHash);
        Assert.DoesNotContain(world.Token, Convert.ToBase64String(link.TokenHash), StringComparison.Ordinal);
        Assert.Equal(PersonalLink.DefaultLifetime, link.ExpiresAt - link.CreatedAt);
    }

    [Fact]
    public async Task ARevokedLink_ShowsNothingPersonal_AndEndsTheSessionItOpened()
    {
        var world = await MyViewWorld.CreateAsync(app, 32);
        using var session = await world.OpenLinkAsync(app);
        using var coach = await world.CoachClientAsync(app);

        var stopped = await Forms.PostAsync(coach, $"/job-seekers/{world.Person.Id}/personal-link", $"/job-seekers/{world.Person.Id}/personal-link/stop", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);

        var again = await app.CreateClient().GetAsync(world.LinkPath);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var html = await again.Content.ReadAsStringAsync();
        Assert.Contains("This link does not work", html, StringComparison.Ordinal);
        world.AssertNothingPersonal(html);

        foreach (var path in new[] { "/my", "/my/jobs", "/my/my-jobs", $"/my/jobs/{world.Job.Id}/not-for-me" })
        {
            var page = await session.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            world.AssertNothingPersonal(await page.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task AnExpiredLink_ShowsNothingPersonal_AndEndsTheSessionItOpened()
    {
        var world = await MyViewWorld.CreateAsync(app, 33);
        using var session = await world.OpenLinkAsync(app);
        await app.WithDbAsync(db => db.PersonalLinks.Where(l => l.JobSeekerId == world.Person.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var again = await app.CreateClient().GetAsync(world.LinkPath);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        world.AssertNothingPersonal(await again.Content.ReadAsStringAsync());

        var page = await session.GetAsync("/my");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        world.AssertNothingPersonal(await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownLink_ShowsThePlainMessage()
    {
        var response = await app.CreateClient().GetAsync("/my/link/not-a-real-token");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Forms.ReadAsync(response);
        Assert.Equal("This link does not work", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Ask your job coach for a new link.", MyViewWorld.MainText(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MakingANewLink_StopsTheOldOne()
    {
        var world = await MyViewWorld.CreateAsync(app, 34);
        var newer = await MyViewWorld.NewLinkAsync(app, world.Person.Id, world.Coach.Id);

        var old = await app.CreateClient().GetAsync(world.LinkPath);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        world.AssertNothingPersonal(await old.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateClient().GetAsync($"/my/link/{newer}")).StatusCode);
    }

    [Fact]
    public async Task SomeoneElsesLink_ShowsOnlyThatPerson_AndAnotherCoachCannotOpenTheView()
    {
        var mine = await MyViewWorld.CreateAsync(app, 35);
        var theirs = await MyViewWorld.CreateAsync(app, 36, "Car washer");
        using var client = await mine.OpenLinkAsync(app);

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(theirs.LinkPath)).StatusCode);
        var html = await client.GetStringAsync("/my");
        Assert.Contains(theirs.Person.Aspirations!, html, StringComparison.Ordinal);
        mine.AssertNothingPersonal(html.Replace(theirs.Person.Aspirations!, "", StringComparison.Ordinal));

        using var otherCoach = await theirs.CoachClientAsync(app);
        var refused = await otherCoach.GetAsync($"/job-seekers/{mine.Person.Id}/with-me");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        mine.AssertNothingPersonal(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync($"/job-seekers/{mine.Person.Id}/personal-link")).StatusCode);
    }

    [Fact]
    public async Task TheCoachPage_ShowsTheShortLinkOnce_WithAQrCodeAndTheExpiryDate_AndHidesTheLongLink()
    {
        var world = await MyViewWorld.CreateAsync(app, 37);
        using var coach = await world.CoachClientAsync(app);

        var made = await Forms.PostAsync(coach, $"/job-seekers/{world.Person.Id}/personal-link", $"/job-seekers/{world.Person.Id}/personal-link", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var page = await Forms.ReadAsync(await coach.GetAsync($"/job-seekers/{world.Person.Id}/personal-link"));
        var address = page.QuerySelector("a[href*='/go/']")!.GetAttribute("href")!;
        Assert.Matches("/go/[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", address);
        Assert.Contains(new Uri(address).Authority + new Uri(address).AbsolutePath, page.QuerySelector("a[href*='/go/']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("/my/link/", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("img.app-qr-code")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("The link works until", page.Body!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateClient().GetAsync(new Uri(address).PathAndQuery)).StatusCode);
        var later = await Forms.ReadAsync(await coach.GetAsync($"/job-seekers/{world.Person.Id}/personal-link"));
        Assert.Null(later.QuerySelector("a[href*='/go/']"));
        Assert.Contains("has a link that works", later.Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// The session cookie is sent only to /my, but even handed to every other route on purpose it opens none of
    /// them: each answers as it would to someone signed out.
    /// </summary>
    [Fact]
    public async Task ALinkSession_ReachesNoOtherRoute()
    {
        var world = await MyViewWorld.CreateAsync(app, 38);
        using var raw = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var opened = await raw.GetAsync(world.LinkPath);
        var session = opened.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("employment-my-view=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Contains("path=/my", opened.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("employment-my-view=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        var signIn = await raw.GetAsync("/sign-in");
        var antiforgery = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("employment-antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        var token = (await Forms.ReadAsync(signIn)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var failures = new List<string>();
        foreach (var route in Endpoints.All(app.Factory.Services))
        {
            var rule = AccessTable.Rules[route.Key];
            if (rule.Contains(AccessTable.Anonymous))
            {
                continue;
            }
            var method = route.Method == "*" ? "GET" : route.Method;
            using var request = new HttpRequestMessage(new HttpMethod(method), AccessTable.SamplePath(route.Pattern));
            request.Headers.Add("Cookie", $"{session}; {antiforgery}");
            if (method == "POST")
            {
                request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            }
            using var response = await raw.SendAsync(request);
            var location = response.Headers.Location?.ToString() ?? "";
            var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized || location.Contains("/sign-in", StringComparison.Ordinal);
            var allowed = rule.Contains(AccessTable.JobSeekerLink);
            if (allowed == refused)
            {
                failures.Add($"{route.Key}: {(allowed ? "should let in" : "should refuse")} a link session, got {(int)response.StatusCode} {location}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
