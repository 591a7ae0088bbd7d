using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Placements;

/// <summary>The coach's pages for a placement, through the real site; dates are relative to the real today.</summary>
public sealed class PlacementPagesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task Coach_RecordsEachStepThroughTheForms_AndThePageShowsWhoAndWhen()
    {
        var (client, coach) = await SignedInAsync(Roles.Coach);
        var placement = await app.TestData.CreatePlacementAsync(p => p.ByCoach(coach.Id).IntroducedOn(Today.AddDays(-60)));
        var page = $"/placements/{placement.Id}";

        await PostStepAsync(client, placement.Id, "interviewed", Today.AddDays(-50));
        await PostStepAsync(client, placement.Id, "offered", Today.AddDays(-45));
        await PostStepAsync(client, placement.Id, "started", Today.AddDays(-40), new() { ["HoursPerWeek"] = "16", ["HourlyPay"] = "£13.50" });

        var shown = await Forms.ReadAsync(await client.GetAsync(page));
        var history = shown.QuerySelectorAll("table")[0].TextContent;
        Assert.Contains("16 hours a week, £13.50 an hour", history, StringComparison.Ordinal);
        Assert.Contains("Test coach", history, StringComparison.Ordinal);
        Assert.Equal("In work", shown.QuerySelector("main .govuk-summary-list .govuk-tag")!.TextContent);
        // Once started, the job's changes can be recorded as well as its end.
        Assert.Equal(["ended", "hours-changed", "pay-changed", "role-changed", "still-working"],
            shown.QuerySelectorAll("main .govuk-button-group a").Select(a => a.GetAttribute("href")!.Split('/')[^1]));
        Assert.Equal(PlacementEventType.Started, await app.WithDbAsync(db => db.Placements.Where(p => p.Id == placement.Id).Select(p => p.Stage).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.FollowUps.AnyAsync(f => f.PlacementId == placement.Id)));
    }

    [Fact]
    public async Task Coach_RecordsHoursPayAndRoleChanges_AndThePageShowsTheTermsInForce()
    {
        var (client, coach) = await SignedInAsync(Roles.Coach);
        var placement = await StartedAsync(coach.Id, Today.AddDays(-40));
        var page = $"/placements/{placement.Id}";

        await PostStepAsync(client, placement.Id, "hours-changed", Today.AddDays(-20), new() { ["HoursPerWeek"] = "12" });
        await PostStepAsync(client, placement.Id, "pay-changed", Today.AddDays(-10), new() { ["HourlyPay"] = "£14.00" });
        await PostStepAsync(client, placement.Id, "role-changed", Today.AddDays(-10), new() { ["Role"] = "<b>Shift lead</b>" });
        var form = $"{page}/pay-changed";
        var fields = DateFields(Today);
        fields["HourlyPay"] = "5";
        var refused = await Forms.ReadAsync(await Forms.PostAsync(client, form, form, fields));

        Assert.StartsWith("Hourly pay must be at least £", Forms.FieldError(refused, "HourlyPay"), StringComparison.Ordinal);
        var shown = await Forms.ReadAsync(await client.GetAsync(page));
        var summary = shown.QuerySelector("main .govuk-summary-list")!.TextContent;
        Assert.Contains(Squeezed("Hours a week now 12"), Squeezed(summary), StringComparison.Ordinal);
        Assert.Contains(Squeezed("Hourly pay now £14.00"), Squeezed(summary), StringComparison.Ordinal);
        Assert.Contains(Squeezed("Role now <b>Shift lead</b>"), Squeezed(summary), StringComparison.Ordinal);
        Assert.Contains("Hours changed", shown.QuerySelectorAll("table")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(PlacementEventType.Started, await app.WithDbAsync(db => db.Placements.Where(p => p.Id == placement.Id).Select(p => p.Stage).SingleAsync()));
    }

    [Fact]
    public async Task EmployerSaysTheyLeft_ThePlacementAndRecordSayNotKnown_AndOfferTheEndOrStillWorking()
    {
        var (client, coach) = await SignedInAsync(Roles.Coach);
        var placement = await StartedAsync(coach.Id, Today.AddDays(-200));
        await app.WithDbAsync(async db =>
        {
            var milestone = await db.FollowUps.FirstAsync(f => f.PlacementId == placement.Id && f.Kind == FollowUpKind.Milestone13Weeks);
            var check = new EmploymentCheck { Id = Guid.NewGuid(), PlacementId = placement.Id, FollowUpId = milestone.Id, AskedOn = milestone.DueOn };
            db.EmploymentChecks.Add(check);
            await db.SaveChangesAsync();
            Assert.True((await new EmploymentCheckService(db, TimeProvider.System).AnswerAsync(check, false, null, "Sam")).Succeeded);
            return 0;
        });

        var shown = await Forms.ReadAsync(await client.GetAsync($"/placements/{placement.Id}"));
        Assert.Equal("Not known: employer says they left", shown.QuerySelector("main .govuk-summary-list .govuk-tag")!.TextContent);
        Assert.Contains($"/placements/{placement.Id}/ended", shown.QuerySelectorAll("main a.govuk-button").Select(a => a.GetAttribute("href")));
        Assert.Contains($"/placements/{placement.Id}/still-working", shown.QuerySelectorAll("main a.govuk-button").Select(a => a.GetAttribute("href")));
        var record = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{placement.JobSeekerId}"));
        Assert.Contains("Not known: employer says they left", record.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await PostStepAsync(client, placement.Id, "still-working", Today);
        shown = await Forms.ReadAsync(await client.GetAsync($"/placements/{placement.Id}"));
        Assert.Equal("In work", shown.QuerySelector("main .govuk-summary-list .govuk-tag")!.TextContent);
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task FormMistakes_ShowTheErrorSummary_AndChangeNothing()
    {
        var (client, coach) = await SignedInAsync(Roles.Coach);
        var placement = await app.TestData.CreatePlacementAsync(p => p.ByCoach(coach.Id).IntroducedOn(Today.AddDays(-30)));
        var unchanged = await app.WithDbAsync(db => PlacementSteps.SnapshotAsync(db, placement.Id));
        var form = $"/placements/{placement.Id}/interviewed";

        using var noDate = await Forms.PostAsync(client, form, form, new Dictionary<string, string>());
        using var future = await Forms.PostAsync(client, form, form, DateFields(Today.AddDays(1)));
        using var outOfOrder = await Forms.PostAsync(client, form, $"/placements/{placement.Id}/started", DateFields(Today));

        Assert.Equal(["Enter the date of the interview"], Forms.ErrorSummary(await Forms.ReadAsync(noDate)));
        Assert.Equal(["The date must be today or in the past"], Forms.ErrorSummary(await Forms.ReadAsync(future)));
        Assert.Equal(HttpStatusCode.OK, outOfOrder.StatusCode);
        Assert.StartsWith("You cannot record \"started\" yet", Forms.ErrorSummary(await Forms.ReadAsync(outOfOrder)).Single(), StringComparison.Ordinal);
        using var notYet = await client.GetAsync($"/placements/{placement.Id}/ended");
        Assert.Equal($"/placements/{placement.Id}", notYet.Headers.Location?.OriginalString);
        var told = await Forms.ReadAsync(await client.GetAsync($"/placements/{placement.Id}"));
        Assert.StartsWith("You cannot record \"ended\" yet", told.QuerySelector(".govuk-error-summary p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(unchanged, await app.WithDbAsync(db => PlacementSteps.SnapshotAsync(db, placement.Id)));
    }

    [Fact]
    public async Task AnotherCoachsPerson_IsNotFound_AndNothingChanges_WhileAnAdministratorOnlyLooks()
    {
        var (_, coach) = await SignedInAsync(Roles.Coach);
        var (other, otherCoach) = await SignedInAsync(Roles.Coach);
        var (admin, _) = await SignedInAsync(Roles.Admin);
        var placement = await app.TestData.CreatePlacementAsync(p => p.ByCoach(coach.Id).IntroducedOn(Today.AddDays(-30)));
        var own = await app.TestData.CreatePlacementAsync(p => p.ByCoach(otherCoach.Id).IntroducedOn(Today.AddDays(-30)));
        var unchanged = await app.WithDbAsync(db => PlacementSteps.SnapshotAsync(db, placement.Id));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/placements/{placement.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/placements/{placement.Id}/interviewed")).StatusCode);
        using var post = await Forms.PostAsync(other, $"/placements/{own.Id}/interviewed", $"/placements/{placement.Id}/interviewed", DateFields(Today));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        var adminView = await Forms.ReadAsync(await admin.GetAsync($"/placements/{placement.Id}"));
        Assert.Contains("Kitchen assistant", adminView.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(adminView.QuerySelectorAll("main .govuk-button-group a"));
        Assert.Equal(unchanged, await app.WithDbAsync(db => PlacementSteps.SnapshotAsync(db, placement.Id)));
    }

    [Fact]
    public async Task CoachHome_ListsTodaysAndOverdueFollowUps_AndJobsAtRisk()
    {
        var (client, coach) = await SignedInAsync(Roles.Coach);
        var (_, otherCoach) = await SignedInAsync(Roles.Coach);
        var placement = await StartedAsync(coach.Id, Today.AddDays(-14));
        var others = await StartedAsync(otherCoach.Id, Today.AddDays(-14));
        // Started two weeks ago: week 1 is overdue, week 2 is today, week 4 is still to come.
        var week1 = await FollowUpAsync(placement.Id, Today.AddDays(-7));

        var home = await Forms.ReadAsync(await client.GetAsync("/coach"));
        var rows = home.QuerySelectorAll("#follow-ups + table tbody tr").Select(r => r.TextContent).ToList();
        Assert.True(rows.Count == 2, home.QuerySelector("main")!.TextContent);
        Assert.Contains("Overdue", rows[0], StringComparison.Ordinal);
        Assert.Contains("Today", rows[1], StringComparison.Ordinal);
        Assert.Empty(home.QuerySelectorAll($"a[href^='/placements/{others.Id}']"));
        Assert.Null(home.QuerySelector("#risks"));

        var form = $"/placements/{placement.Id}/follow-ups/{week1}";
        using var missing = await Forms.PostAsync(client, form, form, new Dictionary<string, string> { ["RiskToJob"] = "true" });
        Assert.Equal(["Enter the date of the check-in", "Say how it is going", "Enter the hours of support you gave since the last check-in, or 0", "Say what puts the job at risk"],
            Forms.ErrorSummary(await Forms.ReadAsync(missing)));
        var fields = DateFields(Today, "DoneOn");
        fields["HowItIsGoing"] = "Finding the early shifts hard";
        fields["SupportHours"] = "2.5";
        fields["RiskToJob"] = "true";
        fields["RiskDetails"] = "Late three times because the bus is unreliable";
        using var recorded = await Forms.PostAsync(client, form, form, fields);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        home = await Forms.ReadAsync(await client.GetAsync("/coach"));
        Assert.Single(home.QuerySelectorAll("#follow-ups + table tbody tr"));
        Assert.Contains("Late three times because the bus is unreliable", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var record = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{placement.JobSeekerId}"));
        Assert.Contains("Job at risk", record.QuerySelector("#placements")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(record.QuerySelector($"a[href='/placements/{placement.Id}']"));
        var saved = await app.WithDbAsync(db => db.FollowUps.SingleAsync(f => f.Id == week1));
        Assert.Equal((Today, 2.5m, true, coach.Id), (saved.CompletedOn!.Value, saved.SupportHours!.Value, saved.RiskToJob!.Value, saved.CompletedById!.Value));

        using var again = await client.GetAsync(form);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task AdminFollowUpPlan_IsValidatedInPlainEnglish_ThenSaved_ThenBackToTheDefault()
    {
        var (admin, _) = await SignedInAsync(Roles.Admin);
        var leicester = await app.WithDbAsync(db => db.LocalAuthorities.SingleAsync(l => l.OnsCode == "E06000016"));
        var page = $"/admin/follow-up-plans/{leicester.Id}";

        using var bad = await Forms.PostAsync(admin, page, page, new Dictionary<string, string> { ["CheckInWeeks"] = "1, 4, 2", ["MonthlyUntilWeek"] = "fifty", ["InternshipPromptWeeksBeforeEnd"] = "8" });
        Assert.Equal(["The week monthly check-ins stop must be a whole number, like 52"], Forms.ErrorSummary(await Forms.ReadAsync(bad)));
        using var order = await Forms.PostAsync(admin, page, page, new Dictionary<string, string> { ["CheckInWeeks"] = "1, 4, 2", ["MonthlyUntilWeek"] = "52", ["InternshipPromptWeeksBeforeEnd"] = "8" });
        Assert.Equal(["Put the check-in weeks in order, each later than the one before, like 1, 2, 4"], Forms.ErrorSummary(await Forms.ReadAsync(order)));
        Assert.False(await app.WithDbAsync(db => db.Set<FollowUpPlan>().AnyAsync(p => p.LocalAuthorityId == leicester.Id)));

        using var saved = await Forms.PostAsync(admin, page, page, new Dictionary<string, string> { ["CheckInWeeks"] = "1, 3, 6", ["MonthlyUntilWeek"] = "39", ["InternshipPromptWeeksBeforeEnd"] = "10" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plan = await app.WithDbAsync(db => db.Set<FollowUpPlan>().SingleAsync(p => p.LocalAuthorityId == leicester.Id));
        Assert.Equal([1, 3, 6], plan.CheckInWeeks);
        Assert.Equal((39, 10), (plan.MonthlyUntilWeek, plan.InternshipPromptWeeksBeforeEnd));
        var list = await Forms.ReadAsync(await admin.GetAsync("/admin/follow-up-plans"));
        Assert.Contains("Weeks 1, 3 and 6, then monthly until week 39", list.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        using var reset = await Forms.PostAsync(admin, page, $"{page}/use-default", new Dictionary<string, string>());
        Assert.False(await app.WithDbAsync(db => db.Set<FollowUpPlan>().AnyAsync(p => p.LocalAuthorityId == leicester.Id)));
    }

    private async Task<Placement> StartedAsync(Guid coachId, DateOnly startedOn)
    {
        var placement = await app.TestData.CreatePlacementAsync(p => p.ByCoach(coachId).IntroducedOn(startedOn.AddDays(-20)));
        await app.WithDbAsync(async db =>
        {
            var clock = TimeProvider.System;
            foreach (var step in new PlacementStep[] { new(PlacementEventType.Interviewed, startedOn.AddDays(-10)), new(PlacementEventType.Offered, startedOn.AddDays(-5)), new(PlacementEventType.Started, startedOn, 16m, 13m) })
            {
                Assert.Empty(await PlacementSteps.RecordAsync(db, clock, placement.Id, step, coachId));
            }
            return 0;
        });
        return placement;
    }

    private Task<Guid> FollowUpAsync(Guid placementId, DateOnly dueOn) =>
        app.WithDbAsync(db => db.FollowUps.Where(f => f.PlacementId == placementId && f.DueOn == dueOn).Select(f => f.Id).SingleAsync());

    private static async Task PostStepAsync(HttpClient client, Guid placementId, string step, DateOnly on, Dictionary<string, string>? extra = null)
    {
        var form = $"/placements/{placementId}/{step}";
        var fields = DateFields(on);
        foreach (var (key, value) in extra ?? [])
        {
            fields[key] = value;
        }
        using var response = await Forms.PostAsync(client, form, form, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", Forms.ErrorSummary(await Forms.ReadAsync(response))));
    }

    private static Dictionary<string, string> DateFields(DateOnly day, string name = "OccurredOn") => new()
    {
        [$"{name}.Day"] = day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{name}.Month"] = day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{name}.Year"] = day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task<(HttpClient, AppUser)> SignedInAsync(string role)
    {
        var user = await app.CreateUserAsync(role);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return (client, user);
    }
}
