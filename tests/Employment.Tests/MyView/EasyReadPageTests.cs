using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Employment.Tests.MyView;

/// <summary>Every page a person sees in their own view: short sentences, and a text alternative for every picture.</summary>
public sealed class EasyReadPageTests(WebAppFixture app, ITestOutputHelper output) : IClassFixture<WebAppFixture>
{
    /// <summary>Easy read guidance asks for short sentences, 15 words at most, one idea each (docs/decisions/0069).</summary>
    private const double MostAverageWords = 8;
    private const int MostWordsInASentence = 15;

    /// <summary>Flesch–Kincaid grade plus five: a reader of nine can read the page (docs/decisions/0069).</summary>
    private const double HighestReadingAge = 9;

    /// <summary>Words outside the 5,000 most common spoken words; easy read explains each hard word, so a page has few (docs/decisions/0069).</summary>
    private const int MostHardWords = 4;

    [Fact]
    public async Task EveryPage_HasShortSentences_AndALowReadingAge()
    {
        var (pages, names) = await PagesAndNamesAsync();
        var problems = new List<string>();
        foreach (var (name, page) in pages)
        {
            var figures = EasyReadMeasure.OfPage(page.QuerySelector("main")!, names);
            output.WriteLine($"{name}: {figures}");
            if (figures.AverageWords > MostAverageWords || figures.LongestWords > MostWordsInASentence
                || figures.ReadingAge > HighestReadingAge || figures.HardWords.Count > MostHardWords)
            {
                problems.Add($"{name}: {figures}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task EveryPicture_HasATextAlternative_OrIsDecorativeBesideText()
    {
        var problems = new List<string>();
        foreach (var (name, page) in (await PagesAndNamesAsync()).Pages)
        {
            problems.AddRange(ImageProblems(page).Select(p => $"{name}: {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>An img needs alt text; alt="" (decorative) only when its parent has words of its own. An svg needs a label or aria-hidden beside words.</summary>
    public static IEnumerable<string> ImageProblems(IHtmlDocument page)
    {
        foreach (var img in page.QuerySelectorAll("main img, main svg"))
        {
            var label = img.LocalName == "img" ? img.GetAttribute("alt") : img.GetAttribute("aria-label");
            if (label is null && img.LocalName == "img")
            {
                yield return $"{img.OuterHtml} has no alt attribute";
            }
            else if (string.IsNullOrWhiteSpace(label) && string.IsNullOrWhiteSpace(img.ParentElement!.TextContent))
            {
                yield return $"{img.OuterHtml} is decorative but has no words beside it";
            }
            else if (img.LocalName == "svg" && label is null && img.GetAttribute("aria-hidden") != "true")
            {
                yield return $"{img.OuterHtml} needs aria-label or aria-hidden";
            }
        }
    }

    /// <summary>The pages, and the names on them that are data rather than words we chose (people, the employer, the job).</summary>
    private async Task<(List<(string Name, IHtmlDocument Page)> Pages, string[] Names)> PagesAndNamesAsync()
    {
        var world = await MyViewWorld.CreateAsync(app, 46);
        var employer = await app.WithDbAsync(db => db.Employers.Where(e => e.Id == world.Job.EmployerId).Select(e => e.Name).SingleAsync());
        string[] names = [world.Job.Title, employer, world.Coach.DisplayName, world.Person.FirstName, world.Job.Postcode ?? ""];
        using var client = await world.OpenLinkAsync(app);
        var pages = new List<(string, IHtmlDocument)>();
        foreach (var (name, path) in new[]
        {
            ("About me", "/my"),
            ("Jobs for me", "/my/jobs"),
            ("Not for me", $"/my/jobs/{world.Job.Id}/not-for-me"),
            ("My jobs", "/my/my-jobs"),
        })
        {
            pages.Add((name, await Forms.ReadAsync(await client.GetAsync(path))));
        }
        pages.Add(("Closed", await Forms.ReadAsync(await Forms.PostAsync(client, "/my", "/my/close", new Dictionary<string, string>()))));
        pages.Add(("Link does not work", await Forms.ReadAsync(await client.GetAsync("/my/link/old"))));
        return (pages, names);
    }
}
