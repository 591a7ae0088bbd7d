using Employment.Matching.Scoring;
using Employment.Matching.Training;

namespace Employment.Matching.Fairness;

/// <summary>
/// NDCG@10 and share of top-10 exposure by group, for each scorer, on held-out pairs. Exposure is taken in each
/// opportunity's list of held-out people (the "People for" direction, where being seen matters), position p in the
/// top 10 counting 1/log2(p + 1) as NDCG discounts it, so higher places weigh more.
/// </summary>
public static class FairnessCalculator
{
    public const int TopK = 10;

    public static IReadOnlyList<FairnessTable> Compute(IReadOnlyList<FeaturedPair> heldOut, IReadOnlyDictionary<string, PersonGroups> people, IMatchScorer? model)
    {
        var pairs = heldOut.Where(p => people.ContainsKey(p.Pair.CandidateId)).ToList();
        var features = pairs.Select(p => p.Features).ToList();
        var rule = new RuleScorer().Score(features);
        var modelScores = model?.Score(features);
        return
        [
            Table("Age band", "Age band", pairs, people, g => g.AgeBand, rule, modelScores),
            Table("Travel mode", "Travel mode", pairs, people, g => g.TravelMode, rule, modelScores),
            Table("Number of support needs", "Support needs", pairs, people, g => g.SupportNeeds, rule, modelScores),
            Table("Council", "Council", pairs, people, g => g.Council, rule, modelScores),
        ];
    }

    private static FairnessTable Table(string caption, string heading, IReadOnlyList<FeaturedPair> pairs, IReadOnlyDictionary<string, PersonGroups> people,
        Func<PersonGroups, string> groupOf, float[] rule, float[]? model)
    {
        var ruleExposure = Exposure(pairs, rule, people, groupOf);
        var modelExposure = model is null ? null : Exposure(pairs, model, people, groupOf);
        var rows = pairs.Select((p, i) => (Pair: p, Index: i))
            .GroupBy(x => groupOf(people[x.Pair.Pair.CandidateId]), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var count = g.Select(x => x.Pair.Pair.CandidateId).Distinct(StringComparer.Ordinal).Count();
                if (count < GroupFigures.SmallestShown)
                {
                    return new GroupFigures(g.Key, count, 0, null, null, null, 0);
                }
                return new GroupFigures(g.Key, count, (double)g.Count() / pairs.Count,
                    model is null ? null : Ndcg10(g.ToList(), model), Ndcg10(g.ToList(), rule),
                    modelExposure?.GetValueOrDefault(g.Key), ruleExposure.GetValueOrDefault(g.Key));
            })
            .ToList();
        return new FairnessTable(caption, heading, rows);
    }

    private static double? Ndcg10(IReadOnlyList<(FeaturedPair Pair, int Index)> group, float[] scores)
    {
        var value = Ndcg.Mean(TopK, group.GroupBy(x => x.Pair.Pair.CandidateId, StringComparer.Ordinal)
            .Select(person => ((IReadOnlyList<int>)person.Select(x => x.Pair.Pair.Grade).ToList(), (IReadOnlyList<float>)person.Select(x => scores[x.Index]).ToList())));
        return double.IsNaN(value) ? null : value;
    }

    private static Dictionary<string, double> Exposure(IReadOnlyList<FeaturedPair> pairs, float[] scores, IReadOnlyDictionary<string, PersonGroups> people, Func<PersonGroups, string> groupOf)
    {
        var byGroup = new Dictionary<string, double>(StringComparer.Ordinal);
        var total = 0.0;
        foreach (var list in pairs.Select((p, i) => (p.Pair, Score: scores[i])).GroupBy(x => x.Pair.VacancyId, StringComparer.Ordinal))
        {
            // Ties are broken by person id, a neutral order that neither scorer controls.
            var top = list.OrderByDescending(x => x.Score).ThenBy(x => x.Pair.CandidateId, StringComparer.Ordinal).Take(TopK).ToList();
            for (var position = 0; position < top.Count; position++)
            {
                var weight = 1 / Math.Log2(position + 2);
                var group = groupOf(people[top[position].Pair.CandidateId]);
                byGroup[group] = byGroup.GetValueOrDefault(group) + weight;
                total += weight;
            }
        }
        return total == 0 ? byGroup : byGroup.ToDictionary(kv => kv.Key, kv => kv.Value / total, StringComparer.Ordinal);
    }
}
