using Employment.Core.Data;
using Employment.Matching.Features;
using Employment.Matching.Training;

namespace Employment.Matching.Store;

/// <summary>Trains on the database's placement history and coaches' verdicts, then stores the kept model and promotes it if it earns it.</summary>
public static class RankerRetrainer
{
    public static async Task<RetrainOutcome> RunAsync(EmploymentDbContext db, RankerOptions options, CancellationToken cancellationToken = default)
    {
        var (pairs, employers) = await DatabaseTrainingSet.LoadWithEmployersAsync(db, SocHierarchy.FromReference(), cancellationToken);
        if (pairs.Count == 0)
        {
            throw new InvalidOperationException("There is no placement history or coach's verdict in the database yet, so there is nothing to learn from: the rule scorer stays in charge.");
        }
        var trained = RankerTrainer.Train(pairs, options);
        var training = trained with { Model = trained.Model.WithEmployers(employers) };
        var stored = await new RankerModelStore(db).StoreAsync(training.Model, training.HeldOut, cancellationToken);
        return new RetrainOutcome(pairs.Count, training, stored);
    }
}
