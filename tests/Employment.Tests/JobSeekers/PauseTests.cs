using System.Globalization;
using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Casework;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.JobSeekers;

/// <summary>Pausing takes a reason and, if given, a date to look again that is not in the past; unpausing clears both.</summary>
public sealed class PauseTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task APause_NeedsAReason_AndADateToLookAgainThatIsNotPast()
    {
        var (client, coach) = await SignedInCoachAsync();
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id));
        var pausePage = $"/job-seekers/{person.Id}/pause";

        using var noReason = await Forms.PostAsync(client, pausePage, pausePage, Fields(null, null, null));
        using var noWords = await Forms.PostAsync(client, pausePage, pausePage, Fields("Other", " ", null));
        using var past = await Forms.PostAsync(client, pausePage, pausePage, Fields("Health", null, TestData.Today.AddDays(-1)));
        using var tooLong = await Forms.PostAsync(client, pausePage, pausePage, Fields("Other", new string('x', 201), null));

        Assert.Equal(["Select why the person is not looking for now"], Forms.ErrorSummary(await Forms.ReadAsync(noReason)));
        Assert.Equal(["Say why the person is not looking for now"], Forms.ErrorSummary(await Forms.ReadAsync(noWords)));
        Assert.Equal("The date to look again must be today or in the future", Forms.FieldError(await Forms.ReadAsync(past), "LookAgainOn"));
        Assert.Equal(["The reason must be 200 characters or fewer"], Forms.ErrorSummary(await Forms.ReadAsync(tooLong)));
        Assert.Null((await Reload(person.Id)).PausedOn);
    }

    [Fact]
    public async Task APause_IsShownOnTheRecordAndCaseload_ReviewedWhenItsDateComes_AndClearedByUnpausing()
    {
        var (client, coach) = await SignedInCoachAsync();
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id).Named("Theodorica"));
        var pausePage = $"/job-seekers/{person.Id}/pause";
        var lookAgain = TestData.Today.AddDays(14);

        using var paused = await Forms.PostAsync(client, pausePage, pausePage, Fields("Other", "Caring for her grandmother until the spring", lookAgain));

        Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        var stored = await Reload(person.Id);
        Assert.Equal((TestData.Today, PauseReason.Other, "Caring for her grandmother until the spring", lookAgain),
            (stored.PausedOn!.Value, stored.PauseReason!.Value, stored.PauseReasonOther, stored.LookAgainOn!.Value));
        var record = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}"));
        var shown = record.QuerySelector(".app-pause")!.TextContent;
        Assert.Contains("Caring for her grandmother until the spring", shown, StringComparison.Ordinal);
        Assert.Contains($"Look again on {lookAgain.ToString("d MMMM yyyy", English)}", shown, StringComparison.Ordinal);
        var caseload = await Forms.ReadAsync(await client.GetAsync("/coach/caseload"));
        var row = caseload.QuerySelectorAll(".app-caseload-person").Single(r => r.TextContent.Contains("Theodorica", StringComparison.Ordinal));
        Assert.Contains($"Caring for her grandmother until the spring; look again on {lookAgain.ToString("d MMM yyyy", English)}", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Paused: Caring for her grandmother", await app.WithDbAsync(db => db.AuditEntries.Where(a => a.JobSeekerId == person.Id).Select(a => a.Detail).SingleAsync(d => d!.StartsWith("Paused"))), StringComparison.Ordinal);

        Assert.Empty(await Due(lookAgain.AddDays(-1), person.Id));
        Assert.Equal([person.Id], await Due(lookAgain, person.Id));

        using var resumed = await Forms.PostAsync(client, $"/job-seekers/{person.Id}", $"/job-seekers/{person.Id}/resume", new Dictionary<string, string>());
        var after = await Reload(person.Id);
        Assert.Equal((null, null, null, null), (after.PausedOn, after.PauseReason, after.PauseReasonOther, after.LookAgainOn));
        Assert.Empty(await Due(lookAgain, person.Id));
    }

    [Fact]
    public async Task APausesOwnWords_AreInSubjectAccess_AndGoOnErasure()
    {
        var (client, coach) = await SignedInCoachAsync();
        var admin = await app.CreateUserAsync(Roles.Admin);
        var adminClient = app.CreateClient();
        await Forms.SignInAsync(adminClient, admin.Email!, WebAppFixture.Password);
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id));
        var pausePage = $"/job-seekers/{person.Id}/pause";
        using var paused = await Forms.PostAsync(client, pausePage, pausePage, Fields("Other", "Waiting for a hospital appointment", null));

        var json = await adminClient.GetStringAsync($"/job-seekers/{person.Id}/data.json");
        Assert.Contains("Waiting for a hospital appointment", json, StringComparison.Ordinal);
        using var erased = await Forms.PostAsync(adminClient, $"/job-seekers/{person.Id}/erase", $"/job-seekers/{person.Id}/erase", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Null((await Reload(person.Id)).PauseReasonOther);
    }

    /// <summary>The person, when "review due" is among their needs-attention reasons on <paramref name="today"/>.</summary>
    private async Task<List<Guid>> Due(DateOnly today, Guid personId)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EmploymentDbContext>();
        var attention = scope.ServiceProvider.GetRequiredService<NeedsAttention>();
        return await attention.Of(db.JobSeekers.Where(j => j.Id == personId), today).Where(a => a.ReviewDue).Select(a => a.JobSeekerId).ToListAsync();
    }

    private static Dictionary<string, string> Fields(string? reason, string? other, DateOnly? lookAgain) => new()
    {
        ["Reason"] = reason ?? "",
        ["OtherReason"] = other ?? "",
        ["LookAgainOn.Day"] = lookAgain?.Day.ToString(CultureInfo.InvariantCulture) ?? "",
        ["LookAgainOn.Month"] = lookAgain?.Month.ToString(CultureInfo.InvariantCulture) ?? "",
        ["LookAgainOn.Year"] = lookAgain?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
    };

    private Task<JobSeeker> Reload(Guid id) => app.WithDbAsync(db => db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == id));

    private async Task<(HttpClient, AppUser)> SignedInCoachAsync()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        return (client, coach);
    }
}
