using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Employment.Matching.Training;

/// <summary>
/// Walks a trained tree ensemble directly, as ML.NET's own scoring does for a dense feature vector (go left when the
/// value is at most the node's threshold; the score is the sum, in tree order and in double, of the leaves reached),
/// without building a data view per batch. Only for ensembles of plain numeric splits; anything else (categorical
/// splits, an unknown model kind) gets null and is scored through Transform. A test holds the two equal.
/// </summary>
internal sealed class TreeEnsembleScorer
{
    private readonly Tree[] _trees;

    private TreeEnsembleScorer(Tree[] trees) => _trees = trees;

    public static TreeEnsembleScorer? From(ITransformer transformer)
    {
        var last = transformer;
        while (last is IEnumerable<ITransformer> chain)
        {
            last = chain.LastOrDefault();
        }
        if (last is not ISingleFeaturePredictionTransformer<object> { Model: TreeEnsembleModelParametersBasedOnRegressionTree model })
        {
            return null;
        }
        var ensemble = model.TrainedTreeEnsemble;
        // ML.NET's scoring adds neither the bias nor the tree weights; a model that has either is left to it.
        if (ensemble.Bias != 0 || ensemble.TreeWeights.Any(w => w != 1))
        {
            return null;
        }
        var trees = new Tree[ensemble.Trees.Count];
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(c => c))
            {
                return null;
            }
            trees[t] = new Tree([.. tree.LeftChild], [.. tree.RightChild], [.. tree.NumericalSplitFeatureIndexes], [.. tree.NumericalSplitThresholds], [.. tree.LeafValues]);
        }
        return new TreeEnsembleScorer(trees);
    }

    public float Score(float[] features)
    {
        var output = 0.0;
        foreach (var tree in _trees)
        {
            output += tree.Output(features);
        }
        return (float)output;
    }

    private sealed class Tree(int[] left, int[] right, int[] feature, float[] threshold, double[] leaves)
    {
        public double Output(float[] features)
        {
            // As ML.NET: a tree that never split adds nothing.
            if (left.Length == 0)
            {
                return 0;
            }
            var node = 0;
            while (node >= 0)
            {
                node = features[feature[node]] <= threshold[node] ? left[node] : right[node];
            }
            return leaves[~node];
        }
    }
}
