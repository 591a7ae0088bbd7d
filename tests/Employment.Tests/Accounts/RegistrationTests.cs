using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Employers;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Accounts;

public sealed class RegistrationTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static Dictionary<string, string> ValidForm(string email) => new()
    {
        ["OrganisationName"] = "Riverside Garden Centre",
        ["Sector"] = "Retail",
        ["Level"] = "Committed",
        ["MembershipEnds.Day"] = "1",
        ["MembershipEnds.Month"] = "6",
        ["MembershipEnds.Year"] = DateTime.UtcNow.AddYears(1).Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FullName"] = "Priya Shah",
        ["Email"] = email,
        ["Password"] = "green plants grow",
        ["ConfirmPassword"] = "green plants grow",
    };

    [Fact]
    public async Task Register_WithEverythingMissing_ShowsEveryErrorInFieldOrderAndSavesNothing()
    {
        using var client = app.CreateClient();
        var before = await Counts();

        using var response = await Forms.PostAsync(client, "/register-organisation", "/register-organisation", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ReadAsync(response);
        Assert.Equal(
            ["Enter your organisation's name", "Select your Disability Confident level, or 'Not a member'", "Enter your full name", "Enter your email address", "Enter a password", "Confirm your password"],
            Forms.ErrorSummary(page));
        Assert.Equal("Enter your organisation's name", Forms.FieldError(page, "OrganisationName"));
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task Register_WithBadDateShortPasswordAndMismatch_KeepsWhatWasTypedAndSavesNothing()
    {
        using var client = app.CreateClient();
        var form = ValidForm($"bad-{Guid.NewGuid():N}@example.test");
        form["MembershipEnds.Day"] = "31";
        form["MembershipEnds.Month"] = "2";
        form["Password"] = "short";
        form["ConfirmPassword"] = "different";
        var before = await Counts();

        using var response = await Forms.PostAsync(client, "/register-organisation", "/register-organisation", form);

        var page = await Forms.ReadAsync(response);
        var errors = Forms.ErrorSummary(page);
        Assert.Contains("The date your membership ends must be a real date", errors);
        Assert.Contains("The passwords do not match", errors);
        Assert.Equal("Riverside Garden Centre", page.QuerySelector("#OrganisationName")?.GetAttribute("value"));
        Assert.Equal("31", page.QuerySelector("#MembershipEnds")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#Level-2[checked]"));
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task Register_WithTooShortPassword_SavesNeitherOrganisationNorUser()
    {
        using var client = app.CreateClient();
        var form = ValidForm($"short-{Guid.NewGuid():N}@example.test");
        form["Password"] = form["ConfirmPassword"] = "tiny pw";
        var before = await Counts();

        using var response = await Forms.PostAsync(client, "/register-organisation", "/register-organisation", form);

        var page = await Forms.ReadAsync(response);
        Assert.Equal("Password must be 10 characters or more", Forms.FieldError(page, "Password"));
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task Register_ThenApprovedByCoach_EmployerWaitsThenIsApproved()
    {
        var email = $"owner-{Guid.NewGuid():N}@example.test";
        using var employerClient = app.CreateClient();

        using var response = await Forms.PostAsync(employerClient, "/register-organisation", "/register-organisation", ValidForm(email));

        // Not signed in straight away: the answer is the same whether or not the address already had an account.
        Assert.Equal("/register-organisation/received", response.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(employerClient, email, "green plants grow")).StatusCode);
        var home = await Forms.ReadAsync(await employerClient.GetAsync("/employer"));
        Assert.Contains("waiting for approval", home.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
        var employer = await app.WithDbAsync(db => db.Employers.SingleAsync(e => db.Users.Any(u => u.Email == email && u.EmployerId == e.Id)));
        Assert.Equal(ApprovalStatus.Pending, employer.Approval);
        Assert.Equal(DisabilityConfidentLevel.Committed, employer.DcLevel);

        var coach = await app.CreateUserAsync(Roles.Coach);
        using var coachClient = app.CreateClient();
        await Forms.SignInAsync(coachClient, coach.Email!, WebAppFixture.Password);
        using var approve = await Forms.PostAsync(coachClient, "/employers/waiting", $"/employers/{employer.Id}/approve", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        var decided = await app.WithDbAsync(db => db.Employers.AsNoTracking().SingleAsync(e => e.Id == employer.Id));
        Assert.Equal(ApprovalStatus.Approved, decided.Approval);
        Assert.Equal(coach.Id, decided.ApprovalDecidedById);
        var after = await Forms.ReadAsync(await employerClient.GetAsync("/employer"));
        Assert.Null(after.QuerySelector(".govuk-notification-banner"));
    }

    [Fact]
    public async Task Register_WithEmailAlreadyUsed_AnswersAsForANewOne_TellsTheOwnerByEmail_AndSavesNothing()
    {
        var existing = await app.CreateUserAsync(Roles.Coach);
        using var client = app.CreateClient();
        using var fresh = await Forms.PostAsync(client, "/register-organisation", "/register-organisation", ValidForm($"new-{Guid.NewGuid():N}@example.test"));
        var before = await Counts();

        using var response = await Forms.PostAsync(client, "/register-organisation", "/register-organisation", ValidForm(existing.Email!));

        Assert.Equal(fresh.StatusCode, response.StatusCode);
        Assert.Equal(fresh.Headers.Location, response.Headers.Location);
        Assert.Equal(before, await Counts());
        var told = await app.WithDbAsync(db => db.OutboxEmails.SingleAsync(e => e.ToAddress == existing.Email));
        Assert.Equal("Someone tried to register with your email address", told.Subject);
    }

    private Task<(int Employers, int Users)> Counts() =>
        app.WithDbAsync(async db => (await db.Employers.CountAsync(), await db.Users.CountAsync()));
}
