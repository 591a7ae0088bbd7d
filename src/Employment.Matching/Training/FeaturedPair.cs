using Employment.Matching.Features;
using Employment.Matching.Labels;

namespace Employment.Matching.Training;

/// <summary>A labelled pair with its features as they were on the day it was proposed.</summary>
public sealed record FeaturedPair(LabelledPair Pair, MatchFeatures Features);
