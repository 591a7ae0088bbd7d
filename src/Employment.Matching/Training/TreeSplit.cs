namespace Employment.Matching.Training;

/// <summary>
/// One split of a tree: a row goes to <paramref name="Left"/> when its value of <paramref name="Feature"/> is at most
/// <paramref name="Threshold"/>, else (also when the value is missing) to <paramref name="Right"/>. A child is a split's
/// index, or ~ a leaf's index.
/// </summary>
internal readonly record struct TreeSplit(int Feature, float Threshold, int Left, int Right);
