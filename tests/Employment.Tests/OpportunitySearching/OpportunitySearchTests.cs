using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Opportunities.Search;
using Employment.Core.Reference;
using Employment.Core.Reference.Occupations;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.OpportunitySearching;

/// <summary>Each filter of the coach's opportunity search narrows the open opportunities of every employer, on real PostgreSQL.</summary>
public sealed class OpportunitySearchTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly SearchOrigin Leicester = new(52.6334, -1.13242, "LE1");
    private static readonly SearchOrigin Nottingham = new(52.9546, -1.14749, "NG1");

    /// <summary>
    /// Five open opportunities sharing a made-up word (so other tests' opportunities stay out), and three that must never
    /// be found: one closed, one past its closing date, one from an employer not yet approved.
    /// </summary>
    private async Task<World> WorldAsync()
    {
        var word = "Zq" + Guid.NewGuid().ToString("N")[..8];
        var today = TestData.Today;
        var committed = await app.TestData.CreateEmployerAsync(e => e.DisabilityConfident(DisabilityConfidentLevel.Committed, today.AddYears(-1), null));
        var leader = await app.TestData.CreateEmployerAsync(e => e.DisabilityConfident(DisabilityConfidentLevel.Leader, today.AddYears(-1), today.AddYears(1)));
        var lapsedLeader = await app.TestData.CreateEmployerAsync(e => e.DisabilityConfident(DisabilityConfidentLevel.Leader, today.AddYears(-3), today.AddDays(-1)));
        var none = await app.TestData.CreateEmployerAsync(e => e.DisabilityConfident(DisabilityConfidentLevel.None, null, null));
        var pending = await app.TestData.CreateEmployerAsync(e => e.Pending());

        // Leicester itself, about 5 km south, and Nottingham (about 36 km north).
        var kitchen = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(committed.Id).Titled($"Kitchen porter {word}").Hours(20).At(52.6334, -1.13242));
        var chef = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(leader.Id).Titled($"Trainee cook {word}").InSocGroup("5434")
            .OfKind(OpportunityKind.Apprenticeship).Paying(7.55m, PayBand.Apprentice).Hours(30).ClosesOn(today.AddDays(5)).At(52.5880, -1.1300));
        var shop = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(none.Id).Titled($"Helper {word}").Described("Stack shelves and help customers")
            .InSocGroup("7111").OfKind(OpportunityKind.Volunteering).Hours(10).ClosesOn(today.AddDays(40)).At(52.9546, -1.14749));
        var care = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(lapsedLeader.Id).Titled($"Care helper {word}").InSocGroup("6131")
            .Hours(37.5m).ClosesOn(today).At(52.6400, -1.1400));
        var noPlace = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(committed.Id).Titled($"Office junior {word}").InSocGroup("7111").Hours(16).WithoutSite());

        await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(committed.Id).Titled($"Closed {word}").ClosedOn(today.AddDays(-1)));
        await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(committed.Id).Titled($"Past closing {word}").ClosesOn(today.AddDays(-1)));
        await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(pending.Id).Titled($"Not approved {word}"));
        return new World(word, kitchen.Id, chef.Id, shop.Id, care.Id, noPlace.Id);
    }

    private sealed record World(string Word, Guid Kitchen, Guid Chef, Guid Shop, Guid Care, Guid NoPlace)
    {
        public Guid[] AllOpen => [Kitchen, Chef, Shop, Care, NoPlace];
    }

    private Task<List<OpportunityHit>> FindAsync(OpportunitySearchCriteria criteria) => app.WithDbAsync(db =>
        new OpportunitySearch(db, new PostcodeLocator(db), new RankedOccupationFinder()).Find(criteria, TestData.Today).ToListAsync());

    private async Task<Guid[]> IdsAsync(OpportunitySearchCriteria criteria) => [.. (await FindAsync(criteria)).Select(h => h.Id)];

    [Fact]
    public async Task OnlyOpenOpportunitiesOfApprovedEmployersAreFound_SoonestClosingFirst()
    {
        var w = await WorldAsync();

        var found = await IdsAsync(new() { Words = w.Word });

        Assert.Equal([w.Care, w.Chef, w.Shop], found[..3]);
        Assert.Equal(w.AllOpen.Order(), found.Order());
    }

    [Fact]
    public async Task KindNarrowsToThatKind()
    {
        var w = await WorldAsync();

        Assert.Equal([w.Chef], await IdsAsync(new() { Words = w.Word, Kind = OpportunityKind.Apprenticeship }));
        Assert.Equal([w.Shop], await IdsAsync(new() { Words = w.Word, Kind = OpportunityKind.Volunteering }));
    }

    [Fact]
    public async Task EveryWordMustMatchTheTitleDescriptionOrOccupation_PluralsAndCaseAside()
    {
        var w = await WorldAsync();

        // "Chefs" is only in the SOC occupation title of the trainee cook; "shelves" only in the helper's description;
        // "retail assistants" in the occupation title (7111) of the helper and the office junior.
        Assert.Equal([w.Chef], await IdsAsync(new() { Words = $"{w.Word} CHEFS" }));
        Assert.Equal([w.Shop], await IdsAsync(new() { Words = $"{w.Word} shelves" }));
        Assert.Equal(new[] { w.Shop, w.NoPlace }.Order(), (await IdsAsync(new() { Words = $"{w.Word} retail assistants" })).Order());
        Assert.Equal(new[] { w.Shop, w.Care }.Order(), (await IdsAsync(new() { Words = $"{w.Word} helpers" })).Order());
        Assert.Empty(await IdsAsync(new() { Words = $"{w.Word} plumber" }));
    }

    [Fact]
    public async Task AnEverydayWordFindsOpportunitiesInTheOccupationItMeans()
    {
        var w = await WorldAsync();

        // No text says "shop" or "cafe": the helper and the office junior are sales and retail assistants (7111), the
        // kitchen porter a kitchen and catering assistant (9263), which a cafe also employs. Nobody is a barista (9266).
        Assert.Equal(new[] { w.Shop, w.NoPlace }.Order(), (await IdsAsync(new() { Words = $"{w.Word} shop" })).Order());
        Assert.Equal([w.Kitchen], await IdsAsync(new() { Words = $"{w.Word} cafe" }));
        Assert.Empty(await IdsAsync(new() { Words = $"{w.Word} barista" }));
    }

    [Fact]
    public async Task HostileWordsAreReadAsLettersOnly()
    {
        var w = await WorldAsync();

        Assert.Equal(["kitchen", "porter"], OpportunitySearch.WordsOf("<b>Kitchen</b>%_porter';--"));
        Assert.Equal([w.Kitchen], await IdsAsync(new() { Words = $"{w.Word} %kitchen'); --" }));
    }

    [Fact]
    public async Task APlaceOrdersNearestFirst_AndADistanceLeavesOutTheFarOnes()
    {
        var w = await WorldAsync();

        var fromLeicester = await FindAsync(new() { Words = w.Word, From = Leicester });
        Assert.Equal([w.Kitchen, w.Care, w.Chef, w.Shop, w.NoPlace], fromLeicester.Select(h => h.Id));
        Assert.Equal(0, fromLeicester[0].Miles!.Value, 2);
        Assert.InRange(fromLeicester[3].Miles!.Value, 21, 24);

        Assert.Equal([w.Shop, w.Care, w.Kitchen, w.Chef, w.NoPlace], await IdsAsync(new() { Words = w.Word, From = Nottingham }));
        Assert.Equal([w.Kitchen, w.Care, w.Chef], await IdsAsync(new() { Words = w.Word, From = Leicester, WithinMiles = 5 }));
        Assert.Equal([w.Kitchen, w.Care], await IdsAsync(new() { Words = w.Word, From = Leicester, WithinMiles = 2 }));
    }

    [Fact]
    public async Task HoursRangeIsInclusive()
    {
        var w = await WorldAsync();

        Assert.Equal(new[] { w.Kitchen, w.NoPlace }.Order(), (await IdsAsync(new() { Words = w.Word, HoursMin = 16, HoursMax = 20 })).Order());
        Assert.Equal(new[] { w.Chef, w.Care }.Order(), (await IdsAsync(new() { Words = w.Word, HoursMin = 30 })).Order());
        Assert.Equal([w.Shop], await IdsAsync(new() { Words = w.Word, HoursMax = 15 }));
    }

    [Fact]
    public async Task MinimumDisabilityConfidentLevel_CountsHigherLevels_AndNotMembershipsThatHaveRunOut()
    {
        var w = await WorldAsync();

        Assert.Equal(new[] { w.Kitchen, w.Chef, w.NoPlace }.Order(), (await IdsAsync(new() { Words = w.Word, MinimumLevel = DisabilityConfidentLevel.Committed })).Order());
        Assert.Equal([w.Chef], await IdsAsync(new() { Words = w.Word, MinimumLevel = DisabilityConfidentLevel.Employer }));
        Assert.Equal([w.Chef], await IdsAsync(new() { Words = w.Word, MinimumLevel = DisabilityConfidentLevel.Leader }));
    }

    [Fact]
    public async Task ClosingSoonKeepsThoseClosingWithinTheDays_AndLeavesOutThoseWithNoClosingDate()
    {
        var w = await WorldAsync();

        Assert.Equal([w.Care], await IdsAsync(new() { Words = w.Word, ClosingWithinDays = 1 }));
        Assert.Equal([w.Care, w.Chef], await IdsAsync(new() { Words = w.Word, ClosingWithinDays = 5 }));
        Assert.Equal([w.Care, w.Chef, w.Shop], await IdsAsync(new() { Words = w.Word, ClosingWithinDays = 60 }));
    }
}
