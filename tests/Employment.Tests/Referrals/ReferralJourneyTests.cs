using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Referrals;
using Employment.Core.Statistics;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Referrals;

/// <summary>A Jobcentre Plus adviser's referral walked through the real site to a start, with the adviser's figures moving.</summary>
public sealed class ReferralJourneyTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Stoke = "E06000021";

    [Fact]
    public async Task AReferralFromAJobcentreAdviser_GoesOnToAStart_AndTheReferralFiguresMove()
    {
        var adviser = await app.CreateUserAsync(Roles.Adviser);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var stoke = await app.TestData.PutInCouncilAsync(adviser.Id, Stoke);
        await app.TestData.PutInCouncilAsync(coach.Id, Stoke);
        // Referrals already in this year, so the figures are big enough to show: 5 waiting, 5 accepted, 4 accepted and started.
        for (var i = 0; i < 14; i++)
        {
            var earlier = await app.TestData.CreateReferralAsync(adviser.Id, r => r.InCouncil(Stoke));
            if (i >= 5)
            {
                var earlierPerson = await ReferralWalk.AcceptAsync(app, earlier.Id, coach.Id);
                if (i >= 10)
                {
                    await ReferralWalk.StartAsync(app, earlierPerson, coach.Id);
                }
            }
        }
        var year = Period.FinancialYearContaining(DateOnly.FromDateTime(DateTime.UtcNow));
        var before = await CountsAsync(stoke, year);
        Assert.Equal((14, 9, 4), before);
        using var adviserClient = await SignInAsync(adviser);
        var figuresPage = $"/adviser?period={year.Key}&council={stoke}";
        Assert.Equal(["15", "10", Suppression.FewerThanFive], await JobcentreRowAsync(adviserClient, figuresPage));

        // The adviser refers someone through the form.
        var sent = await Forms.PostAsync(adviserClient, "/referrals/new", "/referrals/new", ReferralForms.Valid(stoke, first: "Aisha", last: "Khan"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var referralPage = sent.Headers.Location!.OriginalString;
        var referral = await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.FirstName == "Aisha" && r.LastName == "Khan"));
        Assert.Equal(ReferralSource.JobcentrePlus, referral.Source);
        Assert.Equal($"/referrals/{referral.Id}", referralPage);

        // The council's team sees it in the queue and accepts it: the person is on the coach's caseload, prefilled.
        using var coachClient = await SignInAsync(coach);
        var queue = await Forms.ReadAsync(await coachClient.GetAsync("/coach/referrals"));
        Assert.Contains(queue.QuerySelectorAll("[data-referral] a"), a => a.TextContent == "Aisha Khan");
        var intake = $"/coach/referrals/{referral.Id}";
        var accepted = await Forms.PostAsync(coachClient, intake, $"{intake}/accept", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var person = await app.WithDbAsync(db => db.JobSeekers.SingleAsync(j => j.FirstName == "Aisha" && j.LastName == "Khan"));
        Assert.Equal($"/job-seekers/{person.Id}", accepted.Headers.Location!.OriginalString);
        Assert.Equal(coach.Id, person.CoachId);
        Assert.Equal((stoke, new DateOnly(2002, 9, 30), "ST4 2RU", true), (person.LocalAuthorityId, person.DateOfBirth, person.HomePostcode, person.HasEhcPlan));
        Assert.Equal("To work in a café, three days a week", person.Aspirations);
        Assert.True(person.ConsentToShare);
        var record = await Forms.ReadAsync(await coachClient.GetAsync(accepted.Headers.Location));
        Assert.Contains("Aisha Khan", record.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        // Proposed and started through the placement recorder.
        await ReferralWalk.StartAsync(app, person.Id, coach.Id);

        Assert.Equal((15, 10, 5), await CountsAsync(stoke, year));
        Assert.Equal(["15", "10", "5"], await JobcentreRowAsync(adviserClient, figuresPage));

        // The adviser sees the status of their referral, and no way into the person's record.
        var status = await Forms.ReadAsync(await adviserClient.GetAsync(referralPage));
        Assert.Equal("Accepted", status.QuerySelector("main .govuk-tag")!.TextContent);
        Assert.DoesNotContain(status.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("/job-seekers/", StringComparison.Ordinal));
        var record404 = await adviserClient.GetAsync($"/job-seekers/{person.Id}");
        Assert.True(record404.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Redirect);
        Assert.DoesNotContain("Aisha", await record404.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(int, int, int)> CountsAsync(int council, Period period)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var jobcentre = (await scope.ServiceProvider.GetRequiredService<ReferralFigures>().CountAsync(council, period)).Single(c => c.Source == ReferralSource.JobcentrePlus);
        return (jobcentre.Received, jobcentre.Accepted, jobcentre.Started);
    }

    private static async Task<string[]> JobcentreRowAsync(HttpClient client, string page)
    {
        var shown = await Forms.ReadAsync(await client.GetAsync(page));
        var row = shown.QuerySelectorAll("table.app-referral-figures tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Jobcentre Plus");
        return row.QuerySelectorAll("td").Select(td => td.TextContent).ToArray();
    }

    private async Task<HttpClient> SignInAsync(AppUser user)
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password)).StatusCode);
        return client;
    }
}

/// <summary>The referral form's fields as a browser sends them.</summary>
public static class ReferralForms
{
    public static Dictionary<string, string> Valid(int council, string first = "Sam", string last = "Jones", string? key = null) => new()
    {
        ["Form.SubmissionKey"] = key ?? Guid.NewGuid().ToString(),
        ["Form.LocalAuthorityId"] = council.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.FirstName"] = first,
        ["Form.LastName"] = last,
        ["Form.DateOfBirth.Day"] = "30",
        ["Form.DateOfBirth.Month"] = "9",
        ["Form.DateOfBirth.Year"] = "2002",
        ["Form.Postcode"] = "st4 2ru",
        ["Form.Phone"] = "07700 900982",
        ["Form.HowToContact"] = "Text first, then call in the afternoon",
        ["Form.WhatTheyWant"] = "To work in a café, three days a week",
        ["Form.HasEhcPlan"] = "yes",
        ["Form.ConsentToShare"] = "yes",
    };
}
