using System.Text.Json;
using Employment.Core.Matching;
using Employment.Matching;
using Employment.Matching.Features;
using Employment.Matching.Training;
using Employment.Tests.Infrastructure;
using Employment.Tests.Matching.Fairness;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Matching.Store;

/// <summary>
/// A site that starts with history and no model trains its first one once, however many nodes ask (decision 0064); so
/// does one whose models were all trained on features an upgrade has changed (decision 0097).
/// </summary>
public sealed class FirstModelTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

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

    [Fact]
    public async Task AfterAnUpgradeThatChangedTheFeatures_OneModelOnTheNewFeaturesIsTrained_AndAskingAgainDoesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var trained = RankerTrainer.Train(JourneyDecides.Pairs(people: 80, pairsEach: 8, seed: 7), JourneyDecides.Small with { Trees = 20 });
        var older = trained.Model.Info with { FeatureVersion = MatchFeatures.Version - 1 };
        await using (var db = database.Context())
        {
            await FairnessWorld.SeedAsync(db);
            db.RankerModels.Add(new RankerModel
            {
                TrainedAt = older.TrainedAt, Trainer = older.Trainer, IsCurrent = true,
                Model = trained.Model.ToBytes(), Metadata = JsonSerializer.Serialize(older, WebJson),
            });
            await db.SaveChangesAsync();
        }
        await using var check = database.Context();
        var service = MatchingService.Create(check, database.DataSource, TimeProvider.System);
        Assert.True(await service.WantsFirstModelAsync(CancellationToken.None));

        var retrained = await service.TrainFirstModelAsync(CancellationToken.None);

        Assert.NotNull(retrained);
        var newest = await check.RankerModels.AsNoTracking().OrderByDescending(m => m.Id).FirstAsync();
        Assert.True(TrainedModel.ReadsTodaysFeatures(newest.Metadata));
        Assert.Equal(retrained.Outcome.Stored.Version, newest.Id);
        Assert.False(await service.WantsFirstModelAsync(CancellationToken.None));
        Assert.Null(await service.TrainFirstModelAsync(CancellationToken.None));
        Assert.Equal(2, await check.RankerModels.CountAsync());
    }
}
