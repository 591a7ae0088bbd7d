using System.Net;
using System.Text.RegularExpressions;
using Employment.Tests.Infrastructure;
using Employment.Web.Infrastructure.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Nodes;

/// <summary>
/// Two web machines and a worker, as real processes with home folders of their own on one database (decisions 0051, 0052):
/// what one makes (a sign-in, a form token, a milestone link, a person's page session) works on the other, the worker serves
/// no pages, and each recurring job runs once however many machines run jobs.
/// </summary>
[Collection(SeveralNodesCollection.Name)]
public sealed partial class SeveralNodesTests(WebAppFixture kit) : IClassFixture<WebAppFixture>
{
    private const string EveryFiveSeconds = "*/5 * * * * *";

    [Fact]
    public async Task TwoWebMachinesAndAWorker_ShareKeys_AndRunEachRecurringJobOnce()
    {
        var ringKey = Convert.ToBase64String(KeyRingKey.Generate().Bytes);
        var world = await NodesWorld.CreateAsync(kit);

        // A runs pages and jobs, B pages only, the worker jobs only: two job servers compete for every recurring job.
        await using var a = await SiteProcess.StartAsync(Settings(ringKey, "both", siteBaseUrl: null));
        await using var b = await SiteProcess.StartAsync(Settings(ringKey, "web", a.Address.ToString()));
        await using var worker = await SiteProcess.StartAsync(Settings(ringKey, "worker", a.Address.ToString()));

        var cookies = new CookieContainer();
        using var onA = Client(a, cookies);
        using var onB = Client(b, cookies);

        // A sign-in made on A works on B.
        var signIn = await Forms.SignInAsync(onA, world.Coach.Email!, TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Share(cookies, a, b);
        using (var home = await onB.GetAsync("/coach"))
        {
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }

        // A form token from a page on A is accepted by B.
        var token = await Forms.AntiforgeryTokenAsync(onA, "/sign-out");
        Share(cookies, a, b);
        using (var signOut = await onB.PostAsync("/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", token)])))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        // A person's page session opened on A works on B.
        var personal = new CookieContainer();
        using var personOnA = Client(a, personal);
        using var personOnB = Client(b, personal);
        Assert.Equal(HttpStatusCode.Redirect, (await personOnA.GetAsync($"/my/link/{world.PersonalToken}")).StatusCode);
        Share(personal, a, b);
        using (var mine = await personOnB.GetAsync("/my"))
        {
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        }

        // The milestone link a job server emailed opens on both web machines.
        var link = await MilestoneLinkAsync(world.EmployerEmail, worker, a);
        foreach (var site in new[] { a, b })
        {
            using var anonymous = Client(site, new CookieContainer());
            var page = await Forms.ReadAsync(await anonymous.GetAsync(link));
            Assert.NotEqual("This link does not work", page.QuerySelector("h1")?.TextContent.Trim());
            Assert.NotNull(page.QuerySelector("input[name='Form.Token']"));
        }

        // The worker serves its health and nothing else.
        using (var client = Client(worker, new CookieContainer()))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            using var page = await client.GetAsync("/sign-in");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.Equal(NodeRoles.WorkerServesNoPages, await page.Content.ReadAsStringAsync());
        }

        await AssertEachRecurringJobRanOnceAsync(kit.ConnectionString, a, b, worker);
    }

    [Fact]
    public async Task InProduction_WithoutAKeyRingKey_TheSiteSaysSoAndStops()
    {
        var settings = Settings(null, "both", null);

        var (exitCode, error) = await SiteProcess.RunToExitAsync(settings);

        Assert.Equal((1, KeyRingKey.Missing), (exitCode, error.Trim()));
    }

    private Dictionary<string, string?> Settings(string? ringKey, string role, string? siteBaseUrl) => new()
    {
        ["ConnectionStrings__Employment"] = kit.ConnectionString,
        ["DataProtection__KeyRingKey"] = ringKey,
        ["Node__Role"] = role,
        ["Database__MigrateOnStart"] = "false",
        ["Email__SiteBaseUrl"] = siteBaseUrl ?? "http://127.0.0.1",
        ["Email__SendCron"] = EveryFiveSeconds,
        ["Email__DailyDigestCron"] = EveryFiveSeconds,
        ["Email__MilestonesCron"] = EveryFiveSeconds,
        ["Email__DcRemindersCron"] = EveryFiveSeconds,
        ["Email__AccessToWorkRenewalsCron"] = EveryFiveSeconds,
        ["Email__WeeklySummaryCron"] = EveryFiveSeconds,
        ["Matching__RetrainCron"] = EveryFiveSeconds,
        ["Statistics__RefreshCron"] = EveryFiveSeconds,
        ["Imports__InterruptedCheckCron"] = EveryFiveSeconds,
        ["Retention__Cron"] = EveryFiveSeconds,
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static HttpClient Client(SiteProcess site, CookieContainer cookies) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = site.Address, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>What a browser does behind one address in front of both machines: the cookies one set go to the other.</summary>
    private static void Share(CookieContainer cookies, SiteProcess from, SiteProcess to)
    {
        foreach (Cookie cookie in cookies.GetCookies(from.Address))
        {
            cookies.Add(to.Address, new Cookie(cookie.Name, cookie.Value, "/"));
        }
    }

    private async Task<string> MilestoneLinkAsync(string employerEmail, SiteProcess worker, SiteProcess a)
    {
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(90); await Task.Delay(500))
        {
            var body = await kit.WithDbAsync(db => db.OutboxEmails.AsNoTracking()
                .Where(e => e.ToAddress == employerEmail).Select(e => e.TextBody).FirstOrDefaultAsync());
            if (body is not null)
            {
                var match = Regex.Match(body, @"https?://\S*(/employment-check\?\S+)");
                Assert.True(match.Success, body);
                return match.Groups[1].Value;
            }
        }
        throw new TimeoutException($"No milestone email within 90 seconds.\nA:\n{a.Output}\nWorker:\n{worker.Output}");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeveralNodesCollection
{
    public const string Name = "Several machines";
}
