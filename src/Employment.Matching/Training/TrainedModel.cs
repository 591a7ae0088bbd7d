using System.IO.Compression;
using System.Text.Json;
using Employment.Matching.Data;
using Employment.Matching.Features;
using Employment.Matching.Scoring;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Employment.Matching.Training;

/// <summary>
/// A trained ranking model and what is known about it: one fit's trees, or several fits' averaged (decision 0094).
/// Scoring never shares a PredictionEngine, so one instance can serve many requests at once.
/// </summary>
public sealed class TrainedModel : IMatchScorer, IFactorExplainer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Each fit's ML.NET model, in the order of <see cref="ModelInfo.FitWeights"/>.</summary>
    private readonly IReadOnlyList<ITransformer> _fits;

    /// <summary>Each fit's trees walked directly (the same scores, without a data view per batch), or null to score through Transform.</summary>
    private readonly TreeEnsembleScorer[]? _trees;

    public TrainedModel(ITransformer transformer, ModelInfo info) : this([transformer], info)
    {
    }

    public TrainedModel(IReadOnlyList<ITransformer> fits, ModelInfo info)
    {
        if (fits.Count != info.Fits)
        {
            throw new ArgumentException($"The model has {fits.Count} fits but weights for {info.Fits}.", nameof(fits));
        }
        _fits = fits;
        Info = info;
        var walkers = fits.Select(f => TreeEnsembleScorer.From(f, byExpectedGain: info.RanksByExpectedGain)).ToArray();
        _trees = walkers.Any(w => w is null) ? null : walkers.Select(w => w!).ToArray();
    }

    /// <summary>Whether scoring walks the trees directly rather than through ML.NET's Transform.</summary>
    internal bool WalksTreesDirectly => _trees is not null;

    public ModelInfo Info { get; }

    public string Name => Info.Trainer;

    /// <summary>The same trees described by <paramref name="info"/>, whose weights must be this model's.</summary>
    internal TrainedModel WithInfo(ModelInfo info) => new(_fits, info);

    /// <summary>The same trees carrying the employers' records of the data they were trained on.</summary>
    public TrainedModel WithEmployers(EmployerRecords employers) => WithInfo(Info with { Employers = employers });

    public float[] Score(IReadOnlyList<MatchFeatures> pairs)
    {
        if (pairs.Count == 0)
        {
            return [];
        }
        var parts = pairs.Count < (_trees is null ? ParallelThroughTransformFrom : ParallelFrom) ? 1 : Environment.ProcessorCount;
        if (parts <= 1)
        {
            return ScoreRange(pairs, 0, pairs.Count);
        }
        // Big batches, and a page's 2,000 pairs, are cut into one contiguous part per core; every row is scored by the
        // same trees either way, so the scores are the same as in one pass.
        var scores = new float[pairs.Count];
        var size = (pairs.Count + parts - 1) / parts;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var start = part * size;
            var count = Math.Min(size, pairs.Count - start);
            if (count > 0)
            {
                ScoreRange(pairs, start, count).CopyTo(scores, start);
            }
        });
        return scores;
    }

    /// <summary>
    /// How much each factor moved this pair's score: the trees' per-feature contributions (times the blend's tree
    /// weight) by factor, plus the rule scorer's terms times its weight. Only for the pairs a page shows, never the
    /// batch. A model whose trees cannot be walked directly (categorical splits) explains by the rule scorer's terms.
    /// </summary>
    public FactorContributions Contributions(MatchFeatures pair)
    {
        if (_trees is null)
        {
            return FactorContributions.FromRule(pair);
        }
        var perFeature = new double[MatchFeatures.Count];
        TreeContributions(pair, perFeature);
        for (var i = 0; i < perFeature.Length; i++)
        {
            perFeature[i] *= Info.TreeWeight;
        }
        return FactorContributions.FromFeatures(perFeature, pair, Info.RuleWeight);
    }

    /// <summary>The trees' own per-feature contributions (unweighted), added to <paramref name="perFeature"/>; returns their bias.</summary>
    internal double TreeContributions(MatchFeatures pair, double[] perFeature)
    {
        if (_trees is null)
        {
            throw new InvalidOperationException("This model's trees are scored through ML.NET, not walked.");
        }
        var row = pair.ToVector();
        // Each fit's credits count by its weight, as its trees do in the score (1 for a model of one fit).
        var bias = 0.0;
        var fitCredits = new double[perFeature.Length];
        for (var f = 0; f < _trees.Length; f++)
        {
            Array.Clear(fitCredits);
            var weight = Info.FitWeight(f);
            bias += weight * _trees[f].Contributions(row, fitCredits);
            for (var i = 0; i < perFeature.Length; i++)
            {
                perFeature[i] += weight * fitCredits[i];
            }
        }
        return bias;
    }

    /// <summary>
    /// Pairs copied out and scored 64 at a time: 64 rows of 100 numbers stay within a core's 32 KB first-level cache,
    /// whether QuickScorer takes them one by one or, for trees too big for it, each tree is walked by all of them.
    /// </summary>
    private const int BlockRows = 64;

    /// <summary>
    /// Pairs fewer than this are scored on the calling thread. A page's 2,000 pairs are split between the cores, which
    /// took a page ranked by a small council's five fits from 27 to 23 ms (median; decision 0095).
    /// </summary>
    public const int ParallelFrom = 1_000;

    /// <summary>Through ML.NET each part needs its own data view, which only a big batch repays.</summary>
    public const int ParallelThroughTransformFrom = 20_000;

    private float[] ScoreRange(IReadOnlyList<MatchFeatures> pairs, int start, int count)
    {
        if (_trees is null)
        {
            return ScoreThroughTransform(pairs, start, count);
        }
        var scores = new float[count];
        const int width = FeatureRow.FeatureCount;
        var rows = new float[BlockRows * width];
        var sums = new double[BlockRows];
        var fitted = new double[BlockRows];
        var treeWeight = Info.TreeWeight;
        for (var from = 0; from < count; from += BlockRows)
        {
            var block = Math.Min(BlockRows, count - from);
            for (var i = 0; i < block; i++)
            {
                pairs[start + from + i].CopyTo(rows.AsSpan(i * width, width));
            }
            if (treeWeight != 0)
            {
                Array.Clear(fitted);
                for (var f = 0; f < _trees.Length; f++)
                {
                    _trees[f].ScoreRows(rows, width, block, sums);
                    var weight = Info.FitWeight(f);
                    for (var i = 0; i < block; i++)
                    {
                        // As ML.NET gives each fit's score: its trees' sum in float.
                        fitted[i] += weight * (float)sums[i];
                    }
                }
            }
            for (var i = 0; i < block; i++)
            {
                scores[from + i] = Blended(treeWeight == 0 ? 0 : (float)fitted[i], pairs[start + from + i]);
            }
        }
        return scores;
    }

    /// <summary>The pair's score from its trees' (weighted fits') sum: that alone, or blended with the rule scorer's.</summary>
    private float Blended(float trees, MatchFeatures pair) =>
        Info.RuleWeight == 0 ? trees : (float)(Info.TreeWeight * trees + Info.RuleWeight * RuleScorer.ScoreOne(pair));

    /// <summary>ML.NET's own scoring, through a fresh data view: the reference the direct tree walk must equal.</summary>
    internal float[] ScoreThroughTransform(IReadOnlyList<MatchFeatures> pairs, int start, int count)
    {
        var context = new MLContext();
        var fitted = new double[count];
        for (var f = 0; f < _fits.Count; f++)
        {
            var i = 0;
            foreach (var score in FitScoresThroughTransform(context, _fits[f], pairs, start, count))
            {
                fitted[i++] += Info.FitWeight(f) * score;
            }
        }
        var scores = new float[count];
        for (var i = 0; i < count; i++)
        {
            scores[i] = Blended((float)fitted[i], pairs[start + i]);
        }
        return scores;
    }

    /// <summary>One fit's scores through ML.NET: its output, or, ranking by expected gain, that score from its output asked about each outcome.</summary>
    private IEnumerable<float> FitScoresThroughTransform(MLContext context, ITransformer fit, IReadOnlyList<MatchFeatures> pairs, int start, int count)
    {
        var odds = Info.RanksByExpectedGain ? TreeEnsembleScorer.OddsOf(fit) : null;
        if (odds is null)
        {
            return fit.Transform(context.Data.LoadFromEnumerable(Rows(pairs, start, count))).GetColumn<float>("Score");
        }
        var asked = ExpectedGain.Asked
            .Select(value => fit.Transform(context.Data.LoadFromEnumerable(Rows(pairs, start, count, value))).GetColumn<float>("Score").ToArray())
            .ToArray();
        return Enumerable.Range(0, count).Select(i => (float)ExpectedGain.Score(asked.Select(a => a[i]).ToArray(), odds.Value));
    }

    /// <summary>
    /// One row object refilled for each pair: the single cursor that reads this view copies the vector out before
    /// it moves on, so no row or array is allocated per pair.
    /// </summary>
    private static IEnumerable<FeatureRow> Rows(IReadOnlyList<MatchFeatures> pairs, int start, int count, float asked = MatchFeatures.PairsOutcomeThreshold)
    {
        var row = new FeatureRow { Features = new float[FeatureRow.FeatureCount] };
        for (var i = start; i < start + count; i++)
        {
            pairs[i].CopyTo(row.Features);
            row.Features[MatchFeatures.OutcomeThresholdIndex] = asked;
            yield return row;
        }
    }

    public static string InfoPath(string modelPath) => modelPath + ".json";

    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        File.WriteAllBytes(path, ToBytes());
        File.WriteAllText(InfoPath(path), JsonSerializer.Serialize(Info, Json));
    }

    /// <summary>
    /// The ML.NET model zip, for storing in the database; for several fits, a zip holding each fit's ML.NET zip
    /// (<see cref="FitEntry"/>), which <see cref="ModelInfo.Fits"/> says to expect.
    /// </summary>
    public byte[] ToBytes()
    {
        var context = new MLContext();
        var schema = context.Data.LoadFromEnumerable(Array.Empty<FeatureRow>()).Schema;
        using var stream = new MemoryStream();
        if (_fits.Count == 1)
        {
            context.Model.Save(_fits[0], schema, stream);
            return stream.ToArray();
        }
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var f = 0; f < _fits.Count; f++)
            {
                using var fit = new MemoryStream();
                context.Model.Save(_fits[f], schema, fit);
                using var entry = archive.CreateEntry(FitEntry(f), CompressionLevel.NoCompression).Open();
                fit.Position = 0;
                fit.CopyTo(entry);
            }
        }
        return stream.ToArray();
    }

    private static string FitEntry(int fit) => $"fit-{fit + 1}.zip";

    /// <summary>The fits stored by <see cref="ToBytes"/>, as many as <paramref name="info"/> says.</summary>
    private static IReadOnlyList<ITransformer> ReadFits(Stream stream, ModelInfo info)
    {
        var context = new MLContext();
        if (info.Fits == 1)
        {
            return [context.Model.Load(stream, out _)];
        }
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        return Enumerable.Range(0, info.Fits).Select(f =>
        {
            var entry = archive.GetEntry(FitEntry(f)) ?? throw new InvalidDataException($"the fit {FitEntry(f)} is missing");
            using var fit = new MemoryStream();
            using (var read = entry.Open())
            {
                read.CopyTo(fit);
            }
            fit.Position = 0;
            return context.Model.Load(fit, out _);
        }).ToList();
    }

    public string InfoJson() => JsonSerializer.Serialize(Info, Json);

    /// <summary>Whether a model stored with this <see cref="InfoJson"/> can score today's features (without reading the model).</summary>
    public static bool ReadsTodaysFeatures(string infoJson) => JsonSerializer.Deserialize<ModelInfo>(infoJson, Json)?.ReadsTodaysFeatures == true;

    /// <summary>A model stored by <see cref="ToBytes"/> with its <see cref="InfoJson"/>.</summary>
    public static TrainedModel FromBytes(byte[] model, string infoJson)
    {
        var info = JsonSerializer.Deserialize<ModelInfo>(infoJson, Json)
            ?? throw new DatasetUnreadableException("The stored model has no metadata: train it again.");
        if (!info.ReadsTodaysFeatures)
        {
            throw new DatasetUnreadableException("The stored model was trained on different features from this version of the ranker: train it again.");
        }
        using var stream = new MemoryStream(model, writable: false);
        return new TrainedModel(ReadFits(stream, info), info);
    }

    public static TrainedModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new DatasetUnreadableException($"The model file {path} does not exist: train one first with \"ranker train\".");
        }
        if (!File.Exists(InfoPath(path)))
        {
            throw new DatasetUnreadableException($"The model file {path} has no {Path.GetFileName(InfoPath(path))} beside it: train the model again.");
        }
        var info = JsonSerializer.Deserialize<ModelInfo>(File.ReadAllText(InfoPath(path)), Json)
            ?? throw new DatasetUnreadableException($"{InfoPath(path)} is empty: train the model again.");
        if (!info.ReadsTodaysFeatures)
        {
            throw new DatasetUnreadableException($"The model {path} was trained on different features from this version of the ranker: train it again.");
        }
        IReadOnlyList<ITransformer> fits;
        try
        {
            using var stream = File.OpenRead(path);
            fits = ReadFits(stream, info);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or IOException or InvalidDataException)
        {
            throw new DatasetUnreadableException($"The model file {path} could not be read ({e.Message}): train it again.");
        }
        return new TrainedModel(fits, info);
    }
}
