using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.EmployerActs;

/// <summary>The contact details employers are given: the council team's, set by its administrator, and a coach's own phone.</summary>
public sealed class ContactDetailsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task AnAdministrator_SetsTheirCouncilsTeamContact_WithPlainErrorsForBadInput()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        var council = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == admin.Id);
            user.LocalAuthorityId = await db.LocalAuthorities.Where(l => l.OnsCode == "E06000017").Select(l => l.Id).SingleAsync();
            await db.SaveChangesAsync();
            return user.LocalAuthorityId!.Value;
        });
        var client = app.CreateClient();
        await Forms.SignInAsync(client, admin.Email!, WebAppFixture.Password);

        var bad = await Forms.ReadAsync(await Forms.PostAsync(client, "/admin/team-contact", "/admin/team-contact",
            new Dictionary<string, string> { ["Name"] = "", ["Phone"] = "call us <b>", ["Email"] = "not an email" }));
        Assert.Equal("Enter the team's name, like Supported Employment Team", Forms.FieldError(bad, "Name"));
        Assert.Equal("Enter a phone number, like 0116 454 1004 or +44 116 454 1004", Forms.FieldError(bad, "Phone"));
        Assert.Equal("Enter an email address in the correct format, like name@example.com", Forms.FieldError(bad, "Email"));
        Assert.False(await app.WithDbAsync(db => db.Set<TeamContact>().AnyAsync(t => t.LocalAuthorityId == council)));

        foreach (var name in new[] { "Rutland Supported Employment", "Rutland Supported Employment Team" })
        {
            var saved = await Forms.PostAsync(client, "/admin/team-contact", "/admin/team-contact",
                new Dictionary<string, string> { ["Name"] = name, ["Phone"] = "01572 722 577", ["Email"] = "work@rutland.example" });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
        var contact = await app.WithDbAsync(db => db.Set<TeamContact>().AsNoTracking().SingleAsync(t => t.LocalAuthorityId == council));
        Assert.Equal(("Rutland Supported Employment Team", "01572 722 577", "work@rutland.example", admin.Id), (contact.Name, contact.Phone, contact.Email, contact.UpdatedById));
    }

    [Fact]
    public async Task ACoach_SetsAndRemovesTheirOwnPhone_AndAnEmployerCannot()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);

        var bad = await Forms.ReadAsync(await Forms.PostAsync(client, "/account/phone", "/account/phone", new Dictionary<string, string> { ["PhoneNumber"] = "12" }));
        Assert.Equal("Enter a phone number, like 0116 454 1004 or +44 116 454 1004", Forms.FieldError(bad, "PhoneNumber"));
        await Forms.PostAsync(client, "/account/phone", "/account/phone", new Dictionary<string, string> { ["PhoneNumber"] = " 07700 900 982 " });
        Assert.Equal("07700 900 982", await app.WithDbAsync(db => db.Users.Where(u => u.Id == coach.Id).Select(u => u.PhoneNumber).SingleAsync()));
        await Forms.PostAsync(client, "/account/phone", "/account/phone", new Dictionary<string, string> { ["PhoneNumber"] = "" });
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == coach.Id).Select(u => u.PhoneNumber).SingleAsync()));

        var employer = await app.CreateUserAsync(Roles.Employer);
        var employerClient = app.CreateClient();
        await Forms.SignInAsync(employerClient, employer.Email!, WebAppFixture.Password);
        using var response = await employerClient.GetAsync("/account/phone");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
