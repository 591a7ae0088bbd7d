using Employment.Matching;
using Employment.Tests.Infrastructure;
using Employment.Tests.Matching.Fairness;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Matching.Store;

/// <summary>A site that starts with history and no model trains its first one once, however many nodes ask (decision 0064).</summary>
public sealed class FirstModelTests
{
    [Fact]
    public async Task TwoNodesAskingAtOnce_TrainOneModel_WithItsFairnessReport_AndAskingAgainDoesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var empty = database.Context())
        {
            Assert.False(await MatchingService.Create(empty, database.DataSource, TimeProvider.System).WantsFirstModelAsync(CancellationToken.None));
            await FairnessWorld.SeedAsync(empty);
            Assert.True(await MatchingService.Create(empty, database.DataSource, TimeProvider.System).WantsFirstModelAsync(CancellationToken.None));
        }

        async Task<bool> NodeAsync()
        {
            await using var db = database.Context();
            return await MatchingService.Create(db, database.DataSource, TimeProvider.System).TrainFirstModelAsync(CancellationToken.None) is not null;
        }
        var trained = await Task.WhenAll(Task.Run(NodeAsync), Task.Run(NodeAsync));

        Assert.Equal(1, trained.Count(t => t));
        await using var check = database.Context();
        Assert.Equal(1, await check.RankerModels.CountAsync());
        Assert.Equal(1, await check.FairnessReports.CountAsync());
        Assert.False(await NodeAsync());
        Assert.Equal(1, await check.RankerModels.CountAsync());
    }
}
