using Bogus;
using Employment.Seed.Randomness;

namespace Employment.Seed.Reference;

/// <summary>Picks adjustment tags, favouring the ones people with a learning disability most often need.</summary>
internal sealed class AdjustmentChooser(DemoReference reference)
{
    private static readonly Dictionary<string, double> Weights = new(StringComparer.Ordinal)
    {
        ["written_instructions"] = 5, ["extra_training_time"] = 5, ["job_coach_on_site"] = 4, ["structured_routine"] = 4,
        ["easy_read_information"] = 4, ["visual_schedule"] = 3, ["predictable_tasks"] = 3, ["mentor_buddy"] = 3,
        ["working_interview"] = 3, ["regular_breaks"] = 3, ["quiet_workspace"] = 2, ["reduced_hours_start"] = 2,
        ["flexible_hours"] = 2, ["travel_training"] = 2, ["noise_reduction"] = 1.5, ["bsl_interpreter"] = 0.3,
    };

    private readonly IReadOnlyList<(string Item, double Weight)> _weighted =
        reference.AdjustmentTags.Select(t => (t, Weights.GetValueOrDefault(t, 0.7))).ToList();

    public List<string> Pick(Randomizer random, int count)
    {
        var picked = new List<string>(count);
        for (var tries = 0; picked.Count < Math.Min(count, _weighted.Count) && tries < 200; tries++)
        {
            var tag = random.PickWeighted(_weighted);
            if (!picked.Contains(tag))
            {
                picked.Add(tag);
            }
        }
        return picked;
    }

    public bool Exists(string tag) => reference.AdjustmentLabels.ContainsKey(tag);

    /// <summary>The tags in the reference file's order, so lists read the same way everywhere.</summary>
    public List<string> InReferenceOrder(IEnumerable<string> tags)
    {
        var set = tags.ToHashSet(StringComparer.Ordinal);
        return reference.AdjustmentTags.Where(set.Contains).ToList();
    }
}
