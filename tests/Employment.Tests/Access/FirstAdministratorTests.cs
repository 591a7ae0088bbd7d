extern alias cli;

using System.Net;
using cli::Employment.Cli;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Access;

/// <summary>The command-line step that makes the first administrator on a site with no accounts.</summary>
public sealed class FirstAdministratorTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task CreateAdmin_PrintsALinkThatSetsThePasswordOnce_ThenTheAdministratorSignsIn()
    {
        var email = $"first-admin-{Guid.NewGuid():N}@example.test";
        var token = await app.WithDbAsync(db => UsersCommand.CreateAsync(db, email, "Ada Admin", DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.NotNull(token);
        Assert.Null(await app.WithDbAsync(db => UsersCommand.CreateAsync(db, email, "Someone Else", DateTimeOffset.UtcNow, CancellationToken.None)));

        using var client = app.CreateClient();
        var link = $"/reset-password/{token}";
        using var set = await Forms.PostAsync(client, link, link, new Dictionary<string, string>
        {
            ["NewPassword"] = "the first administrator's passphrase", ["ConfirmPassword"] = "the first administrator's passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        using var signedIn = await Forms.SignInAsync(client, email, "the first administrator's passphrase");
        Assert.Equal("/admin", signedIn.Headers.Location?.ToString());
        Assert.Equal("This link no longer works", (await Forms.ReadAsync(await client.GetAsync(link))).QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }
}
