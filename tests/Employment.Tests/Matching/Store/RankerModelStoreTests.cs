using Employment.Matching.Store;
using Employment.Matching.Training;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Matching.Store;

[Collection("Database")]
public sealed class RankerModelStoreTests
{
    [Fact]
    public async Task AModelThatBeatsTheRuleScorer_IsPromoted_AndAWorseOneIsStoredButNotPromoted()
    {
        await using var database = await TestDatabase.CreateAsync();
        var good = RankerTrainer.Train(JourneyDecides.Pairs(people: 120, pairsEach: 8, seed: 7), JourneyDecides.Small);

        await using (var db = database.Context())
        {
            var first = await new RankerModelStore(db).StoreAsync(good.Model, good.HeldOut);

            Assert.True(first.Promoted, first.Reason);
            Assert.True(first.Model.NdcgAt10 > first.Rule.NdcgAt10 + 0.1, $"model {first.Model.NdcgAt10:0.000}, rule {first.Rule.NdcgAt10:0.000}");
            Assert.Null(first.PreviousVersion);
        }

        // Trained on outcomes that have nothing to do with the journey, and measured on new people where the journey decides.
        var worse = RankerTrainer.Train(JourneyDecides.Pairs(people: 120, pairsEach: 8, seed: 8, randomGrades: true), JourneyDecides.Small);
        var newHeldOut = JourneyDecides.Pairs(people: 40, pairsEach: 8, seed: 99, prefix: "H");
        await using (var db = database.Context())
        {
            var store = new RankerModelStore(db);
            var second = await store.StoreAsync(worse.Model, newHeldOut);

            Assert.False(second.Promoted);
            Assert.Equal(1, second.PreviousVersion);
            Assert.True(second.PreviousNdcgAt10 > second.Model.NdcgAt10, $"current {second.PreviousNdcgAt10:0.000}, new {second.Model.NdcgAt10:0.000}");
            Assert.Contains("did not beat", second.Reason, StringComparison.Ordinal);
            Assert.Equal(1, (await store.LoadCurrentAsync())!.Version);
        }

        await using (var db = database.Context())
        {
            var rows = await db.RankerModels.OrderBy(m => m.Id).ToListAsync();
            Assert.Equal([true, false], rows.Select(r => r.IsCurrent));
            Assert.All(rows, r => Assert.NotEmpty(r.Model));
            Assert.Equal(good.Model.Info.TrainingPairs, rows[0].TrainingPairs);
        }
    }

    [Fact]
    public async Task TheCurrentModel_ScoresAsBeforeItWasStored()
    {
        await using var database = await TestDatabase.CreateAsync();
        var trained = RankerTrainer.Train(JourneyDecides.Pairs(people: 60, pairsEach: 6, seed: 3), JourneyDecides.Small with { Trees = 20 });
        await using var db = database.Context();
        var store = new RankerModelStore(db);
        await store.StoreAsync(trained.Model, trained.HeldOut);

        var loaded = await store.LoadCurrentAsync();
        var probes = JourneyDecides.Pairs(people: 2, pairsEach: 5, seed: 9).Select(p => p.Features).ToList();

        Assert.Equal(trained.Model.Score(probes), loaded!.Model.Score(probes));
        Assert.Equal(trained.Model.Info.Trainer, loaded.Model.Info.Trainer);
    }
}
