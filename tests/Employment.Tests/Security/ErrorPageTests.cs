using System.Net;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Security;

public sealed class ErrorPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task AnUnreachableDatabase_ShowsTheServiceIsUnavailable_WithoutDetails()
    {
        await using var broken = app.Factory.WithWebHostBuilder(host =>
            host.UseSetting("ConnectionStrings:Employment", "Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none;Timeout=2"));
        using var client = broken.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await Forms.SignInAsync(client, "someone@example.com", "any password at all");

        // A database that does not answer is not a fault in the site: a 503 that says so (issue: outages said plainly).
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await Forms.ReadAsync(response);
        Assert.Equal("Sorry, the service is unavailable", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("nothing you entered has been lost or saved", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_ShowsPlainEnglishProblemPage()
    {
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent([new("Email", "a@b.c")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Forms.ReadAsync(response);
        Assert.Contains("Nothing was saved", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }
}
