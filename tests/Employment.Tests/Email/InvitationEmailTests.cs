using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Email;

public sealed class InvitationEmailTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    [Fact]
    public async Task Invitation_GoesByEmail_AndItsLinkLetsThePersonChooseAPassword()
    {
        var adminUser = await app.CreateUserAsync(Roles.Admin);
        using var admin = app.CreateClient();
        await Forms.SignInAsync(admin, adminUser.Email!, WebAppFixture.Password);
        var email = $"emailed-{Guid.NewGuid():N}@example.test";

        using var invited = await Forms.PostAsync(admin, "/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Em Ailed", ["Email"] = email, ["Role"] = Roles.Coach, ["EmployerId"] = "",
        });
        var invitation = await Forms.ReadAsync(await admin.GetAsync(invited.Headers.Location));
        Assert.Null(invitation.QuerySelector(".govuk-inset-text code"));
        Assert.Contains($"We have emailed an invitation to {email}", invitation.Body!.TextContent, StringComparison.Ordinal);

        await app.SendAsync();
        var message = Assert.Single(app.Smtp.Messages(), m => m.To == email);
        var link = System.Text.RegularExpressions.Regex.Match(message.Text, @"http://site\.test/accept-invite\S+").Value;
        var path = new Uri(link).PathAndQuery;

        using var person = app.CreateClient();
        var form = await Forms.ReadAsync(await person.GetAsync(path));
        using var accepted = await Forms.PostAsync(person, path, "/accept-invite", new Dictionary<string, string>
        {
            ["User"] = form.QuerySelector("input[name=User]")!.GetAttribute("value")!,
            ["Token"] = form.QuerySelector("input[name=Token]")!.GetAttribute("value")!,
            ["Password"] = "emails arrive at last",
            ["ConfirmPassword"] = "emails arrive at last",
        });
        Assert.Equal("/coach", accepted.Headers.Location?.ToString());
    }
}
