namespace Employment.Matching.Training;

/// <summary>
/// Normalised discounted cumulative gain, computed the same way for every scorer: gain 2^grade − 1, discount
/// log2(position + 1), ties in score broken by the order given (callers give a neutral order). The mean leaves
/// out groups whose grades are all the same (including groups of one pair): every order scores the same on
/// them, so they only pull every scorer towards 1 and hide the differences.
/// </summary>
public static class Ndcg
{
    public static double At(int k, IReadOnlyList<int> gradesInRankedOrder)
    {
        var ideal = Dcg(k, gradesInRankedOrder.OrderDescending().ToList());
        return ideal == 0 ? double.NaN : Dcg(k, gradesInRankedOrder) / ideal;
    }

    public static double At(int k, IReadOnlyList<int> grades, IReadOnlyList<float> scores)
    {
        var order = Enumerable.Range(0, grades.Count).OrderByDescending(i => scores[i]).ThenBy(i => i);
        return At(k, order.Select(i => grades[i]).ToList());
    }

    /// <summary>Mean NDCG@k over groups whose grades differ; NaN when none do.</summary>
    public static double Mean(int k, IEnumerable<(IReadOnlyList<int> Grades, IReadOnlyList<float> Scores)> groups)
    {
        var values = groups.Where(g => IsOrderable(g.Grades)).Select(g => At(k, g.Grades, g.Scores)).ToList();
        return values.Count == 0 ? double.NaN : values.Average();
    }

    public static bool IsOrderable(IReadOnlyList<int> grades) => grades.Distinct().Skip(1).Any();

    private static double Dcg(int k, IReadOnlyList<int> grades)
    {
        var sum = 0.0;
        for (var i = 0; i < Math.Min(k, grades.Count); i++)
        {
            sum += (Math.Pow(2, grades[i]) - 1) / Math.Log2(i + 2);
        }
        return sum;
    }
}
