using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Matching.Pages;

public sealed class MatchesPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Matches_ListFittingOpenOpportunities_WithReasonsAndJourneyBlocker_AndOmitClosedFarAndIneligible()
    {
        var world = MatchWorld.Centre(0);
        var (client, coach) = await MatchPages.SignedInAsync(app, Roles.Coach);
        // 30 years old: too old for a supported internship.
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id, change: p => p.DateOfBirth = MatchWorld.Today.AddYears(-30)));
        var fitting = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Fitting job", 0.01));
        var longBus = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Long bus job", 0.1));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Far job", 0.3));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Closed job", 0.01, o => o.ClosedOn = MatchWorld.Today.AddDays(-1)));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Closing date passed job", 0.01, o => o.ClosesOn = MatchWorld.Today.AddDays(-1)));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Not yet posted job", 0.01, o => o.PostedOn = MatchWorld.Today.AddDays(1)));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Internship", 0.01, o => o.Kind = OpportunityKind.SupportedInternship));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Unapproved employer job", 0.01, approval: ApprovalStatus.Pending));

        var page = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}/matches"));

        Assert.Equal($"Matches for {person.FirstName}", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("Ranked by the rule scorer", page.QuerySelector(".app-ranked-by")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["Fitting job", "Long bus job"], MatchPages.CardTitles(page));
        var fit = MatchPages.Card(page, fitting.Id, person.Id)!;
        Assert.Contains($"The kind of work {person.FirstName} wants most", MatchPages.Items(fit, "app-reasons"));
        Assert.Contains($"Bus journey about 15 minutes — within the 40 minutes {person.FirstName} can manage", MatchPages.Items(fit, "app-reasons"));
        Assert.Empty(MatchPages.Items(fit, "app-blockers"));
        var far = MatchPages.Card(page, longBus.Id, person.Id)!;
        Assert.Contains($"Bus journey about 55 minutes — longer than the 40 minutes {person.FirstName} can manage", MatchPages.Items(far, "app-blockers"));
    }

    [Fact]
    public async Task Filters_NarrowByKindJourneyAndHours()
    {
        var world = MatchWorld.Centre(1);
        var (client, coach) = await MatchPages.SignedInAsync(app, Roles.Coach);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Near paid job", 0.01));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Long bus job", 0.1));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Volunteering", 0.01, o => { o.Kind = OpportunityKind.Volunteering; o.HourlyPay = null; o.PayBand = null; }));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Full time job", 0.01, o => o.HoursPerWeek = 37.5m));

        async Task<IReadOnlyList<string>> Titles(string query) =>
            MatchPages.CardTitles(await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}/matches?{query}"))).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["Volunteering"], await Titles("Kind=Volunteering"));
        Assert.DoesNotContain("Long bus job", await Titles("MaxMinutes=40"));
        Assert.Equal(["Full time job"], await Titles("MinHours=30"));
        Assert.DoesNotContain("Full time job", await Titles("MaxHours=20"));
    }

    [Fact]
    public async Task KindsThePersonAskedFor_ComeFirst_UnlessTheCoachRanksEveryKindTogether_AndThePageSaysSo()
    {
        var world = MatchWorld.Centre(61);
        var (client, coach) = await MatchPages.SignedInAsync(app, Roles.Coach);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id, change: p => p.PreferredKinds = [OpportunityKind.PaidJob]));
        // The volunteering is the work the person wants most and next door; the paid job is other work, a long bus ride away:
        // the scorer alone puts the volunteering first.
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Wanted volunteering", 0.01, o => { o.Kind = OpportunityKind.Volunteering; o.HourlyPay = null; o.PayBand = null; }));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Other paid job", 0.1, o => o.SocCode = "1111"));

        var page = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}/matches"));

        Assert.Equal(["Other paid job", "Wanted volunteering"], MatchPages.CardTitles(page));
        var said = page.QuerySelector(".app-kinds-first")!.TextContent;
        Assert.Contains($"Showing kinds {person.FirstName} asked for first: paid job.", said, StringComparison.Ordinal);
        Assert.Contains("Volunteering follow", said, StringComparison.Ordinal);

        var widened = await Forms.ReadAsync(await client.GetAsync(page.QuerySelector("a.app-all-kinds")!.GetAttribute("href")!));
        Assert.Equal(["Wanted volunteering", "Other paid job"], MatchPages.CardTitles(widened));
        Assert.Contains("Every kind is ranked together", widened.QuerySelector(".app-kinds-first")!.TextContent, StringComparison.Ordinal);
        Assert.True(widened.QuerySelector("#AllKinds")!.HasAttribute("checked"));
        // No raw score on the page: the list says best match first.
        Assert.DoesNotContain("Score", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("best match first", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_CreatesOnePlacementAtIntroduced_AndASecondIsRefused()
    {
        var world = MatchWorld.Centre(2);
        var (client, coach) = await MatchPages.SignedInAsync(app, Roles.Coach);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id));
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Proposed job", 0.01));
        var record = $"/job-seekers/{person.Id}";
        var propose = $"/job-seekers/{person.Id}/matches/{job.Id}/propose";

        using var first = await Forms.PostAsync(client, record, propose, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var after = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}/matches"));
        Assert.Contains($"{person.FirstName} is proposed for Proposed job", after.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Null(MatchPages.Card(after, job.Id, person.Id));

        using var second = await Forms.PostAsync(client, record, propose, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var refused = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}/matches"));
        Assert.Contains($"{person.FirstName} has already been proposed for Proposed job", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var placements = await app.WithDbAsync(db => db.Placements.Include(p => p.Events).Where(p => p.JobSeekerId == person.Id).ToListAsync());
        var placement = Assert.Single(placements);
        Assert.Equal(job.Id, placement.OpportunityId);
        Assert.Equal(PlacementEventType.Introduced, placement.Stage);
        var introduced = Assert.Single(placement.Events);
        Assert.Equal(PlacementEventType.Introduced, introduced.Type);
        Assert.Equal(MatchWorld.Today, introduced.OccurredOn);
        Assert.Equal(coach.Id, introduced.RecordedById);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.JobSeekerId == person.Id && a.Action == "changed" && a.Detail == "Proposed for Proposed job")));
    }

    [Fact]
    public async Task NotSuitable_AsksWhy_StoresTheVerdict_AndHidesThePair()
    {
        var world = MatchWorld.Centre(3);
        var (client, coach) = await MatchPages.SignedInAsync(app, Roles.Coach);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id));
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Unsuitable job", 0.01));
        var form = $"/job-seekers/{person.Id}/matches/{job.Id}/not-suitable";

        using var missing = await Forms.PostAsync(client, form, form, new Dictionary<string, string>());
        Assert.Equal(["Select why this is not suitable"], Forms.ErrorSummary(await Forms.ReadAsync(missing)));
        using var otherWithoutWords = await Forms.PostAsync(client, form, form, new Dictionary<string, string> { ["Reason"] = "other", ["OtherReason"] = " " });
        Assert.Equal(["Say why this is not suitable"], Forms.ErrorSummary(await Forms.ReadAsync(otherWithoutWords)));
        Assert.Equal(0, await app.WithDbAsync(db => db.MatchFeedback.CountAsync(f => f.JobSeekerId == person.Id)));

        using var saved = await Forms.PostAsync(client, form, form, new Dictionary<string, string> { ["Reason"] = "journey" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var feedback = Assert.Single(await app.WithDbAsync(db => db.MatchFeedback.Where(f => f.JobSeekerId == person.Id).ToListAsync()));
        Assert.Equal(job.Id, feedback.OpportunityId);
        Assert.Equal("not_suitable", feedback.Verdict);
        Assert.Equal("The journey would be too hard", feedback.Reason);
        Assert.Equal(coach.Id, feedback.GivenById);
        var matches = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}/matches"));
        Assert.Null(MatchPages.Card(matches, job.Id, person.Id));
    }

    [Fact]
    public async Task AnotherCoachsPerson_IsNotFound()
    {
        var world = MatchWorld.Centre(4);
        var (client, coach) = await MatchPages.SignedInAsync(app, Roles.Coach);
        var other = await app.CreateUserAsync(Roles.Coach);
        var own = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id));
        var theirs = await app.WithDbAsync(db => world.PersonAsync(db, other.Id));
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Someone else's match", 0.01));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/job-seekers/{theirs.Id}/matches")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/job-seekers/{theirs.Id}/matches/{job.Id}/not-suitable")).StatusCode);
        using var propose = await Forms.PostAsync(client, $"/job-seekers/{own.Id}", $"/job-seekers/{theirs.Id}/matches/{job.Id}/propose", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, propose.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Placements.AnyAsync(p => p.JobSeekerId == theirs.Id)));
    }

    [Fact]
    public async Task RecordPage_LinksToMatches()
    {
        var (client, coach) = await MatchPages.SignedInAsync(app, Roles.Coach);
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id));

        var record = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}"));

        Assert.NotNull(record.QuerySelector($"a[href='/job-seekers/{person.Id}/matches']"));
    }
}
