using Employment.Core.Accounts;
using Employment.Core.Opportunities.Search;
using Employment.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Email;

/// <summary>A saved search's new matches reach the coach's next digest once, and never again (decision 0039).</summary>
public sealed class SavedSearchDigestTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    private static readonly DateOnly Day1 = new(2027, 5, 3);

    [Fact]
    public async Task ANewMatchAppearsInTheNextDigestOnce_NotInTheOneAfter_AndOlderOrNonMatchingOnesNever()
    {
        var word = "Zq" + Guid.NewGuid().ToString("N")[..8];
        var coach = await app.CreateUserAsync(Roles.Coach);
        var person = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id));

        // Listed before the search was saved: the coach saw it when searching, so it is not new.
        app.Clock.SetDay(Day1, 4);
        await OpportunityAsync($"Seen already {word}", Day1);
        app.Clock.SetDay(Day1, 5);
        await SaveAsync(person.Id, coach.Id, new SavedSearch { Words = word, WithinMiles = 10 });

        // Listed after: one that matches, one too far away, one for another word, and one posted ahead for day 3.
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await OpportunityAsync($"Kitchen porter {word}", Day1);
        await OpportunityAsync($"Far away {word}", Day1, latitude: 53.4808, longitude: -2.2426);
        await OpportunityAsync("Kitchen porter elsewhere", Day1);
        await OpportunityAsync($"Café helper {word}", Day1.AddDays(2));

        app.Clock.SetDay(Day1, 6);
        await app.RunTheDayAsync();
        var first = Assert.Single(DigestsTo(coach));
        Assert.Contains("New opportunities for your people's saved searches", first.Text, StringComparison.Ordinal);
        Assert.Contains($"{person.FirstName} {person.LastName}: Kitchen porter {word}", first.Text, StringComparison.Ordinal);
        Assert.Contains($"{EmailAppFixture.SiteBaseUrl}/coach/employers/", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Seen already", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Far away", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere", first.Text, StringComparison.Ordinal);

        Assert.DoesNotContain("Café helper", first.Text, StringComparison.Ordinal);

        // Day 2: nothing new (the café job is not posted yet), so no digest at all.
        app.Clock.SetDay(Day1.AddDays(1), 6);
        await app.RunTheDayAsync();
        Assert.Single(DigestsTo(coach));

        // Day 3: the café job, posted today though entered on day 1, and not the first match again.
        app.Clock.SetDay(Day1.AddDays(2), 6);
        await app.RunTheDayAsync();
        var digests = DigestsTo(coach);
        Assert.Equal(2, digests.Count);
        var second = digests.Single(m => m.Subject == $"Your follow-ups for {Web.Features.Email.EmailDay.Words(Day1.AddDays(2))}");
        Assert.Contains($"Café helper {word}", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"Kitchen porter {word}", second.Text, StringComparison.Ordinal);

        // Day 4: nothing new again.
        app.Clock.SetDay(Day1.AddDays(3), 6);
        await app.RunTheDayAsync();
        Assert.Equal(2, DigestsTo(coach).Count);
    }

    private List<ReceivedEmail> DigestsTo(AppUser coach) =>
        app.Smtp.Messages().Where(m => m.To == coach.Email && m.Subject.StartsWith("Your follow-ups for ", StringComparison.Ordinal)).ToList();

    private async Task SaveAsync(Guid personId, Guid coachId, SavedSearch search)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SavedSearchService>().SaveAsync(personId, search, coachId);
        Assert.True(result.Succeeded);
    }

    private Task<Core.Opportunities.Opportunity> OpportunityAsync(string title, DateOnly postedOn, double latitude = 52.6334, double longitude = -1.13242) =>
        app.TestData.CreateOpportunityAsync(o => o.Titled(title).PostedOn(postedOn).At(latitude, longitude)
            .With(x => (x.CreatedAt, x.UpdatedAt) = (app.Clock.GetUtcNow(), app.Clock.GetUtcNow())));
}
