using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Employment.Core.Accounts;
using Employment.Tests.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Employment.Tests.HostileInput;

/// <summary>
/// Every form the site shows, found by walking its pages as each role and link-holder (<see cref="FormFuzzWorld"/>) from
/// the pages they start on (so the forms carry real ids), posted with hostile values over real HTTP with a valid form
/// token: nothing may answer 5xx or a status outside 200–499. Every POST route of the site must be reached by some
/// form, bar the few named in <see cref="NotForms"/>, so a new form the walk cannot find fails the test.
/// </summary>
public sealed partial class FormFuzzTests(UnlimitedLiveSiteFixture site, ITestOutputHelper output) : IClassFixture<UnlimitedLiveSiteFixture>
{
    private const int MostPagesPerVisitor = 400;
    private const int PagesPerShape = 3;

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

    /// <summary>
    /// POST routes no form of the site posts to, each with why. Everything else must be reached by the walk, so a new
    /// form whose page the test world cannot show fails here until the world shows it.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> NotForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/error/{statusCode:int}"] = "the error page the site re-executes into; posting to it is TheErrorPage_AnswersOnlyTheCodesTheSiteUses",
        ["/hangfire/{**path}"] = "Hangfire's own dashboard, with its own forms and its own check of the administrator",
        ["/health"] = "a probe for the load balancer, not a form",
        ["/health/live"] = "a probe for the load balancer, not a form",
        ["/health/ready"] = "a probe for the load balancer, not a form",
    };

    [Fact]
    public async Task EveryFormGivenHostileValues_NeverAnswers5xxOrABrokenStatus()
    {
        var app = site.App;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var visitors = await FormFuzzWorld.CreateAsync(app);
        var postRoutes = PostRoutes();
        var forms = new Dictionary<string, FoundForm>(StringComparer.Ordinal);
        var failures = new List<string>();
        var tried = 0;
        var requests = 0;
        var pages = 0;

        foreach (var visitor in visitors)
        {
            using var client = app.CreateClient();
            if (visitor.User is { } user)
            {
                using var signedIn = await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            }
            var walk = new Walk(client, visitor.Role, failures);
            walk.Open(visitor.Starts, always: true);
            walk.Open(["/", "/sign-in", "/register-organisation", "/coach", "/employer", "/adviser", "/admin", "/college", "/my"], always: false);
            var signOut = new List<FoundForm>();
            // Pages a post leads to (a new draft, a new link) are walked too, so their forms are fuzzed in the next round.
            while (await walk.NextFormsAsync() is { Count: > 0 } found)
            {
                var ours = new List<FoundForm>();
                foreach (var form in found)
                {
                    if (forms.TryAdd($"{visitor.Role} {form.Method} {Template(form.Action)}", form))
                    {
                        (IsSignOut(form) ? signOut : ours).Add(form);
                    }
                }
                // Forms that only press a button (remove, try again) go last, so they change the world after the others ran.
                foreach (var form in ours.OrderBy(f => f.Fields.All(x => x.Kind == FieldKind.Token)))
                {
                    (tried, requests) = (tried + HostileValues.Length, requests + await FuzzAsync(walk, form, failures, visitor.Role));
                }
            }
            foreach (var form in signOut)
            {
                (tried, requests) = (tried + HostileValues.Length, requests + await FuzzAsync(walk, form, failures, visitor.Role));
            }
            pages += walk.Pages;
            output.WriteLine($"{visitor.Role}: {walk.Pages} pages, {forms.Keys.Count(k => k.StartsWith(visitor.Role + " ", StringComparison.Ordinal))} forms");
        }

        var posting = forms.Values.Where(f => f.Method == "POST").ToList();
        var reached = posting.Select(f => RouteOf(postRoutes, f.Action)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var unreached = postRoutes.Select(r => r.Template).Where(t => !reached.Contains(t) && !NotForms.ContainsKey(t)).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"POST routes in the site: {postRoutes.Count} ({NotForms.Count} not forms); reached: {reached.Count}; not reached: {unreached.Count}" +
            (unreached.Count > 0 ? ":\n  " + string.Join("\n  ", unreached) : ""));
        output.WriteLine($"Pages walked: {pages}; forms found: {forms.Count} ({posting.Count} posting, to {posting.Select(f => Template(f.Action)).Distinct().Count()} distinct addresses); " +
            $"hostile values per form: {HostileValues.Length}; values tried: {tried}; requests sent: {requests}; bad answers: {failures.Count}; time: {started.Elapsed.TotalSeconds:0} s");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)) + "\nWhat the server logged:\n" + string.Join("\n", site.App.ServerErrors.All.Take(5)));
        Assert.True(unreached.Count == 0, "No form found for these POST routes: give the fuzz world what shows their form, or name why in NotForms:\n" + string.Join("\n", unreached));
        var stale = NotForms.Keys.Where(k => reached.Contains(k) || postRoutes.All(r => r.Template != k)).ToList();
        Assert.True(stale.Count == 0, "Named as not forms but reached, or no longer in the site: " + string.Join(", ", stale));
    }

    private static bool IsSignOut(FoundForm form) => form.Action.StartsWith("/sign-out", StringComparison.Ordinal);

    /// <summary>Each hostile value in every field; for a form with hidden fields, each again with the hidden fields kept, so the checks behind them are reached.</summary>
    private static async Task<int> FuzzAsync(Walk walk, FoundForm form, List<string> failures, string role)
    {
        var sent = 0;
        foreach (var keepHidden in form.Fields.Any(f => f.Kind == FieldKind.Hidden) ? new[] { false, true } : [false])
        {
            foreach (var (label, value) in HostileValues)
            {
                sent++;
                var (status, location) = await SendAsync(walk.Client, form, value, keepHidden);
                if (status is < 200 or > 499)
                {
                    failures.Add($"{role}: {form.Method} {form.Action} with {label}{(keepHidden ? " (hidden fields kept)" : "")} answered {status}");
                }
                if (location is not null)
                {
                    walk.Open([location], always: false);
                }
            }
        }
        return sent;
    }

    [Theory]
    [InlineData("a form value over the length limit", "application/x-www-form-urlencoded")]
    [InlineData("more fields than the limit", "application/x-www-form-urlencoded")]
    [InlineData("malformed multipart", "multipart/form-data; boundary=abc")]
    [InlineData("multipart with no boundary", "multipart/form-data")]
    public async Task ABodyThatCannotBeRead_IsA4xxWithAPlainPage(string what, string contentType)
    {
        var app = site.App;
        var admin = await app.CreateUserAsync(Roles.Admin);
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, admin.Email!, WebAppFixture.Password);
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

    /// <summary>Every route of the site that takes a POST (or any method), with a pattern matching the addresses it answers.</summary>
    private IReadOnlyList<PostRoute> PostRoutes() =>
        site.App.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("POST"))
            .Where(e => e.RoutePattern.RawText is not null)
            .DistinctBy(e => e.RoutePattern.RawText)
            .Select(e => new PostRoute(Normalised(e.RoutePattern.RawText!), Matcher(e.RoutePattern)))
            .ToList();

    private static string Normalised(string rawText) => "/" + rawText.TrimStart('/');

    private static Regex Matcher(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => Regex.Escape(literal.Content),
            RoutePatternSeparatorPart separator => Regex.Escape(separator.Content),
            RoutePatternParameterPart parameter => "(" + Constraint(parameter) + ")",
            _ => "[^/]+",
        })));
        return new Regex("^/" + string.Join("/", segments) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static string Constraint(RoutePatternParameterPart parameter)
    {
        foreach (var policy in parameter.ParameterPolicies.Select(p => p.Content ?? ""))
        {
            if (policy == "guid")
            {
                return "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
            }
            if (policy == "int")
            {
                return "-?[0-9]+";
            }
            if (policy.StartsWith("regex(^", StringComparison.Ordinal))
            {
                return policy["regex(^".Length..^"$)".Length];
            }
        }
        return "[^/]+";
    }

    /// <summary>The POST route an address goes to: of the routes matching it, the one with the most fixed text.</summary>
    private static string? RouteOf(IReadOnlyList<PostRoute> routes, string action)
    {
        var path = action.Split('?')[0];
        return routes.Where(r => r.Matches.IsMatch(path)).OrderByDescending(r => Regex.Replace(r.Template, "{[^}]*}", "").Length)
            .Select(r => r.Template).FirstOrDefault();
    }

    private sealed record PostRoute(string Template, Regex Matches);

    private static async Task<(int Status, string? Location)> SendAsync(HttpClient client, FoundForm form, string hostile, bool keepHidden)
    {
        var fields = form.Fields.Select(f => f.Kind == FieldKind.Token || (keepHidden && f.Kind == FieldKind.Hidden)
            ? $"{Encode(f.Name)}={Encode(f.Value)}" : $"{Encode(f.Name)}={hostile}");
        var body = string.Join("&", fields);
        if (form.Method == "GET")
        {
            var separator = form.Action.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            using var get = await client.GetAsync(form.Action + separator + body);
            return ((int)get.StatusCode, null);
        }
        using HttpContent content = form.Fields.Any(f => f.Kind == FieldKind.File)
            ? Multipart(form, hostile, keepHidden)
            : new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(form.Action, content);
        return ((int)response.StatusCode, SitePage(response));
    }

    /// <summary>An upload form's body: the hostile value in every field, and as the bytes of a file named for the kind the field accepts.</summary>
    private static MultipartFormDataContent Multipart(FoundForm form, string hostile, bool keepHidden)
    {
        var content = new MultipartFormDataContent();
        var bytes = System.Web.HttpUtility.UrlDecodeToBytes(hostile); // invalid UTF-8 and all
        foreach (var field in form.Fields)
        {
            if (field.Kind == FieldKind.File)
            {
                var extension = field.Value.Split(',', StringSplitOptions.TrimEntries).FirstOrDefault(e => e.StartsWith('.')) ?? ".txt";
                var file = new ByteArrayContent(bytes);
                file.Headers.TryAddWithoutValidation("Content-Type", "application/octet-stream");
                content.Add(file, field.Name, "hostile" + extension);
            }
            else
            {
                content.Add(field.Kind == FieldKind.Token || (keepHidden && field.Kind == FieldKind.Hidden)
                    ? new StringContent(field.Value) : new ByteArrayContent(bytes), field.Name);
            }
        }
        return content;
    }

    private static string? SitePage(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location?.OriginalString is { } to && IsSitePage(to) ? to : null;

    /// <summary>The pages of the site a visitor reaches by links and redirects from where they start, at most a few of each address shape; their forms.</summary>
    private sealed class Walk(HttpClient client, string role, List<string> failures)
    {
        private readonly Queue<(string Path, bool Always)> _queue = new();
        private readonly Dictionary<string, int> _shapes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public HttpClient Client => client;

        public int Pages { get; private set; }

        public void Open(IEnumerable<string> paths, bool always)
        {
            foreach (var path in paths)
            {
                _queue.Enqueue((path, always));
            }
        }

        public async Task<List<FoundForm>> NextFormsAsync()
        {
            var forms = new List<FoundForm>();
            while (_queue.Count > 0 && Pages < MostPagesPerVisitor)
            {
                var (path, always) = _queue.Dequeue();
                var shape = Template(path);
                if (!_seen.Add(path) || (!always && _shapes.GetValueOrDefault(shape) >= PagesPerShape))
                {
                    continue;
                }
                _shapes[shape] = _shapes.GetValueOrDefault(shape) + 1;
                using var response = await client.GetAsync(path);
                Pages++;
                if ((int)response.StatusCode is < 200 or > 499)
                {
                    failures.Add($"{role}: GET {path} answered {(int)response.StatusCode}");
                    continue;
                }
                if (SitePage(response) is { } next)
                {
                    _queue.Enqueue((next, always));
                }
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }
                var page = await Forms.ReadAsync(response);
                foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(IsSitePage))
                {
                    _queue.Enqueue((href, false));
                }
                forms.AddRange(page.QuerySelectorAll("form").OfType<IHtmlFormElement>().SelectMany(f => Found(f, path)));
            }
            return forms;
        }
    }

    private static bool IsSitePage(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !href.StartsWith("/hangfire", StringComparison.Ordinal)
        && !href.StartsWith("/css", StringComparison.Ordinal) && !href.StartsWith("/js", StringComparison.Ordinal)
        && !href.StartsWith("/assets", StringComparison.Ordinal) && !href.StartsWith("/health", StringComparison.Ordinal);

    /// <summary>A form as a browser would send it: to its action, and to each button's own formaction; a named button's value goes as a hidden field.</summary>
    private static IEnumerable<FoundForm> Found(IHtmlFormElement form, string page)
    {
        var method = (form.GetAttribute("method") ?? "get").ToUpperInvariant();
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page;
        var fields = form.QuerySelectorAll("input[name], textarea[name], select[name]")
            .Where(e => e.GetAttribute("type") is not ("submit" or "button"))
            .Select(e => new FormField(e.GetAttribute("name")!, e.GetAttribute(e.GetAttribute("type") == "file" ? "accept" : "value") ?? "", e.GetAttribute("type") switch
            {
                _ when e.GetAttribute("name") == "__RequestVerificationToken" => FieldKind.Token,
                "hidden" => FieldKind.Hidden,
                "file" => FieldKind.File,
                _ => FieldKind.Typed,
            }))
            .DistinctBy(f => f.Name).ToList();
        var buttons = form.QuerySelectorAll("button, input[type=submit]").ToList();
        var targets = buttons.Where(b => b.GetAttribute("formaction") is { Length: > 0 })
            .Select(b => (Action: b.GetAttribute("formaction")!, Button: (IElement?)b))
            .Prepend((action, buttons.FirstOrDefault(b => b.GetAttribute("formaction") is not { Length: > 0 })));
        foreach (var (to, button) in targets.DistinctBy(t => t.Item1))
        {
            if (to.StartsWith('/'))
            {
                var pressed = button?.GetAttribute("name") is { Length: > 0 } name && fields.All(f => f.Name != name)
                    ? [new FormField(name, button.GetAttribute("value") ?? "", FieldKind.Hidden)]
                    : Array.Empty<FormField>();
                yield return new FoundForm(method, to, [.. fields, .. pressed]);
            }
        }
    }

    /// <summary>An address with its ids and query taken out: /placements/{id}/follow-ups/{id}.</summary>
    private static string Template(string path) => Ids().Replace(path.Split('?')[0], "{id}");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=/)[0-9]+(?=/|$)")]
    private static partial Regex Ids();

    private static string Encode(string text) => Uri.EscapeDataString(text);

    private enum FieldKind { Token, Hidden, Typed, File }

    private sealed record FormField(string Name, string Value, FieldKind Kind);

    private sealed record FoundForm(string Method, string Action, IReadOnlyList<FormField> Fields);
}
