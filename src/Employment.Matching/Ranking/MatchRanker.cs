using Employment.Core.Data;
using Employment.Matching.Data;
using Employment.Matching.Features;
using Employment.Matching.Scoring;
using Employment.Matching.Store;
using Employment.Matching.Training;

namespace Employment.Matching.Ranking;

/// <summary>
/// Scores matches with the current stored model, or the rule scorer when there is none. One instance serves every
/// request: the model scores through a fresh data view per call (no shared PredictionEngine), and the database is
/// asked for a newer current version at most once a <see cref="CheckEvery"/>.
/// </summary>
public sealed class MatchRanker(Func<EmploymentDbContext> openDb, TimeProvider time)
{
    public const string NoModelYet = "rule scorer (no model yet)";
    public const string ModelDidNotBeatIt = "rule scorer (the model did not beat it)";
    public const string ModelOutOfDate = "rule scorer (the stored model was trained on older features: it ranks again after the next retrain)";
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    private static readonly RuleScorer Rule = new();
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile State? _state;

    /// <summary>
    /// Builds the features with the employers' records of the scorer ranking now (those of the data a model was trained
    /// on, decision 0085; none for the rule scorer, which does not use them) and scores them with that same scorer. The
    /// scorer is read once, so a model promoted in between cannot score features built with the one before's records.
    /// </summary>
    /// <param name="build">Builds what the caller needs from the records, features among it.</param>
    /// <param name="featuresOf">The features to score, from what <paramref name="build"/> made.</param>
    public async Task<(T Built, RankedScores Scores)> BuildAndScoreAsync<T>(Func<EmployerRecords, T> build, Func<T, IReadOnlyList<MatchFeatures>> featuresOf, CancellationToken cancellationToken = default)
    {
        var state = await CurrentAsync(cancellationToken);
        var built = build(state.Scorer is TrainedModel model ? model.Info.Employers : EmployerRecords.None);
        var scores = state.Scorer.Score(featuresOf(built));
        return (built, new RankedScores(scores, state.RankedBy, state.Version == 0 ? null : state.Version, state.Scorer as IFactorExplainer, state.TrainedAt));
    }

    /// <summary>Which scorer is ranking now, in words: "model v3" or "rule scorer (…)".</summary>
    public async Task<string> RankedByAsync(CancellationToken cancellationToken = default) => (await CurrentAsync(cancellationToken)).RankedBy;

    private async Task<State> CurrentAsync(CancellationToken cancellationToken)
    {
        var state = _state;
        if (state is not null && !IsDue(state))
        {
            return state;
        }
        // While one request checks, the others keep ranking with what is loaded rather than wait.
        if (state is not null && !await _refresh.WaitAsync(0, cancellationToken))
        {
            return state;
        }
        if (state is null)
        {
            await _refresh.WaitAsync(cancellationToken);
        }
        try
        {
            state = _state;
            if (state is not null && !IsDue(state))
            {
                return state;
            }
            var next = await LoadAsync(state, cancellationToken);
            _state = next;
            return next;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private bool IsDue(State state) => time.GetUtcNow() - state.CheckedAt >= CheckEvery;

    private async Task<State> LoadAsync(State? loaded, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = openDb();
        var store = new RankerModelStore(db);
        var version = await store.CurrentVersionAsync(cancellationToken);
        if (loaded is not null && version != 0 && version == loaded.Version)
        {
            return loaded with { CheckedAt = now };
        }
        if (loaded is not null && version != 0 && version == loaded.OutOfDateVersion)
        {
            return loaded with { CheckedAt = now };
        }
        CurrentModel? current;
        try
        {
            current = version == 0 ? null : await store.LoadCurrentAsync(cancellationToken);
        }
        catch (DatasetUnreadableException)
        {
            // A model from an older feature set cannot read today's features; rank by rules until a retrain replaces it.
            return new State(Rule, 0, ModelOutOfDate, now, OutOfDateVersion: version);
        }
        if (current is not null)
        {
            return new State(current.Model, current.Version, $"model v{current.Version}", now, TrainedAt: current.Model.Info.TrainedAt);
        }
        return new State(Rule, 0, await store.AnyStoredAsync(cancellationToken) ? ModelDidNotBeatIt : NoModelYet, now);
    }

    /// <param name="OutOfDateVersion">The current version when it could not be loaded, so it is not read again every minute.</param>
    private sealed record State(IMatchScorer Scorer, int Version, string RankedBy, DateTimeOffset CheckedAt, int OutOfDateVersion = 0, DateTimeOffset? TrainedAt = null);
}
