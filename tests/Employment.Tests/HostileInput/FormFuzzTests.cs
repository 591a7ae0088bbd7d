using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Employment.Core.Accounts;
using Employment.Core.Placements;
using Employment.Tests.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Tests.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Employment.Tests.HostileInput;

/// <summary>
/// Every form the site shows, found by walking its pages as each role from the home pages (so the forms carry real
/// ids), posted with hostile values over real HTTP with a valid form token: nothing may answer 5xx or a status outside
/// 200–499. The site's own POST routes say how many forms exist, so a form the walk cannot reach shows in the figures.
/// </summary>
public sealed partial class FormFuzzTests(LiveSiteFixture site, ITestOutputHelper output) : IClassFixture<LiveSiteFixture>
{
    private const int MostPagesPerRole = 250;

    /// <summary>Each value as it goes in the body, already form-encoded, so invalid UTF-8 can be sent as bytes.</summary>
    private static readonly (string Label, string Encoded)[] HostileValues =
    [
        ("empty", ""),
        ("spaces", Encode("   ")),
        ("very long", Encode(new string('x', 100_000))),
        ("NUL", Encode("a\0b")),
        ("control characters", Encode("bell\u0007 escape\u001b")),
        ("invalid UTF-8", "%C3%28%FF%FE"),
        ("huge number", Encode("1e30")),
        ("minus one", Encode("-1")),
        ("too many digits", Encode("99999999999999999999999999999")),
        ("year 0000", Encode("0000")),
        ("year 9999", Encode("9999")),
        ("HTML and script", Encode("<script>alert('x')</script><b>bold</b>")),
        ("quotes", Encode("'; DROP TABLE users; --\"")),
    ];

    [Fact]
    public async Task EveryFormGivenHostileValues_NeverAnswers5xxOrABrokenStatus()
    {
        var app = site.App;
        var world = await WorldAsync();
        var postRoutes = PostRoutes();
        var forms = new Dictionary<string, FoundForm>(StringComparer.Ordinal);
        var failures = new List<string>();
        var tried = 0;

        foreach (var (role, user) in world.Users.Prepend((AccessTable.Anonymous, (AppUser?)null)))
        {
            using var client = app.CreateClient();
            if (user is not null)
            {
                using var signedIn = await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            }
            var found = await WalkAsync(client, role, failures);
            foreach (var form in found)
            {
                forms.TryAdd($"{role} {form.Method} {Template(form.Action)}", form);
            }
            // Forms that only press a button (remove, try again) go last, so they change the world after the others ran.
            var ours = forms.Where(f => f.Key.StartsWith(role + " ", StringComparison.Ordinal)).Select(f => f.Value)
                .OrderBy(f => f.Fields.Count == 0).ToList();
            foreach (var form in ours)
            {
                foreach (var (label, value) in HostileValues)
                {
                    tried++;
                    var status = await SendAsync(client, form, value);
                    if (status is < 200 or > 499)
                    {
                        failures.Add($"{role}: {form.Method} {form.Action} with {label} answered {status}");
                    }
                }
            }
        }

        var reachedPosts = forms.Values.Where(f => f.Method == "POST").Select(f => Template(f.Action)).Distinct().Count();
        output.WriteLine($"POST routes in the site: {postRoutes.Count}; forms found by walking the pages: {forms.Count} " +
            $"({forms.Values.Count(f => f.Method == "POST")} posting, to {reachedPosts} distinct addresses); hostile values per form: {HostileValues.Length}; requests sent: {tried}; bad answers: {failures.Count}");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        Assert.True(forms.Count >= 25, $"Only {forms.Count} forms were found: the walk is not reaching the site");
    }

    [Theory]
    [InlineData("a form value over the length limit", "application/x-www-form-urlencoded")]
    [InlineData("more fields than the limit", "application/x-www-form-urlencoded")]
    [InlineData("malformed multipart", "multipart/form-data; boundary=abc")]
    [InlineData("multipart with no boundary", "multipart/form-data")]
    public async Task ABodyThatCannotBeRead_IsA4xxWithAPlainPage(string what, string contentType)
    {
        var app = site.App;
        var world = await WorldAsync();
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, world.Users.Single(u => u.Role == Roles.Admin).User!.Email!, WebAppFixture.Password);
        var token = await Forms.AntiforgeryTokenAsync(client, "/admin/users/invite");
        byte[] body = what switch
        {
            "a form value over the length limit" => Encoding.ASCII.GetBytes($"__RequestVerificationToken={token}&FullName=" + new string('y', 5_000_000)),
            "more fields than the limit" => Encoding.ASCII.GetBytes($"__RequestVerificationToken={token}&" + string.Join("&", Enumerable.Range(0, 3000).Select(i => $"f{i}=1"))),
            "malformed multipart" => Encoding.ASCII.GetBytes($"--abc\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n--abc\r\nContent-Disposition: form-data; name=\"FullName\"\r\n\r\nnever closed"),
            _ => Encoding.ASCII.GetBytes("whatever"),
        };
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await client.PostAsync("/admin/users/invite", content);

