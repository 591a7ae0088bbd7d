using System.Globalization;
using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Employment.Tests.Placements;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Contacts;

/// <summary>The contact log, proposing with a date and early check-ins through the real site; dates are relative to the real today.</summary>
public sealed class ContactPagesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task Coach_AddsACallThatCompletesACheckIn_AndTheRecordShowsTheLogEncoded_AndAuditsTheViewing()
    {
        var (client, coach) = await SignedInAsync();
        var placement = await StartedAsync(coach.Id, Today.AddDays(-30));
        var due = await app.WithDbAsync(db => db.FollowUps.Where(f => f.PlacementId == placement.Id && f.DueOn <= Today).OrderBy(f => f.DueOn).Select(f => f.Id).FirstAsync());
        var form = $"/job-seekers/{placement.JobSeekerId}/contacts/new";

        using var added = await Forms.PostAsync(client, $"{form}?followUpId={due}", form, Fields("phone_call", "Reached", Today.AddDays(-2), "<b>Settled</b> & happy", followUpId: due));

        Assert.True(added.StatusCode == HttpStatusCode.Redirect, string.Join("; ", Forms.ErrorSummary(await Forms.ReadAsync(added))));
        Assert.Equal($"/job-seekers/{placement.JobSeekerId}#contact-log", added.Headers.Location?.OriginalString);
        Assert.Equal(Today.AddDays(-2), await app.WithDbAsync(db => db.FollowUps.Where(f => f.Id == due).Select(f => f.CompletedOn).SingleAsync()));
        using var response = await client.GetAsync($"/job-seekers/{placement.JobSeekerId}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<b>Settled</b>", html, StringComparison.Ordinal);
        var log = (await Forms.ReadAsync(response)).QuerySelector("#contact-log ~ .app-table-scroll table")!.TextContent;
        Assert.Contains("<b>Settled</b> & happy", log, StringComparison.Ordinal);
        Assert.Contains("Spoke to them", log, StringComparison.Ordinal);
        Assert.Contains($"Recorded {Today.ToString("d MMMM yyyy", English)} by Test coach", log, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.JobSeekerId == placement.JobSeekerId && a.Action == AuditLog.Viewed && a.Detail == "Contact log")));
    }

    [Fact]
    public async Task ContactFormMistakes_AreShownBesideTheirFields_AndSaveNothing()
    {
        var (client, coach) = await SignedInAsync();
        var placement = await StartedAsync(coach.Id, Today.AddDays(-30));
        var due = await app.WithDbAsync(db => db.FollowUps.Where(f => f.PlacementId == placement.Id && f.DueOn <= Today).OrderBy(f => f.DueOn).Select(f => f.Id).FirstAsync());
        var form = $"/job-seekers/{placement.JobSeekerId}/contacts/new";

        using var future = await Forms.PostAsync(client, form, form, Fields("home_visit", "Reached", Today.AddDays(1), "Will visit"));
        using var unreached = await Forms.PostAsync(client, form, form, Fields("PhoneCall", "CouldNotReach", Today, "No answer", followUpId: due));
        using var nonsense = await Forms.PostAsync(client, form, form, Fields("Launch", "Maybe", Today, new string('x', 2001), placementId: "not-an-id"));

        Assert.Equal("The date must be today or in the past", Forms.FieldError(await Forms.ReadAsync(future), "OccurredOn"));
        Assert.Equal("Only a contact where you spoke to them completes a follow-up: choose none, or say you spoke to them", Forms.FieldError(await Forms.ReadAsync(unreached), "FollowUpId"));
        Assert.Equal(
            ["Select what kind of note or contact it was", "Select whether you spoke to them or could not reach them", "This answer must be 2,000 characters or fewer", "Select one of the person's placements, or none"],
            Forms.ErrorSummary(await Forms.ReadAsync(nonsense)));
        Assert.False(await app.WithDbAsync(db => db.ContactEntries.AnyAsync(c => c.JobSeekerId == placement.JobSeekerId)));
        Assert.Null(await app.WithDbAsync(db => db.FollowUps.Where(f => f.Id == due).Select(f => f.CompletedOn).SingleAsync()));
    }

    [Fact]
    public async Task Coach_ProposesWithTheDayItHappened_NotBeforeThePersonJoined()
    {
        var (client, coach) = await SignedInAsync();
        var person = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Jo", "Dated").With(j => j.CreatedAt = DateTimeOffset.UtcNow.AddDays(-20)));
        var opportunity = await app.TestData.CreateOpportunityAsync();
        var page = $"/job-seekers/{person.Id}/matches/{opportunity.Id}/propose";
        var joined = DateOnly.FromDateTime(DateTime.Now.AddDays(-20));

        var shown = await Forms.ReadAsync(await client.GetAsync(page));
        using var tooEarly = await Forms.PostAsync(client, page, page, DateFields(joined.AddDays(-1), "IntroducedOn", ("Dated", "true")));
        using var proposed = await Forms.PostAsync(client, page, page, DateFields(Today.AddDays(-6), "IntroducedOn", ("Dated", "true")));

        Assert.Equal(Today.Day.ToString(CultureInfo.InvariantCulture), shown.QuerySelector("input[name='IntroducedOn.Day']")!.GetAttribute("value"));
        Assert.Equal($"The date must be on or after {joined.ToString("d MMMM yyyy", English)}, when Jo Dated joined the service", Forms.FieldError(await Forms.ReadAsync(tooEarly), "IntroducedOn"));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Equal(Today.AddDays(-6), await app.WithDbAsync(db => db.PlacementEvents.Where(e => e.Placement!.JobSeekerId == person.Id).Select(e => e.OccurredOn).SingleAsync()));
    }

    [Fact]
    public async Task PlannedCheckIn_CanBeRecordedBeforeItIsDue_FromTheRecord()
    {
        var (client, coach) = await SignedInAsync();
        var placement = await StartedAsync(coach.Id, Today.AddDays(-3));
        var planned = await app.WithDbAsync(db => db.FollowUps.Where(f => f.PlacementId == placement.Id && f.DueOn > Today).OrderBy(f => f.DueOn).FirstAsync());
        var checkIn = $"/placements/{placement.Id}/follow-ups/{planned.Id}";

        var record = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{placement.JobSeekerId}"));
        using var recorded = await Forms.PostAsync(client, checkIn, checkIn, new Dictionary<string, string>(DateFields(Today, "DoneOn"))
        {
            ["HowItIsGoing"] = "Saw them early",
            ["SupportHours"] = "1",
            ["RiskToJob"] = "false",
        });

        Assert.Contains(record.QuerySelectorAll("a"), a => a.GetAttribute("href") == checkIn);
        Assert.True(recorded.StatusCode == HttpStatusCode.Redirect, string.Join("; ", Forms.ErrorSummary(await Forms.ReadAsync(recorded))));
        Assert.Equal(Today, await app.WithDbAsync(db => db.FollowUps.Where(f => f.Id == planned.Id).Select(f => f.CompletedOn).SingleAsync()));
    }

    internal static Dictionary<string, string> Fields(string kind, string? outcome, DateOnly on, string text, Guid? followUpId = null, string? placementId = null)
    {
        var fields = DateFields(on, "OccurredOn");
        fields["Kind"] = kind switch { "phone_call" => "PhoneCall", "home_visit" => "HomeVisit", _ => kind };
        fields["Outcome"] = outcome ?? "";
        fields["Text"] = text;
        fields["FollowUpId"] = followUpId?.ToString() ?? "";
        fields["PlacementId"] = placementId ?? "";
        return fields;
    }

    internal static Dictionary<string, string> DateFields(DateOnly day, string name, params (string Key, string Value)[] extra)
    {
        var fields = new Dictionary<string, string>
        {
            [$"{name}.Day"] = day.Day.ToString(CultureInfo.InvariantCulture),
            [$"{name}.Month"] = day.Month.ToString(CultureInfo.InvariantCulture),
            [$"{name}.Year"] = day.Year.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in extra)
        {
            fields[key] = value;
        }
        return fields;
    }

    private async Task<(HttpClient, AppUser)> SignedInAsync()
    {
        var user = await app.CreateUserAsync(Roles.Coach);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return (client, user);
    }

    private Task<Placement> StartedAsync(Guid coachId, DateOnly startedOn) => StartedAsync(app, coachId, startedOn);

    /// <summary>A placement in the coach's caseload started on the day, through the real pipeline (so its follow-ups are planned).</summary>
    internal static async Task<Placement> StartedAsync(WebAppFixture app, Guid coachId, DateOnly startedOn)
    {
        var placement = await app.TestData.CreatePlacementAsync(p => p.ByCoach(coachId).IntroducedOn(startedOn.AddDays(-20)));
        await app.WithDbAsync(async db =>
        {
            foreach (var step in new PlacementStep[] { new(PlacementEventType.Interviewed, startedOn.AddDays(-10)), new(PlacementEventType.Offered, startedOn.AddDays(-5)), new(PlacementEventType.Started, startedOn, 16m, 13m) })
            {
                Assert.Empty(await PlacementSteps.RecordAsync(db, TimeProvider.System, placement.Id, step, coachId));
            }
            return 0;
        });
        return placement;
    }
}
