using System.Net;
using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Tests.Infrastructure;
using Employment.Tests.Matching.Pages;
using Microsoft.EntityFrameworkCore;
using static Employment.Tests.JobSeekers.ConsentAndRecordTests;

namespace Employment.Tests.JobSeekers;

/// <summary>Consent follows the latest answer: agreed shares; not agreed or withdrawn hides the person from employers at once.</summary>
public sealed class ConsentDecisionTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task NotAgreed_HidesThePersonFromEmployers_EvenIfTheyWereSharedBefore()
    {
        var world = MatchWorld.Centre(41);
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Kitchen porter", 0.01));
        var employer = await SignedInAsync(Roles.Employer, job.EmployerId);
        var (coachClient, coach) = await SignedInCoachAsync();
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id, change: p => p.FirstName = "Ozymandiasa"));
        var suggested = $"/employer/opportunities/{job.Id}/suggested-people";
        Assert.Contains("Ozymandiasa", await employer.GetStringAsync(suggested), StringComparison.Ordinal);

        var consentPage = $"/job-seekers/{person.Id}/consent";
        using var saved = await Forms.PostAsync(coachClient, consentPage, consentPage, Answer("not_agreed", "in_person_pictures"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("Ozymandiasa", await employer.GetStringAsync(suggested), StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.ConsentRecords.AsNoTracking().SingleAsync(c => c.JobSeekerId == person.Id));
        Assert.Equal((ConsentDecision.NotAgreed, false, TestData.Today, "I explained it in person, with pictures"), (stored.Decision, stored.Given, stored.DecidedOn!.Value, stored.ExplainedHow));
        var record = await Forms.ReadAsync(await coachClient.GetAsync($"/job-seekers/{person.Id}"));
        Assert.Contains("did not agree to share", record.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnsweringNo_ThenYes_ThenWithdrawing_KeepsAllThree_AndWithdrawalHidesThePersonAtOnce()
    {
        var world = MatchWorld.Centre(42);
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Garden helper", 0.01));
        var employer = await SignedInAsync(Roles.Employer, job.EmployerId);
        var (coachClient, coach) = await SignedInCoachAsync();
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id, change: p => { p.FirstName = "Peregrinea"; p.ConsentToShare = false; }));
        var suggested = $"/employer/opportunities/{job.Id}/suggested-people";
        var consentPage = $"/job-seekers/{person.Id}/consent";
        var today = TestData.Today;

        using var no = await Forms.PostAsync(coachClient, consentPage, consentPage, Answer("not_agreed", "with_family_or_carer", today.AddDays(-20)));
        Assert.DoesNotContain("Peregrinea", await employer.GetStringAsync(suggested), StringComparison.Ordinal);
        using var yes = await Forms.PostAsync(coachClient, consentPage, consentPage, Answer("agreed", "easy_read_page", today.AddDays(-10)));
        Assert.Contains("Peregrinea", await employer.GetStringAsync(suggested), StringComparison.Ordinal);

        using var early = await Forms.PostAsync(coachClient, consentPage, $"{consentPage}/withdraw", Answer("withdrawn", null, today.AddDays(-11)));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains($"when they agreed", Forms.FieldError(await Forms.ReadAsync(early), "DecidedOn"), StringComparison.Ordinal);
        using var future = await Forms.PostAsync(coachClient, consentPage, $"{consentPage}/withdraw", Answer("withdrawn", null, today.AddDays(1)));
        Assert.Equal("The date cannot be in the future", Forms.FieldError(await Forms.ReadAsync(future), "DecidedOn"));
        Assert.Contains("Peregrinea", await employer.GetStringAsync(suggested), StringComparison.Ordinal);

        using var withdrawn = await Forms.PostAsync(coachClient, consentPage, $"{consentPage}/withdraw", Answer("withdrawn", null, today.AddDays(-2)));
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.DoesNotContain("Peregrinea", await employer.GetStringAsync(suggested), StringComparison.Ordinal);

        var page = await Forms.ReadAsync(await coachClient.GetAsync(consentPage));
        var rows = page.QuerySelectorAll(".app-consent-history tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim())))
            .ToList();
        string Day(int ago) => today.AddDays(-ago).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        Assert.Equal(
        [
            $"{Day(2)} | Withdrew consent | ",
            $"{Day(10)} | Agreed | We read the easy read page about sharing together",
            $"{Day(20)} | Did not agree | A family member or carer helped explain it",
        ], rows);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.JobSeekerId == person.Id && a.Action.StartsWith("consent")).OrderBy(a => a.Id).Select(a => a.Detail).ToListAsync());
        Assert.Equal([$"Did not agree on {Day(20)}", $"Agreed on {Day(10)}", $"Withdrew consent on {Day(2)}"], actions);
    }

    [Fact]
    public async Task AnAnswerNeedsADecisionAndHowItWasExplained()
    {
        var (coachClient, coach) = await SignedInCoachAsync();
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id).WithoutConsent());
        var consentPage = $"/job-seekers/{person.Id}/consent";

        var fields = Answer("", null);
        using var response = await Forms.PostAsync(coachClient, consentPage, consentPage, fields);

        Assert.Equal(["Select whether the person agrees to share", "Select how sharing was explained to the person"], Forms.ErrorSummary(await Forms.ReadAsync(response)));
        Assert.Equal(0, await app.WithDbAsync(db => db.ConsentRecords.CountAsync(c => c.JobSeekerId == person.Id)));
    }

    private async Task<HttpClient> SignedInAsync(string role, Guid? employerId)
    {
        var user = await app.CreateUserAsync(role, employerId);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return client;
    }

    private async Task<(HttpClient, AppUser)> SignedInCoachAsync()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        return (client, coach);
    }
}
