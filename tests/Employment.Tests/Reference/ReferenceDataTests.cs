using Employment.Core.Data;
using Employment.Core.Reference;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Reference;

public sealed class ReferenceDataTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private EmploymentDbContext Db() => _database.Context();

    [Fact]
    public async Task Soc2020_HasAll412UnitGroupsInNineMajorGroups()
    {
        await using var db = Db();
        Assert.Equal(412, await db.SocUnitGroups.CountAsync());
        Assert.Equal(9, await db.SocUnitGroups.Select(s => s.MajorGroup).Distinct().CountAsync());
        var groundworkers = await db.SocUnitGroups.SingleAsync(s => s.Code == "9121");
        Assert.Equal("912", groundworkers.MinorGroup);
        Assert.Equal("91", groundworkers.SubMajorGroup);
        Assert.Equal("9", groundworkers.MajorGroup);
        Assert.Equal("Elementary occupations", groundworkers.MajorGroupTitle);
        Assert.True(await db.SocUnitGroups.AllAsync(s => s.Code.StartsWith(s.MinorGroup) && s.MinorGroup.StartsWith(s.SubMajorGroup) && s.SubMajorGroup.StartsWith(s.MajorGroup)));
    }

    [Fact]
    public async Task Vocabularies_MatchTheInterchangeLists()
    {
        await using var db = Db();
        Assert.Equal(ReferenceCsv.Read("skills.csv").Count, await db.Skills.CountAsync());
        Assert.Equal(ReferenceCsv.Read("adjustments.csv").Count, await db.Adjustments.CountAsync());
        Assert.Equal("Help to learn the journey to work", (await db.Adjustments.SingleAsync(a => a.Tag == "travel_training")).Label);
    }

    [Theory]
    [InlineData("E06000016", "Leicester")]
    [InlineData("E10000018", "Leicestershire")]
    [InlineData("E06000017", "Rutland")]
    [InlineData("E06000021", "Stoke-on-Trent")]
    [InlineData("E10000028", "Staffordshire")]
    public async Task LocalAuthorities_IncludeTheLaunchCouncils(string onsCode, string name)
    {
        await using var db = Db();
        Assert.Equal(name, (await db.LocalAuthorities.SingleAsync(l => l.OnsCode == onsCode)).Name);
    }

    [Fact]
    public async Task Loader_RunTwice_ChangesNothing()
    {
        await using var db = Db();
        var before = (await db.SocUnitGroups.CountAsync(), await db.PostcodeDistricts.CountAsync(), await db.LocalAuthorities.CountAsync());

        await new ReferenceDataLoader(db).LoadAsync();

        Assert.Equal(before, (await db.SocUnitGroups.CountAsync(), await db.PostcodeDistricts.CountAsync(), await db.LocalAuthorities.CountAsync()));
        Assert.True(before.Item2 > 2500, $"expected the UK's postcode districts, found {before.Item2}");
    }

    [Theory]
    [InlineData("le1 6zg", "LE1 6ZG", 52.63, -1.13)]
    [InlineData("ST4 1AB", "ST4 1AB", 53.00, -2.18)]
    [InlineData("LE15", "LE15", 52.67, -0.72)]
    public async Task Postcode_ResolvesOfflineToItsDistrictCentroid(string typed, string normalised, double latitude, double longitude)
    {
        await using var db = Db();

        var location = await new PostcodeLocator(db).LocateAsync(typed);

        Assert.NotNull(location);
        Assert.Equal(normalised, location.Postcode);
        Assert.InRange(location.Latitude, latitude - 0.05, latitude + 0.05);
        Assert.InRange(location.Longitude, longitude - 0.05, longitude + 0.05);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a postcode")]
    [InlineData("ZZ99 9ZZ")]
    public async Task Postcode_ThatDoesNotExist_ResolvesToNothing(string typed)
    {
        await using var db = Db();
        Assert.Null(await new PostcodeLocator(db).LocateAsync(typed));
    }
}
