using System.Text.Json.Serialization;
using Employment.Matching.Features;

namespace Employment.Matching.Training;

/// <summary>What is known about a trained model; written beside the model file as JSON.</summary>
public sealed record ModelInfo
{
    public required string Trainer { get; init; }
    public required DateTimeOffset TrainedAt { get; init; }
    public required int FeatureVersion { get; init; }
    public required IReadOnlyList<string> FeatureNames { get; init; }

    /// <summary>Whether this version of the ranker builds the features the model was trained on, in the same order.</summary>
    [JsonIgnore]
    public bool ReadsTodaysFeatures => FeatureVersion == MatchFeatures.Version && FeatureNames.SequenceEqual(MatchFeatures.Names);
    public required int TrainingPairs { get; init; }
    public required int TrainingCandidates { get; init; }
    public required int HeldOutPairs { get; init; }
    public required int HeldOutCandidates { get; init; }
    public required IReadOnlyList<ScorerMetrics> HeldOutMetrics { get; init; }

    /// <summary>What cross-validation chose, in words; empty for models trained before it did.</summary>
    public string Choice { get; init; } = "";

    public IReadOnlyList<CrossValidated> CrossValidation { get; init; } = [];

    /// <summary>Score = <see cref="TreeWeight"/> × trees + <see cref="RuleWeight"/> × rule score.</summary>
    public double TreeWeight { get; init; } = 1;

    public double RuleWeight { get; init; }

    /// <summary>
    /// For a model that averages several fits (decision 0094), each fit's weight in its trees: trees = Σ weight × that
    /// fit's trees. Empty for a model of one fit, whose trees count once.
    /// </summary>
    public IReadOnlyList<double> FitWeights { get; init; } = [];

    /// <summary>How many fits' trees the model adds up.</summary>
    [JsonIgnore]
    public int Fits => Math.Max(1, FitWeights.Count);

    public double FitWeight(int fit) => FitWeights.Count == 0 ? 1 : FitWeights[fit];

    /// <summary>
    /// Pairs the kept model was fitted on when it was fitted again on everyone after measuring (decision 0087); 0 when
    /// it is the measured fit on the training people alone.
    /// </summary>
    public int RefitPairs { get; init; }

    public int RefitCandidates { get; init; }

    /// <summary>
    /// Whether an ordinal fit ranks pairs by the gain expected of them from its answer to every outcome (decision
    /// 0099); models stored before it rank by the chance of an offer, as they were measured.
    /// </summary>
    public bool RanksByExpectedGain { get; init; }

    /// <summary>The employers' records of the data it was trained on, which the pages rank with (decision 0085).</summary>
    public EmployerRecords Employers { get; init; } = EmployerRecords.None;
}
