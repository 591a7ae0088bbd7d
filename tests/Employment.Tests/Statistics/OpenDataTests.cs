using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Employment.Core.Accounts;
using Employment.Core.Statistics;
using Employment.Core.Statistics.Publishing;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Statistics;

/// <summary>Downloads that say what they cover, and the open data zip: only what the dashboard shows, rounded and suppressed.</summary>
public sealed partial class OpenDataTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await app.WithDbAsync(async db =>
    {
        if (!db.JobSeekers.Any(j => j.LastName == OutcomeWorld.Surnames[0]))
        {
            await OutcomeWorld.AddToAsync(db);
        }
        return 0;
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ATableDownload_SaysInItsFirstRowsAndItsNameWhichCouncilPeriodAndFiltersItCovers()
    {
        using var client = await SignedInAsync();
        var leicester = await app.WithDbAsync(db => db.LocalAuthorities.SingleAsync(l => l.OnsCode == "E06000016"));

        var response = await client.GetAsync($"/adviser/tables/starts.csv?period=2025-q1&council={leicester.Id}&age=Age25To34");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var name = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!;
        Assert.Matches(@"^starts_leicester_2025-q1_age-25-to-34_worked-out-\d{4}-\d{2}-\d{2}t\d{4}z\.csv$", name.Trim('"'));
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("About these figures,", lines[0]);
        Assert.Equal("Table,Placements started in the period", lines[1]);
        Assert.Equal("Council,Leicester", lines[2]);
        Assert.Equal("Period,2024–25 Q4 (January to March 2025)", lines[3]);
        Assert.Equal("Filters,Age: 25 to 34", lines[4]);
        Assert.Matches(@"^Figures worked out at,\d\d:\d\d UTC on \d{1,2} \w+ \d{4}$", lines[5]);
        Assert.StartsWith("Rounding and suppression,\"Counts from 0 to 4 are shown as \"\"fewer than 5\"\"", lines[6], StringComparison.Ordinal);
        Assert.Equal("", lines[9]);
        Assert.Equal("Kind of opportunity,Started", lines[10]);
    }

    [Fact]
    public async Task TheOpenDataZip_HoldsEveryTableAsTheDashboardShowsIt_AndNoHiddenCount()
    {
        using var client = await SignedInAsync();

        var response = await client.GetAsync("/adviser/open-data.zip?period=2025-q1&kind=PaidJob");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var files = zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd().TrimStart('\uFEFF'));
        Assert.Contains("Licence: Open Government Licence v3.0", files["README.txt"], StringComparison.Ordinal);
        Assert.Contains("Rounding and suppression: Counts from 0 to 4", files["README.txt"], StringComparison.Ordinal);
        // The kind filter is not applied: open data is the whole period for all councils.
        Assert.Contains("Filters: None", files["README.txt"], StringComparison.Ordinal);

        Assert.Superset(new HashSet<string>(["README.txt", "paid-work.csv", "ascof-1e.csv", "ascof-baselines.csv", "starts.csv", "sustained.csv", "job-outcomes.csv", "internships.csv",
            "cost-avoided.csv", "first-job.csv", "disability-confident.csv", "posted.csv", "trend-paid-work.csv", "trend-jobs-started.csv", "trend-sustained.csv"]), files.Keys.ToHashSet());
        foreach (var (file, text) in files.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var lines = text.Split("\r\n");
            Assert.Equal("Council,All councils", lines[2]);
            Assert.Equal("Filters,\"None: every kind of opportunity, every age, every employer\"", lines[4]);
            Assert.StartsWith("Table,", lines[1], StringComparison.Ordinal);
            var table = lines.Skip(lines.ToList().IndexOf("") + 1).Where(l => l.Length > 0).ToList();
            foreach (var cell in table.Skip(1).SelectMany(l => Cells(l).Skip(1)))
            {
                Assert.True(IsPublishable(cell, exact: file == "disability-confident.csv"), $"{file}: \"{cell}\" is not a published value");
            }
        }
        // On 31 March 2025 three people were in paid work, two of them 16 hours or more: both are hidden.
        var paidWork = files["paid-work.csv"].Split("\r\n");
        Assert.Contains("In paid work (any hours),fewer than 5,not shown", paidWork);
        Assert.Contains("Working 16 hours a week or more,not shown,not shown", paidWork);
        Assert.DoesNotContain(paidWork.SelectMany(Cells), c => c is "3" or "2" or "1");
    }

    /// <summary>A count as published (suppressed, or a multiple of 5), a share, a sum of money, a number of days, or words.</summary>
    private static bool IsPublishable(string cell, bool exact)
    {
        if (cell is Suppression.FewerThanFive or Suppression.NotShown or "" || cell.EndsWith('%') || cell.StartsWith('£') || cell.EndsWith(" days", StringComparison.Ordinal))
        {
            return true;
        }
        if (int.TryParse(cell, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"), out var count))
        {
            return exact || count % Suppression.RoundTo == 0;
        }
        return !Digits().IsMatch(cell) || cell.Contains('–', StringComparison.Ordinal);
    }

    private static IEnumerable<string> Cells(string line) => CsvCells().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal) : m.Groups[2].Value);

    [GeneratedRegex("(?:^|,)(?:\"((?:[^\"]|\"\")*)\"|([^,]*))")]
    private static partial Regex CsvCells();

    [GeneratedRegex(@"^\d")]
    private static partial Regex Digits();

    private async Task<HttpClient> SignedInAsync()
    {
        var client = app.CreateClient();
        var user = await app.CreateUserAsync(Roles.Adviser);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password)).StatusCode);
        return client;
    }
}
