using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Web.Infrastructure;

namespace Employment.Tests.Jobs;

/// <summary>Hangfire's dashboard: administrators only, and the looser content security policy on its pages alone.</summary>
public sealed class DashboardTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/sign-in", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Coach)]
    [InlineData(Roles.Employer)]
    [InlineData(Roles.Adviser)]
    public async Task OtherRoles_AreRefused(string role)
    {
        using var client = await SignedInAsync(role);
        using var response = await client.GetAsync("/hangfire/recurring");
        var refused = response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/access-denied", StringComparison.Ordinal));
        Assert.True(refused, $"{role} got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task Administrator_SeesTheDashboard_WithItsOwnPolicy_AndOtherPagesKeepTheStrictOne()
    {
        using var client = await SignedInAsync(Roles.Admin);

        using var dashboard = await client.GetAsync("/hangfire/recurring");
        var html = await dashboard.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.True(html.Contains("Recurring jobs", StringComparison.OrdinalIgnoreCase), html[..Math.Min(3000, html.Length)]);
        Assert.Equal(SecurityHeaders.DashboardContentSecurityPolicy, dashboard.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self';", SecurityHeaders.DashboardContentSecurityPolicy, StringComparison.Ordinal);
        // The looser policy is for styles only (Chart.js on the dashboard adds a <style> element; job pages carry
        // style="" attributes). Its scripts are all files, so inline script stays refused.
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);

        using var admin = await client.GetAsync("/admin/outbox");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, admin.Headers.GetValues("Content-Security-Policy").Single());
        // A path that merely starts with the same letters is not the dashboard.
        using var lookalike = await client.GetAsync("/hangfirex");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, lookalike.Headers.GetValues("Content-Security-Policy").Single());
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var user = await app.CreateUserAsync(role);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return client;
    }
}
