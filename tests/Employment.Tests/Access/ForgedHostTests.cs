using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.MyView;
using Employment.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Access;

/// <summary>Every absolute link comes from the configured public address: a forged Host header changes none of them. Over real HTTP, where Host is what the client sends.</summary>
public sealed class ForgedHostTests(LiveSiteFixture site) : IClassFixture<LiveSiteFixture>
{
    private const string Forged = "evil.test";

    private string PublicAddress => site.App.Factory.Services.GetRequiredService<PublicAddress>().Link("");

    [Fact]
    public async Task PersonalLinkAndItsQrCode_UseTheConfiguredAddress_WhateverTheHost()
    {
        var coach = await site.App.CreateUserAsync(Roles.Coach);
        var person = await site.App.WithDbAsync(db => TestData.On(db).CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id)));
        using var client = site.App.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        var token = await Forms.AntiforgeryTokenAsync(client, $"/job-seekers/{person.Id}/personal-link");

        using var made = await SendForgedAsync(client, HttpMethod.Post, $"/job-seekers/{person.Id}/personal-link",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        using var shown = await SendForgedAsync(client, HttpMethod.Get, $"/job-seekers/{person.Id}/personal-link");

        var html = await shown.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Forged, html, StringComparison.OrdinalIgnoreCase);
        var page = await Forms.ReadAsync(shown);
        // The person types the short link (decision 0070): it must name the configured address, never the forged host.
        var address = page.QuerySelector(".app-short-link a")?.GetAttribute("href");
        Assert.NotNull(address);
        Assert.StartsWith(PublicAddress + "/go/", address, StringComparison.Ordinal);
        // The QR code carries the long link, whose token the page never shows; it is built by the same site.Link as the short link.
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("img.app-qr-code")?.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordResetEmail_UsesTheConfiguredAddress_WhateverTheHost()
    {
        var coach = await site.App.CreateUserAsync(Roles.Coach);
        using var client = site.App.CreateClient();
        var token = await Forms.AntiforgeryTokenAsync(client, "/forgotten-password");

        using var asked = await SendForgedAsync(client, HttpMethod.Post, "/forgotten-password",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Email", coach.Email!)]));

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var email = await site.App.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.ToAddress == coach.Email));
        Assert.DoesNotContain(Forged, email.TextBody + email.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(PublicAddress + "/reset-password/", email.TextBody, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SendForgedAsync(HttpClient client, HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Host = Forged;
        return client.SendAsync(request);
    }
}
