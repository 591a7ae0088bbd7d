using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Opportunities;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Matching.Pages;

/// <summary>Proposing from a filtered list comes back to that list; "People for" names each person and links to their record.</summary>
public sealed class ProposeAndPeopleLinksTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task ProposeFromAFilteredList_ReturnsToTheSameFilteredList()
    {
        var world = MatchWorld.Centre(9);
        var (client, coach) = await MatchPages.SignedInAsync(app, Roles.Coach);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id));
        var volunteering = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Volunteering", 0.01, o => { o.Kind = OpportunityKind.Volunteering; o.HourlyPay = null; o.PayBand = null; }));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Other volunteering", 0.02, o => { o.Kind = OpportunityKind.Volunteering; o.HourlyPay = null; o.PayBand = null; }));
        await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Paid job", 0.01));
        var filtered = $"/job-seekers/{person.Id}/matches?Kind=Volunteering&MaxMinutes=45&MinHours=2.5";

        // The form exactly as the filtered page draws it.
        var page = await Forms.ReadAsync(await client.GetAsync(filtered));
        var form = MatchPages.Card(page, volunteering.Id, person.Id)!.QuerySelector("form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        using var proposed = await Forms.PostAsync(client, filtered, form.GetAttribute("action")!, fields);

        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var back = proposed.Headers.Location!.OriginalString;
        Assert.StartsWith($"/job-seekers/{person.Id}/matches?", back, StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(back[back.IndexOf('?', StringComparison.Ordinal)..]);
        Assert.Equal("Volunteering", query["Kind"].ToString());
        Assert.Equal("45", query["MaxMinutes"].ToString());
        Assert.Equal("2.5", query["MinHours"].ToString());
        Assert.False(query.ContainsKey("MaxHours"));
        var after = await Forms.ReadAsync(await client.GetAsync(back));
        Assert.Equal(["Other volunteering"], MatchPages.CardTitles(after));
        Assert.Equal("Volunteering", after.QuerySelector("select[name=Kind] option[selected]")?.GetAttribute("value"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Placements.CountAsync(p => p.JobSeekerId == person.Id && p.OpportunityId == volunteering.Id)));
    }

    [Fact]
    public async Task ProposeWithAnEarlierDate_FromAFilteredList_ReturnsToTheSameFilteredList()
    {
        var world = MatchWorld.Centre(11);
        var (client, coach) = await MatchPages.SignedInAsync(app, Roles.Coach);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id, change: p => p.CreatedAt = DateTimeOffset.UtcNow.AddDays(-30)));
        var volunteering = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Volunteering", 0.01, o => { o.Kind = OpportunityKind.Volunteering; o.HourlyPay = null; o.PayBand = null; }));
        var filtered = $"/job-seekers/{person.Id}/matches?Kind=Volunteering&MaxMinutes=45";

        var list = await Forms.ReadAsync(await client.GetAsync(filtered));
        var dated = MatchPages.Card(list, volunteering.Id, person.Id)!.QuerySelectorAll("a").Single(a => a.TextContent.Contains("earlier date", StringComparison.Ordinal)).GetAttribute("href")!;
        var page = await Forms.ReadAsync(await client.GetAsync(dated));
        Assert.Equal(filtered, page.QuerySelector(".govuk-back-link")!.GetAttribute("href")!.Replace("&amp;", "&", StringComparison.Ordinal));
        var fields = page.QuerySelectorAll("main form input[type=hidden]")
            .Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        var day = DateTime.Today.AddDays(-3);
        fields["IntroducedOn.Day"] = day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["IntroducedOn.Month"] = day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["IntroducedOn.Year"] = day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var proposed = await Forms.PostAsync(client, dated, page.QuerySelector("main form")!.GetAttribute("action")!, fields);

        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Equal(filtered, proposed.Headers.Location!.OriginalString);
        Assert.Equal(DateOnly.FromDateTime(day), await app.WithDbAsync(db => db.PlacementEvents
            .Where(e => e.Placement!.JobSeekerId == person.Id && e.Placement.OpportunityId == volunteering.Id).Select(e => e.OccurredOn).SingleAsync()));
    }

    [Fact]
    public async Task PeopleFor_NamesEachPersonInFull_WithALinkToTheirRecord()
    {
        var world = MatchWorld.Centre(10);
        var (client, coach) = await MatchPages.SignedInAsync(app, Roles.Coach);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coach.Id, change: p => (p.FirstName, p.LastName) = ("Olwen", "Pritchard-Hughes")));
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Café assistant", 0.01));

        var page = await Forms.ReadAsync(await client.GetAsync($"/coach/employers/{job.EmployerId}/opportunities/{job.Id}/people"));

        var link = MatchPages.Card(page, job.Id, person.Id)!.QuerySelector(".govuk-summary-card__title a")!;
        Assert.Equal("Olwen Pritchard-Hughes", link.TextContent.Trim());
        Assert.Equal($"/job-seekers/{person.Id}", link.GetAttribute("href"));
        var record = await client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
    }
}
