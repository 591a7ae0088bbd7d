using System.Globalization;
using Employment.Core.Data;
using Employment.Core.Matching;
using Employment.Matching.Data;
using Employment.Matching.Scoring;
using Employment.Matching.Training;
using Microsoft.EntityFrameworkCore;

namespace Employment.Matching.Store;

/// <summary>
/// Keeps every trained model in ranker_models with its held-out figures, and makes a new one current only if,
/// on its own held-out people, it beats both the rule scorer and the current model scored on those same people.
/// </summary>
public sealed class RankerModelStore(EmploymentDbContext db)
{
    // Two retrains at once must not both read the same current model and both promote.
    private const long PromotionLock = 0x52616e6b6572;

    public async Task<StoreOutcome> StoreAsync(TrainedModel model, IReadOnlyList<FeaturedPair> heldOut, CancellationToken cancellationToken = default)
    {
        var mine = Evaluation.Measure(model, heldOut);
        var rule = Evaluation.Measure(new RuleScorer(), heldOut);
        var random = Evaluation.Measure(new RandomScorer(new RankerOptions().Seed), heldOut) with { Scorer = RankerTrainer.RandomName };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PromotionLock})", cancellationToken);
        var current = await LoadCurrentOrNoneAsync(cancellationToken);
        double? currentNdcg = current is null ? null : Evaluation.Measure(current.Model, heldOut).NdcgAt10;

        // NaN (no held-out person with different outcomes) compares false, so such a model is never promoted.
        var beatsRule = mine.NdcgAt10 > rule.NdcgAt10;
        var beatsCurrent = currentNdcg is not { } previous || mine.NdcgAt10 > previous;
        var promote = beatsRule && beatsCurrent;
        if (promote)
        {
            await db.RankerModels.Where(m => m.IsCurrent).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsCurrent, false), cancellationToken);
        }
        var row = new RankerModel
        {
            TrainedAt = model.Info.TrainedAt,
            Trainer = model.Info.Trainer,
            TrainingPairs = model.Info.TrainingPairs,
            TrainingPeople = model.Info.TrainingCandidates,
            HeldOutPeople = model.Info.HeldOutCandidates,
            NdcgAt5 = mine.NdcgAt5,
            NdcgAt10 = mine.NdcgAt10,
            RuleNdcgAt5 = rule.NdcgAt5,
            RuleNdcgAt10 = rule.NdcgAt10,
            RandomNdcgAt10 = random.NdcgAt10,
            IsCurrent = promote,
            Model = model.ToBytes(),
            Metadata = model.InfoJson(),
        };
        db.RankerModels.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var reason = promote ? "it beat the rule scorer" + (current is null ? " and no model was current" : $" and model v{current.Version}")
            : !beatsRule ? "it did not beat the rule scorer"
            : $"it did not beat model v{current!.Version} ({Figure(currentNdcg!.Value)} on the same held-out people)";
        return new StoreOutcome(row.Id, promote, mine, rule, random, current?.Version, currentNdcg, reason);
    }

    public async Task<CurrentModel?> LoadCurrentAsync(CancellationToken cancellationToken = default)
    {
        var row = await db.RankerModels.AsNoTracking().Where(m => m.IsCurrent)
            .Select(m => new { m.Id, m.Model, m.Metadata }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new CurrentModel(row.Id, TrainedModel.FromBytes(row.Model, row.Metadata));
    }

    /// <summary>A current model trained on older features cannot be compared on today's, so a new model only has to beat the rule scorer.</summary>
    private async Task<CurrentModel?> LoadCurrentOrNoneAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await LoadCurrentAsync(cancellationToken);
        }
        catch (DatasetUnreadableException)
        {
            return null;
        }
    }

    /// <summary>The current version without its bytes: a cheap check for a newer model; 0 when none is current.</summary>
    public Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default) =>
        db.RankerModels.Where(m => m.IsCurrent).Select(m => m.Id).SingleOrDefaultAsync(cancellationToken);

    public Task<bool> AnyStoredAsync(CancellationToken cancellationToken = default) => db.RankerModels.AnyAsync(cancellationToken);

    /// <summary>
    /// Whether the newest stored model was trained on the features this version of the ranker builds: false when none
    /// is stored, or when the features have changed since the newest was trained (decision 0097).
    /// </summary>
    public async Task<bool> NewestReadsTodaysFeaturesAsync(CancellationToken cancellationToken = default)
    {
        var metadata = await db.RankerModels.AsNoTracking().OrderByDescending(m => m.Id).Select(m => m.Metadata).FirstOrDefaultAsync(cancellationToken);
        return metadata is not null && TrainedModel.ReadsTodaysFeatures(metadata);
    }

    private static string Figure(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
