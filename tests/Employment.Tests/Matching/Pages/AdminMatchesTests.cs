using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Matching.Pages;

public sealed class AdminMatchesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Administrator_SeesSuggestionsButCannotProposeOrTurnThemDown()
    {
        var world = MatchWorld.Centre(11);
        var (client, _) = await MatchPages.SignedInAsync(app, Roles.Admin);
        var person = await app.WithDbAsync(db => world.PersonAsync(db, coachId: null));
        var job = await app.WithDbAsync(db => MatchWorld.OpportunityAsync(db, world, "Fitting job", 0.01));

        var page = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}/matches"));

        Assert.Equal(["Fitting job"], MatchPages.CardTitles(page));
        var card = MatchPages.Card(page, job.Id, person.Id)!;
        Assert.Empty(card.QuerySelectorAll("form[action$='/propose']"));
        Assert.Empty(card.QuerySelectorAll("a[href$='/not-suitable']"));
    }
}