        Assert.InRange((int)response.StatusCode, 400, 499);
        var page = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
        Assert.Contains("govuk-heading-l", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000)]
    [InlineData(200)]
    [InlineData(302)]
    public async Task TheErrorPage_AnswersOnlyTheCodesTheSiteUses(int code)
    {
        using var client = site.App.CreateClient();
        using var response = await client.GetAsync($"/error/{code}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var posted = await client.PostAsync("/error/500", new FormUrlEncodedContent(new Dictionary<string, string> { ["statusCode"] = code.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.Equal(HttpStatusCode.InternalServerError, posted.StatusCode);
    }

    private IReadOnlyList<string> PostRoutes() =>
        site.App.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => e.RoutePattern.RawText ?? "").Distinct().ToList();

    private async Task<int> SendAsync(HttpClient client, FoundForm form, string hostile)
    {
        var fields = form.Fields.Select(f => f.Kind == FieldKind.Token ? $"{Encode(f.Name)}={Encode(f.Value)}" : $"{Encode(f.Name)}={hostile}");
        var body = string.Join("&", fields);
        if (form.Method == "GET")
        {
            var separator = form.Action.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            using var get = await client.GetAsync(form.Action + separator + body);
            return (int)get.StatusCode;
        }
        using var content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(form.Action, content);
        return (int)response.StatusCode;
    }

    /// <summary>Every page reachable from the role's start by links in the site, one page per address shape; their forms.</summary>
    private static async Task<List<FoundForm>> WalkAsync(HttpClient client, string role, List<string> failures)
    {
        var queue = new Queue<string>(["/", "/sign-in", "/register-organisation", "/coach", "/employer", "/adviser", "/admin"]);
        var seenShapes = new HashSet<string>(StringComparer.Ordinal);
        var forms = new List<FoundForm>();
        var pages = 0;
        while (queue.Count > 0 && pages < MostPagesPerRole)
        {
            var path = queue.Dequeue();
            if (!seenShapes.Add(Template(path)))
            {
                continue;
            }
            using var response = await client.GetAsync(path);
            pages++;
            if ((int)response.StatusCode is < 200 or > 499)
            {
                failures.Add($"{role}: GET {path} answered {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var page = await Forms.ReadAsync(response);
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(IsSitePage))
            {
                queue.Enqueue(href);
            }
            forms.AddRange(page.QuerySelectorAll("form").OfType<IHtmlFormElement>().Select(f => Found(f, path)).Where(f => f is not null)!);
        }
        return forms;
    }

    private static bool IsSitePage(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !href.StartsWith("/sign-out", StringComparison.Ordinal) && !href.StartsWith("/hangfire", StringComparison.Ordinal)
        && !href.StartsWith("/css", StringComparison.Ordinal) && !href.StartsWith("/js", StringComparison.Ordinal)
        && !href.StartsWith("/assets", StringComparison.Ordinal) && !href.StartsWith("/health", StringComparison.Ordinal);

    private static FoundForm? Found(IHtmlFormElement form, string page)
    {
        var method = (form.GetAttribute("method") ?? "get").ToUpperInvariant();
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page;
        if (!action.StartsWith('/') || action.StartsWith("/sign-out", StringComparison.Ordinal))
        {
            return null;
        }
        var fields = form.QuerySelectorAll("input[name], textarea[name], select[name]")
            .Where(e => e.GetAttribute("type") is not ("submit" or "button" or "file"))
            .Select(e => e.GetAttribute("name") == "__RequestVerificationToken"
                ? new FormField(e.GetAttribute("name")!, e.GetAttribute("value") ?? "", FieldKind.Token)
                : new FormField(e.GetAttribute("name")!, "", FieldKind.Typed))
            .DistinctBy(f => f.Name).ToList();
        return new FoundForm(method, action, fields);
    }

    /// <summary>An address with its ids and query taken out: /placements/{id}/follow-ups/{id}.</summary>
    private static string Template(string path) => Ids().Replace(path.Split('?')[0], "{id}");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=/)[0-9]+(?=/|$)")]
    private static partial Regex Ids();

    private static string Encode(string text) => Uri.EscapeDataString(text);

    /// <summary>A user of each role, and things for each to see: a caseload with a started placement and an open follow-up, an employer's opportunity, one waiting for approval.</summary>
    private async Task<World> WorldAsync()
    {
        var app = site.App;
        var today = DateOnly.FromDateTime(DateTime.Now);
        var admin = await app.CreateUserAsync(Roles.Admin);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var adviser = await app.CreateUserAsync(Roles.Adviser);
        var employerUser = await app.CreateUserAsync(Roles.Employer);
        await app.CreateUserAsync(Roles.Employer, approval: Core.Employers.ApprovalStatus.Pending);
        var opportunity = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(employerUser.EmployerId).PostedOn(today.AddDays(-10)));
        var person = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).WithConsent());
        await app.TestData.CreatePlacementAsync(p => p.For(person.Id).At(opportunity.Id).ByCoach(coach.Id).IntroducedOn(today.AddDays(-40))
            .Then(PlacementEventType.Interviewed, today.AddDays(-35)).Then(PlacementEventType.Offered, today.AddDays(-30))
            .Then(PlacementEventType.Started, today.AddDays(-28), hoursPerWeek: 16, hourlyPay: 13m));
        await app.WithDbAsync(async db =>
        {
            var placement = db.Placements.Single(p => p.JobSeekerId == person.Id);
            db.FollowUps.Add(new FollowUp { PlacementId = placement.Id, Kind = FollowUpKind.CoachCheckIn, DueOn = today.AddDays(-21) });
            return await db.SaveChangesAsync();
        });
        await app.TestData.CreatePlacementAsync(p => p.ForNewJobSeeker(j => j.InCaseloadOf(coach.Id)).ByCoach(coach.Id).IntroducedOn(today.AddDays(-5)));
        return new World([(Roles.Admin, admin), (Roles.Coach, coach), (Roles.Adviser, adviser), (Roles.Employer, employerUser)]);
    }

    private sealed record World(IReadOnlyList<(string Role, AppUser? User)> Users);

    private enum FieldKind { Token, Typed }

    private sealed record FormField(string Name, string Value, FieldKind Kind);

    private sealed record FoundForm(string Method, string Action, IReadOnlyList<FormField> Fields);
}
