using Employment.Matching.Data;

namespace Employment.Matching.Features;

/// <summary>
/// The skill and adjustment tags that get a feature each, in the reference lists' ordinal order: a pair's missing skills
/// and unmet needs are kept as bit masks over these, so a tree can learn which ones matter without a list per pair.
/// </summary>
public static class FeatureVocabulary
{
    /// <summary>A mask has 64 bits; tags past that (none today) share the counts only.</summary>
    public const int MaxTags = 64;

    public static readonly IReadOnlyList<string> Skills = Tags(EmbeddedReference.Load().Skills);
    public static readonly IReadOnlyList<string> Needs = Tags(EmbeddedReference.Load().Adjustments);

    private static readonly Dictionary<string, int> SkillBits = Skills.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
    private static readonly Dictionary<string, int> NeedBits = Needs.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);

    public static ulong SkillBit(string tag) => SkillBits.TryGetValue(tag, out var i) ? 1UL << i : 0;

    public static ulong NeedBit(string tag) => NeedBits.TryGetValue(tag, out var i) ? 1UL << i : 0;

    private static string[] Tags(IEnumerable<string> tags) => tags.Order(StringComparer.Ordinal).Take(MaxTags).ToArray();
}
