using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.Opportunities;

namespace Employment.Core.Statistics;

/// <summary>What an attacker learnt: the filter-set pairs compared, the hidden cells seen and those worked out exactly.</summary>
public sealed record DifferencingResult(int FilterSets, int PairsChecked, int HiddenCells, IReadOnlyList<string> Recovered, IReadOnlyList<string> Contradictions);

/// <summary>
/// An attacker's view of the published dashboard (decision 0062): every count people can see, for many filter sets and for
/// a quarter and its financial year, read back from the page's text as ranges ("fewer than 5" is 1 to 4, a rounded 10 is
/// 8 to 12, "not shown" is anything), then narrowed by every sum the attacker knows: the parts of a table add up to its
/// total, the quarters add up to their year, the councils add up to all councils, the age bands to no more than all ages,
/// and a kind or level to no more than all of them. A hidden cell whose range narrows to one number has been recovered.
/// </summary>
public sealed class DifferencingCheck(Func<EmploymentDbContext> contexts)
{
    private const int Unbounded = 1_000_000_000;

    public async Task<DifferencingResult> RunAsync(Period quarter, DateOnly today, IReadOnlyList<int> councils, CancellationToken ct = default)
    {
        var year = Period.FinancialYearContaining(quarter.From);
        var filters = FilterSets(councils);
        var cells = new Dictionary<string, (int Lo, int Hi, bool Hidden)>();
        var constraints = new List<(string Total, string[] Parts, Relation Relation)>();
        foreach (var period in new[] { quarter, year })
        {
            foreach (var filter in filters)
            {
                await using var db = contexts();
                var figures = await new Dashboard(db).BuildAsync(filter, period, today, ct);
                // Age is taken on each period's last day, so under an age filter a year's starts are not its quarters' sum.
                Read(figures, Key(filter, period), cells, constraints, period == year && filter.AgeBand is null);
            }
        }
        // The quarter's own figures are the year view's trend row for that quarter.
        foreach (var filter in filters)
        {
            Same(constraints, $"{Key(filter, quarter)}|starts|{PaidRow}|0", $"{Key(filter, year)}|trend-jobs-started|{quarter.Label}|0");
        }
        var pairs = 0;
        foreach (var period in new[] { quarter, year })
        {
            foreach (var (dimension, values) in Dimensions(councils))
            {
                foreach (var family in filters.Where(f => dimension.Get(f) is null).Select(f => (All: f, Each: values.Select(v => dimension.Set(f, v)).Where(filters.Contains).ToList())))
                {
                    pairs += family.Each.Count + family.Each.Count * (family.Each.Count - 1) / 2;
                    var allKey = Key(family.All, period);
                    foreach (var position in cells.Keys.Where(k => k.StartsWith(allKey + "|", StringComparison.Ordinal)).Select(k => k[(allKey.Length + 1)..]).ToList())
                    {
                        var parts = family.Each.Select(f => $"{Key(f, period)}|{position}").Where(cells.ContainsKey).ToArray();
                        if (parts.Length == 0)
                        {
                            continue;
                        }
                        constraints.Add(($"{allKey}|{position}", parts, dimension.Relation));
                        // Someone working 10 hours in a paid job and 20 in an apprenticeship is under 16 hours for paid
                        // jobs alone but not over all kinds: that row can shrink when the kind or level filter is removed.
                        if (dimension.Relation == Relation.AtMost && position.StartsWith(UnderSixteenRow, StringComparison.Ordinal))
                        {
                            continue;
                        }
                        foreach (var part in parts)
                        {
                            constraints.Add(($"{allKey}|{position}", [part], Relation.AtLeast));
                        }
                    }
                }
            }
        }
        var contradictions = Narrow(cells, constraints);
        var hidden = cells.Where(c => c.Value.Hidden).ToList();
        var recovered = hidden.Where(c => cells[c.Key].Lo == cells[c.Key].Hi).Select(c => $"{c.Key} = {cells[c.Key].Lo}").ToList();
        return new DifferencingResult(filters.Count * 2, pairs, hidden.Count, recovered, contradictions);
    }

    private const string PaidRow = "All paid jobs (paid job, apprenticeship)";

    private const string UnderSixteenRow = "paid-work|Working under 16 hours a week|";

    /// <summary>How a whole relates to its parts across one filter dimension.</summary>
    private enum Relation { Equal, AtLeast, AtMost }

    private sealed record Dimension(Func<StatisticsFilter, object?> Get, Func<StatisticsFilter, object, StatisticsFilter> Set, Relation Relation);

    private static IEnumerable<(Dimension, IReadOnlyList<object>)> Dimensions(IReadOnlyList<int> councils) =>
    [
        // Everyone belongs to one council: all councils is exactly their sum.
        (new Dimension(f => f.LocalAuthorityId, (f, v) => f with { LocalAuthorityId = (int)v }, Relation.Equal), councils.Cast<object>().ToList()),
        // Under 16s are in no band: all ages is at least the bands' sum.
        (new Dimension(f => f.AgeBand, (f, v) => f with { AgeBand = (AgeBand)v }, Relation.AtLeast), Enum.GetValues<AgeBand>().Cast<object>().ToList()),
        // A person can work in two kinds or for employers at two levels at once: all of them is at most their sum.
        (new Dimension(f => f.Kind, (f, v) => f with { Kind = (OpportunityKind)v }, Relation.AtMost), Enum.GetValues<OpportunityKind>().Cast<object>().ToList()),
        (new Dimension(f => f.DcLevel, (f, v) => f with { DcLevel = (DisabilityConfidentLevel)v }, Relation.AtMost), Enum.GetValues<DisabilityConfidentLevel>().Cast<object>().ToList()),
    ];

