using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.JobSeekers;

/// <summary>The profile's interests page finds jobs from everyday words with plain form posts (no JavaScript).</summary>
public sealed class InterestsSearchPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Coach_SearchesInEverydayWords_AddsTheJobFound_AndContinues()
    {
        var (client, coach) = await SignedInCoachAsync();
        var interests = await InterestsPageAsync(client);
        var find = interests.Replace("/interests", "/interests/find", StringComparison.Ordinal);

        using var searched = await Forms.PostAsync(client, interests, find, new Dictionary<string, string>
        {
            ["Search"] = "I'd like to work in a café", ["FirstChoice"] = "9223", ["SecondChoice"] = "", ["ThirdChoice"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        var results = await Forms.ReadAsync(searched);
        var options = results.QuerySelectorAll("#search-results .govuk-radios__input").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal("9266", options[0]);
        var firstLabel = results.QuerySelector("#search-results .govuk-radios__label")!.TextContent;
        Assert.StartsWith("Coffee shop workers", firstLabel, StringComparison.Ordinal);
        Assert.Equal("9223", results.QuerySelector("#FirstChoice option[selected]")?.GetAttribute("value"));
        Assert.Equal(interests, results.QuerySelector("form[method=post]")!.GetAttribute("action"));

        using var added = await Forms.PostAsync(client, interests, find, new Dictionary<string, string>
        {
            ["add"] = "true", ["Search"] = "I'd like to work in a café", ["Found"] = "9266", ["FirstChoice"] = "9223", ["SecondChoice"] = "", ["ThirdChoice"] = "",
        });

        var afterAdd = await Forms.ReadAsync(added);
        Assert.Empty(Forms.ErrorSummary(afterAdd));
        Assert.Equal("9266", afterAdd.QuerySelector("#SecondChoice option[selected]")?.GetAttribute("value"));
        var draft = await app.WithDbAsync(db => db.ProfileDrafts.AsNoTracking().SingleAsync(d => d.CoachId == coach.Id));
        Assert.DoesNotContain("9266", draft.Answers, StringComparison.Ordinal);

        using var saved = await Forms.PostAsync(client, interests, interests, new Dictionary<string, string>
        {
            ["FirstChoice"] = "9223", ["SecondChoice"] = "9266", ["ThirdChoice"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        draft = await app.WithDbAsync(db => db.ProfileDrafts.AsNoTracking().SingleAsync(d => d.CoachId == coach.Id));
        Assert.Contains("9266", draft.Answers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchWithNoMatch_SaysSoInPlainEnglish_AndEmptySearchAsksForWords()
    {
        var (client, _) = await SignedInCoachAsync();
        var interests = await InterestsPageAsync(client);
        var find = interests.Replace("/interests", "/interests/find", StringComparison.Ordinal);

        using var none = await Forms.PostAsync(client, interests, find, new Dictionary<string, string> { ["Search"] = "<b>xyzzy</b>" });
        var page = await Forms.ReadAsync(none);
        var message = page.QuerySelector("#search-results")!.TextContent;
        Assert.Contains("No jobs match \u201c<b>xyzzy</b>\u201d", message, StringComparison.Ordinal);
        Assert.Contains("Try other words", message, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#search-results b"));

        using var empty = await Forms.PostAsync(client, interests, find, new Dictionary<string, string> { ["Search"] = "  " });
        Assert.Equal(["Enter the kind of job to search for, for example cafe, shop or animals"], Forms.ErrorSummary(await Forms.ReadAsync(empty)));

        using var tooLong = await Forms.PostAsync(client, interests, find, new Dictionary<string, string> { ["Search"] = new string('a', 101) });
        Assert.Equal(["Search words must be 100 characters or fewer"], Forms.ErrorSummary(await Forms.ReadAsync(tooLong)));
    }

    [Fact]
    public async Task AddingWithNothingChosen_OrAFourthJob_IsRefusedWithAReason()
    {
        var (client, _) = await SignedInCoachAsync();
        var interests = await InterestsPageAsync(client);
        var find = interests.Replace("/interests", "/interests/find", StringComparison.Ordinal);

        using var nothing = await Forms.PostAsync(client, interests, find, new Dictionary<string, string> { ["add"] = "true", ["Search"] = "shop" });
        Assert.Equal(["Choose one of the jobs found"], Forms.ErrorSummary(await Forms.ReadAsync(nothing)));

        using var full = await Forms.PostAsync(client, interests, find, new Dictionary<string, string>
        {
            ["add"] = "true", ["Search"] = "shop", ["Found"] = "7111", ["FirstChoice"] = "9223", ["SecondChoice"] = "9263", ["ThirdChoice"] = "9266",
        });
        Assert.Equal(["They already have 3 choices. Clear one of them before adding another"], Forms.ErrorSummary(await Forms.ReadAsync(full)));

        using var twice = await Forms.PostAsync(client, interests, find, new Dictionary<string, string>
        {
            ["add"] = "true", ["Search"] = "shop", ["Found"] = "7111", ["FirstChoice"] = "7111",
        });
        Assert.Equal(["That job is already one of their choices"], Forms.ErrorSummary(await Forms.ReadAsync(twice)));
    }

    private static async Task<string> InterestsPageAsync(HttpClient client)
    {
        using var start = await Forms.PostAsync(client, "/coach/caseload", "/job-seekers/new", new Dictionary<string, string>());
        var about = start.Headers.Location!.ToString();
        return about.Replace("/about", "/interests", StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, AppUser Coach)> SignedInCoachAsync()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        return (client, coach);
    }
}
