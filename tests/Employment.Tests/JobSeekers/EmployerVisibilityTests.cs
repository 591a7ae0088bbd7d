using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Tests.Security;

namespace Employment.Tests.JobSeekers;

public sealed class EmployerVisibilityTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task NothingAnEmployerCanOpen_ShowsAPersonWithoutConsent_OrAnyoneFullName()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var withoutConsent = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id).WithoutConsent().Named("Zebedee", "Quillfeather"));
        var withConsent = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id).WithConsent().WithLastName("Ottersby"));
        var employer = await app.CreateUserAsync(Roles.Employer);
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, employer.Email!, WebAppFixture.Password);

        var pages = Endpoints.All(app.Factory.Services)
            .Where(r => r.Method == "GET" && AccessTable.Rules[r.Key].Contains(Roles.Employer) && !r.Pattern.Contains('{', StringComparison.Ordinal))
            .Select(r => r.Pattern)
            .ToList();
        Assert.Contains("/employer", pages);
        foreach (var path in pages)
        {
            var text = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
            Assert.DoesNotContain(withoutConsent.FirstName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(withoutConsent.LastName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(withConsent.LastName, text, StringComparison.Ordinal);
        }
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.GetAsync($"/job-seekers/{withConsent.Id}")).StatusCode);
    }
}