    /// <summary>Every filter set with at most two filters chosen: all pairs differing in one value among them are compared.</summary>
    private static List<StatisticsFilter> FilterSets(IReadOnlyList<int> councils)
    {
        var sets = new HashSet<StatisticsFilter> { StatisticsFilter.All };
        var dimensions = Dimensions(councils).ToList();
        foreach (var (first, firstValues) in dimensions)
        {
            foreach (var a in firstValues)
            {
                var one = first.Set(StatisticsFilter.All, a);
                sets.Add(one);
                foreach (var (second, secondValues) in dimensions.Where(d => d.Item1 != first))
                {
                    foreach (var b in secondValues)
                    {
                        sets.Add(second.Set(one, b));
                    }
                }
            }
        }
        return [.. sets];
    }

    private static string Key(StatisticsFilter f, Period p) => $"{p.Key}/{f.LocalAuthorityId}/{f.AgeBand}/{f.Kind}/{f.DcLevel}";

    private static void Same(List<(string, string[], Relation)> constraints, string a, string b) => constraints.Add((a, [b], Relation.Equal));

    /// <summary>Reads every people or placement count a dashboard shows, with the sums inside it.</summary>
    private static void Read(DashboardFigures figures, string key, Dictionary<string, (int, int, bool)> cells, List<(string, string[], Relation)> constraints, bool isYear)
    {
        foreach (var table in figures.AllTables.Where(t => t.Key is not ("disability-confident" or "posted" or "ascof-baselines" or "cost-avoided" or "first-job")))
        {
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < row.Cells.Count; i++)
                {
                    if (Range(row.Cells[i].Text) is { } range)
                    {
                        cells[$"{key}|{table.Key}|{row.Header}|{i}"] = range;
                    }
                }
            }
        }
        string Cell(string table, string row, int column = 0) => $"{key}|{table}|{row}|{column}";
        constraints.Add((Cell("paid-work", "In paid work (any hours)"), [Cell("paid-work", "Working 16 hours a week or more"), Cell("paid-work", "Working under 16 hours a week")], Relation.Equal));
        constraints.Add((Cell("paid-work", "Active on the caseload"), [Cell("paid-work", "In paid work (any hours)")], Relation.AtLeast));
        var paidKinds = Enum.GetValues<OpportunityKind>().Where(k => k.IsPaid()).Select(k => Cell("starts", k.Label())).ToArray();
        constraints.Add((Cell("starts", PaidRow), paidKinds, Relation.Equal));
        if (isYear)
        {
            var quarters = figures.Trends.Single(t => t.Table.Key == "trend-jobs-started").Table.Rows.TakeLast(4).Select(r => Cell("trend-jobs-started", r.Header)).ToArray();
            constraints.Add((Cell("starts", PaidRow), quarters, Relation.Equal));
        }
    }

    /// <summary>What a published cell says about the count behind it, or null when it is not a count.</summary>
    public static (int Lo, int Hi, bool Hidden)? Range(string text)
    {
        if (text == Suppression.FewerThanFive)
        {
            return (0, 4, true);
        }
        if (text == Suppression.NotShown)
        {
            return (0, Unbounded, true);
        }
        if (!int.TryParse(text, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("en-GB"), out var shown))
        {
            return null;
        }
        return shown == Suppression.RoundTo ? (5, 7, false) : (shown - 2, shown + 2, false);
    }

    /// <summary>Interval propagation over every constraint until nothing narrows; returns the cells left with no possible value.</summary>
    /// <summary>The first sum found impossible, to find a constraint that does not hold.</summary>
    public static string? FirstContradiction { get; private set; }

    private static List<string> Narrow(Dictionary<string, (int Lo, int Hi, bool Hidden)> cells, List<(string Total, string[] Parts, Relation Relation)> constraints)
    {
        var usable = constraints.Where(c => cells.ContainsKey(c.Total) && c.Parts.All(cells.ContainsKey)).ToList();
        bool changed;
        var rounds = 0;
        do
        {
            changed = false;
            foreach (var (total, parts, relation) in usable)
            {
                long lo = parts.Sum(p => (long)cells[p].Lo), hi = parts.Sum(p => (long)cells[p].Hi);
                var t = cells[total];
                // Whole against the sum of its parts.
                var newLo = relation == Relation.AtMost ? t.Lo : (int)Math.Max(t.Lo, lo);
                var newHi = relation == Relation.AtLeast ? t.Hi : (int)Math.Min(t.Hi, hi);
                changed |= Set(cells, total, newLo, newHi);
                foreach (var part in parts)
                {
                    var p = cells[part];
                    long othersLo = lo - p.Lo, othersHi = hi - p.Hi;
                    var partHi = relation == Relation.AtMost ? p.Hi : (int)Math.Min(p.Hi, cells[total].Hi - othersLo);
                    var partLo = relation == Relation.AtLeast ? p.Lo : (int)Math.Max(p.Lo, cells[total].Lo - othersHi);
                    changed |= Set(cells, part, partLo, partHi);
                }
                if (FirstContradiction is null && (cells[total].Lo > cells[total].Hi || parts.Any(p => cells[p].Lo > cells[p].Hi)))
                {
                    FirstContradiction = $"{relation}: {total} [{t.Lo},{t.Hi}] vs {string.Join(" + ", parts)} (sum of ranges [{lo},{hi}])";
                }
            }
        }
        while (changed && ++rounds < 50);
        return cells.Where(c => c.Value.Lo > c.Value.Hi).Select(c => c.Key).ToList();
    }

    private static bool Set(Dictionary<string, (int Lo, int Hi, bool Hidden)> cells, string key, int lo, int hi)
    {
        var c = cells[key];
        if (lo == c.Lo && hi == c.Hi)
        {
            return false;
        }
        cells[key] = (lo, hi, c.Hidden);
        return true;
    }
}
