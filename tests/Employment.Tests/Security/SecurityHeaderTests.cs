using System.Net;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Security;

public sealed class SecurityHeaderTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/sign-in")]
    [InlineData("GET", "/page-that-does-not-exist")]
    [InlineData("GET", "/css/app.css")]
    [InlineData("GET", "/health")]
    [InlineData("POST", "/sign-in")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string method, string path)
    {
        using var client = app.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sign-in")]
    [InlineData("/register-organisation")]
    [InlineData("/page-that-does-not-exist")]
    public async Task Pages_HaveNoInlineScript(string path)
    {
        using var client = app.CreateClient();
        var page = await Forms.ReadAsync(await client.GetAsync(path));
        var scripts = page.QuerySelectorAll("script");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s =>
        {
            Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "inline script found");
            Assert.True(string.IsNullOrWhiteSpace(s.TextContent));
        });
        Assert.Empty(page.QuerySelectorAll("[onclick],[onload],[onsubmit],[style]"));
    }

    [Fact]
    public async Task UnknownPage_ShowsGovUkNotFoundPage()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Forms.ReadAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
    }
}
