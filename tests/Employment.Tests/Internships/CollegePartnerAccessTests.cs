using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Internships;
using Employment.Core.Statistics;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Internships;

/// <summary>
/// A college partner sees its own college's programmes and, of their interns, first names, rotations and the coach's
/// notes: never a surname, date of birth, address, support needs or a record; nothing of another college's programmes.
/// Employers and advisers see no intern at all.
/// </summary>
public sealed class CollegePartnerAccessTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly DateOnly Intake = new(2025, 9, 1);

    [Fact]
    public async Task ACollegePartner_SeesItsOwnInternsFirstNamesRotationsAndNotes_AndNothingElse()
    {
        var world = await WorldAsync();
        using var college = await SignedInAsync(world.CollegeUser);

        var home = await college.GetStringAsync("/college");
        Assert.Contains("Northfield Hospital", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Southgate Council Offices", home, StringComparison.Ordinal);

        var response = await college.GetAsync($"/college/programmes/{world.Own.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Zebedee", page, StringComparison.Ordinal);
        Assert.Contains("Post room", page, StringComparison.Ordinal);
        Assert.Contains("Franking letters", page, StringComparison.Ordinal);
        Assert.Contains("Arrived on time every day this week", page, StringComparison.Ordinal);
        foreach (var hidden in new[] { "Quartermain", "LE2 7QR", "11 May 2004", "2004-05-11", "11/05/2004", "Written instructions", "Job coach on site", "I want a job where people are kind", world.Intern.ToString() })
        {
            Assert.DoesNotContain(hidden, page, StringComparison.OrdinalIgnoreCase);
        }
        // Showing the notes is recorded against the person.
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.JobSeekerId == world.Intern && a.UserId == world.CollegeUser.Id && a.Action == AuditLog.Viewed)));

        Assert.Equal(HttpStatusCode.NotFound, (await college.GetAsync($"/college/programmes/{world.Others.Id}")).StatusCode);
        foreach (var path in new[] { $"/job-seekers/{world.Intern}", $"/coach/programmes/{world.Own.Id}", "/adviser", $"/adviser/tables/{InternshipProgrammeMeasures.Key}.csv", "/coach/caseload" })
        {
            Assert.True(Refused(await college.GetAsync(path)), path);
        }
    }

    [Fact]
    public async Task ACollegePartnerWithNoCollege_SeesNoProgramme()
    {
        var world = await WorldAsync();
        var unattached = await app.TestData.CreateUserAsync(Roles.College);
        using var client = await SignedInAsync(unattached);
        Assert.DoesNotContain("Northfield Hospital", await client.GetStringAsync("/college"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/college/programmes/{world.Own.Id}")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Employer)]
    [InlineData(Roles.Adviser)]
    public async Task EmployersAndAdvisers_SeeNoInternRecords(string role)
    {
        var world = await WorldAsync();
        using var client = await SignedInAsync(await app.CreateUserAsync(role));
        foreach (var path in new[]
        {
            "/coach/programmes", $"/coach/programmes/{world.Own.Id}", $"/coach/programmes/{world.Own.Id}/interns/{world.InternPlace}",
            "/college", $"/college/programmes/{world.Own.Id}",
        })
        {
            var response = await client.GetAsync(path);
            Assert.True(Refused(response), $"{role} {path}: {(int)response.StatusCode}");
            Assert.DoesNotContain("Zebedee", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnotherCoach_IsToldTheProgrammeDoesNotExist()
    {
        var world = await WorldAsync();
        using var client = await SignedInAsync(await app.CreateUserAsync(Roles.Coach));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/coach/programmes/{world.Own.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/coach/programmes/{world.Own.Id}/interns/{world.InternPlace}")).StatusCode);
        Assert.DoesNotContain("Northfield Hospital", await client.GetStringAsync("/coach/programmes"), StringComparison.Ordinal);
    }

    private sealed record World(AppUser CollegeUser, InternshipProgramme Own, InternshipProgramme Others, Guid Intern, Guid InternPlace);

    private async Task<World> WorldAsync()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var own = await app.TestData.CreateCollegeAsync();
        var other = await app.TestData.CreateCollegeAsync();
        var collegeUser = await app.TestData.CreateUserAsync(Roles.College, u => u.ForCollege(own.Id));
        var ownHost = await app.TestData.CreateEmployerAsync(e => e.Named("Northfield Hospital"));
        var otherHost = await app.TestData.CreateEmployerAsync(e => e.Named("Southgate Council Offices"));
        var ownProgramme = await app.TestData.CreateProgrammeAsync(coach.Id, p => p.WithCollege(own.Id).HostedBy(ownHost.Id));
        var othersProgramme = await app.TestData.CreateProgrammeAsync(coach.Id, p => p.WithCollege(other.Id).HostedBy(otherHost.Id));
        var person = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Zebedee", "Quartermain"));
        var place = await app.TestData.CreateInternAsync(ownProgramme.Id, person.Id, i => i
            .WithRotation("Post room", Intake, Intake.AddDays(90), "Franking letters", "teamwork")
            .WithNote(InternNoteKind.Attendance, Intake.AddDays(5), "Arrived on time every day this week"));
        var otherPerson = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Ottoline"));
        await app.TestData.CreateInternAsync(othersProgramme.Id, otherPerson.Id);
        return new World(collegeUser, ownProgramme, othersProgramme, person.Id, place.Id);
    }

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString() is { } to
            && (to.Contains("/access-denied", StringComparison.Ordinal) || to.Contains("/sign-in", StringComparison.Ordinal)));

    private async Task<HttpClient> SignedInAsync(AppUser user)
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password)).StatusCode);
        return client;
    }
}
