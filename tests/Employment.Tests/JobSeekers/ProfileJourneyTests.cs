using System.Net;
using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.JobSeekers;

public sealed class ProfileJourneyTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly Dictionary<string, Dictionary<string, string>> GoodAnswers = new()
    {
        ["about"] = new()
        {
            ["FirstName"] = "Sam", ["LastName"] = "Patel",
            ["DateOfBirth.Day"] = "11", ["DateOfBirth.Month"] = "5", ["DateOfBirth.Year"] = "2005",
            ["HomePostcode"] = "le2 7qr", ["HasEhcPlan"] = "true",
        },
        ["aspirations"] = new() { ["Aspirations"] = "I want to work in a kitchen with kind people" },
        ["interests"] = new() { ["FirstChoice"] = "9263", ["SecondChoice"] = "9223", ["ThirdChoice"] = "" },
        ["skills"] = new() { ["Skills"] = "washing_up" },
        ["support"] = new() { ["SupportNeeds"] = "written_instructions" },
        ["travel"] = new() { ["TravelMode"] = "PublicTransport", ["TravelMaxMinutes"] = "40", ["TravelTrainingNeeded"] = "true" },
        ["hours"] = new() { ["HoursMin"] = "10", ["HoursMax"] = "16" },
        ["kinds"] = new() { ["PreferredKinds"] = "SupportedInternship" },
    };

    [Fact]
    public async Task Coach_AddsAPersonPageByPage_ChecksAnswers_AndSavesTheProfile()
    {
        var (client, coach) = await SignedInCoachAsync();
        var council = await app.WithDbAsync(db => db.LocalAuthorities.Where(l => l.OnsCode == "E06000016").Select(l => l.Id).SingleAsync());

        using var start = await Forms.PostAsync(client, "/coach/caseload", "/job-seekers/new", new Dictionary<string, string>());
        var draftPath = start.Headers.Location!.ToString();
        Assert.EndsWith("/about", draftPath, StringComparison.Ordinal);
        var draft = draftPath[..draftPath.LastIndexOf('/')];
        var next = draftPath;
        foreach (var (step, fields) in GoodAnswers)
        {
            Assert.Equal($"{draft}/{step}", next);
            var answers = new Dictionary<string, string>(fields);
            if (step == "about")
            {
                answers["LocalAuthorityId"] = council.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            using var response = await Forms.PostAsync(client, next, next, answers);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            next = response.Headers.Location!.ToString();
        }
        Assert.Equal($"{draft}/check", next);

        var check = await Forms.ReadAsync(await client.GetAsync(next));
        var summary = check.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains("Sam Patel", summary, StringComparison.Ordinal);
        Assert.Contains("1. Kitchen and catering assistants (9263)", summary, StringComparison.Ordinal);
        Assert.Contains("Up to 40 minutes each way", summary, StringComparison.Ordinal);
        using var saved = await Forms.PostAsync(client, next, next, new Dictionary<string, string>());

        var id = Guid.Parse(saved.Headers.Location!.ToString().Split('/').Last());
        var person = await app.WithDbAsync(db => db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == id));
        Assert.Equal(coach.Id, person.CoachId);
        Assert.Equal("LE2 7QR", person.HomePostcode);
        Assert.InRange(person.HomeLatitude, 52.5, 52.7);
        Assert.Equal(["9263", "9223"], person.Interests);
        Assert.Equal([OpportunityKind.SupportedInternship], person.PreferredKinds);
        Assert.Equal(TravelMode.PublicTransport, person.TravelMode);
        Assert.False(person.ConsentToShare);
        Assert.False(await app.WithDbAsync(db => db.ProfileDrafts.AnyAsync(d => d.CoachId == coach.Id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.JobSeekerId == id && a.Action == "created" && a.UserId == coach.Id)));
        var record = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{id}"));
        Assert.Contains("Sam Patel", record.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AboutStep_WithMissingAndWrongAnswers_ShowsErrorsKeepsTypingAndSavesNothing()
    {
        var (client, coach) = await SignedInCoachAsync();
        using var start = await Forms.PostAsync(client, "/coach/caseload", "/job-seekers/new", new Dictionary<string, string>());
        var about = start.Headers.Location!.ToString();

        using var response = await Forms.PostAsync(client, about, about, new Dictionary<string, string>
        {
            ["FirstName"] = "Sam", ["LastName"] = "",
            ["DateOfBirth.Day"] = "30", ["DateOfBirth.Month"] = "2", ["DateOfBirth.Year"] = "2005",
            ["HomePostcode"] = "ZZ99 9ZZ",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ReadAsync(response);
        Assert.Equal(
            ["Enter the person's last name", "Their date of birth must be a real date", "Enter a real postcode, like LE1 6ZG", "Select the council that supports the person", "Select yes if the person has an Education, Health and Care plan"],
            Forms.ErrorSummary(page));
        Assert.Equal("Sam", page.QuerySelector("#FirstName")?.GetAttribute("value"));
        Assert.Equal("ZZ99 9ZZ", page.QuerySelector("#HomePostcode")?.GetAttribute("value"));
        var draft = await app.WithDbAsync(db => db.ProfileDrafts.AsNoTracking().SingleAsync(d => d.CoachId == coach.Id));
        Assert.DoesNotContain("Sam", draft.Answers, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.JobSeekers.CountAsync(j => j.CoachId == coach.Id)));
    }

    [Fact]
    public async Task KindsStep_SupportedInternshipForSomeoneOver24_IsRefused()
    {
        var (client, coach) = await SignedInCoachAsync();
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id).BornOn(new DateOnly(1990, 1, 1)));
        using var change = await Forms.PostAsync(client, $"/job-seekers/{person.Id}", $"/job-seekers/{person.Id}/change", new Dictionary<string, string>());
        var kinds = change.Headers.Location!.ToString().Replace("/check", "/kinds", StringComparison.Ordinal) + "?change=true";

        using var response = await Forms.PostAsync(client, kinds, kinds, new Dictionary<string, string> { ["PreferredKinds"] = "SupportedInternship" });

        var page = await Forms.ReadAsync(response);
        Assert.Equal(["Supported internships are for people aged 16 to 24 with an Education, Health and Care plan"], Forms.ErrorSummary(page));
        Assert.NotNull(page.QuerySelector("#PreferredKinds-2[checked]"));
    }

    [Fact]
    public async Task ChangingHours_FromCheckAnswers_SavesAndAuditsWhichSectionChanged()
    {
        var (client, coach) = await SignedInCoachAsync();
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id));
        using var change = await Forms.PostAsync(client, $"/job-seekers/{person.Id}", $"/job-seekers/{person.Id}/change", new Dictionary<string, string>());
        var check = change.Headers.Location!.ToString();
        var hours = check.Replace("/check", "/hours", StringComparison.Ordinal) + "?change=true";

        using var wrong = await Forms.PostAsync(client, hours, hours, new Dictionary<string, string> { ["HoursMin"] = "30", ["HoursMax"] = "20" });
        Assert.Equal(["Most hours must be the same as or more than the fewest hours"], Forms.ErrorSummary(await Forms.ReadAsync(wrong)));
        using var right = await Forms.PostAsync(client, hours, hours, new Dictionary<string, string> { ["HoursMin"] = "16", ["HoursMax"] = "30" });
        Assert.Equal(check, right.Headers.Location!.ToString());
        using var saved = await Forms.PostAsync(client, check, check, new Dictionary<string, string>());

        var after = await app.WithDbAsync(db => db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == person.Id));
        Assert.Equal((16m, 30m), (after.HoursMin, after.HoursMax));
        Assert.Equal(person.Interests, after.Interests);
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.JobSeekerId == person.Id && a.Action == "changed"));
        Assert.Equal("Hours", entry.Detail);
    }

    [Fact]
    public async Task AnotherCoachesPersonAndDraft_AreNotFound()
    {
        var (owner, ownerCoach) = await SignedInCoachAsync();
        var (other, _) = await SignedInCoachAsync();
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(ownerCoach.Id));
        using var change = await Forms.PostAsync(owner, $"/job-seekers/{person.Id}", $"/job-seekers/{person.Id}/change", new Dictionary<string, string>());
        var draftCheck = change.Headers.Location!.ToString();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/job-seekers/{person.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(draftCheck)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/job-seekers/{person.Id}/easy-read")).StatusCode);
        using var pause = await Forms.PostAsync(other, "/coach/caseload", $"/job-seekers/{person.Id}/pause", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, pause.StatusCode);
        Assert.Null((await app.WithDbAsync(db => db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == person.Id))).PausedOn);
    }

    private async Task<(HttpClient Client, AppUser Coach)> SignedInCoachAsync()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        return (client, coach);
    }
}
