using System.Text.Json;
using System.Text.RegularExpressions;
using Employment.Tests.EhcPlans.Generated;

namespace Employment.Tests.EhcPlans;

/// <summary>
/// Grades "ehc read" output as ../shared/ehc-plans/README.md describes: identity (names, date of birth, postcode) and plan
/// dates (issued, next review) by accuracy; interests as a top-3 hit on the first truth unit group or an acceptable one;
/// skills and support needs by micro-averaged F1; employment outcomes by F1 where a string matches a true outcome at a
/// difflib ratio of 0.8 after normalising case, quotes and spaces.
/// </summary>
public static partial class PlanGrader
{
    public sealed record Figures(int Plans, double Identity, double Dates, double Interests, double SupportNeeds, double Skills, double Outcomes)
    {
        public double Score => (Identity + Dates + Interests + SupportNeeds + Skills + Outcomes) / 6;

        public override string ToString() =>
            $"plans={Plans} identity={Identity:0.000} dates={Dates:0.000} interests_top3={Interests:0.000} support_needs_f1={SupportNeeds:0.000} skills_f1={Skills:0.000} outcomes_f1={Outcomes:0.000} score={Score:0.000}";
    }

    public static Figures Grade(IReadOnlyList<(PlanTruth Truth, JsonElement? Output)> plans)
    {
        double identity = 0, dates = 0, interests = 0;
        var skills = new Counts();
        var needs = new Counts();
        var outcomes = new Counts();
        foreach (var (truth, output) in plans)
        {
            string? Text(string name) => output is { } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            IReadOnlyList<string> List(string name) => output is { } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
                ? v.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];
            identity += new[]
            {
                Text("given_name")?.Trim() == truth.GivenName.Trim(),
                Text("family_name")?.Trim() == truth.FamilyName.Trim(),
                Text("date_of_birth") == truth.DateOfBirth,
                Postcode(Text("postcode")) == Postcode(truth.Postcode),
            }.Average(ok => ok ? 1.0 : 0.0);
            dates += new[] { Text("plan_issued") == truth.PlanIssued, Text("next_review") == truth.NextReview }.Average(ok => ok ? 1.0 : 0.0);
            var wanted = truth.Interests.Take(1).Concat(truth.InterestsAcceptable).ToHashSet();
            interests += List("interests").Take(3).Any(wanted.Contains) ? 1 : 0;
            skills.Add(truth.Skills, List("skills"));
            needs.Add(truth.SupportNeeds, List("support_needs"));
            var trueOutcomes = truth.EmploymentOutcomes.Select(Normalise).ToList();
            var given = List("employment_outcomes").Select(Normalise).ToList();
            var found = trueOutcomes.Count(t => given.Any(g => Ratio(t, g) >= 0.8));
            var wrong = given.Count(g => !trueOutcomes.Any(t => Ratio(t, g) >= 0.8));
            outcomes.Add(found, wrong, trueOutcomes.Count - found);
        }
        var n = Math.Max(1, plans.Count);
        return new Figures(plans.Count, identity / n, dates / n, interests / n, needs.F1, skills.F1, outcomes.F1);
    }

    private sealed class Counts
    {
        private int truePositives, falsePositives, falseNegatives;

        public void Add(IEnumerable<string> truth, IEnumerable<string> given)
        {
            var t = truth.ToHashSet();
            var g = given.ToHashSet();
            Add(t.Intersect(g).Count(), g.Except(t).Count(), t.Except(g).Count());
        }

        public void Add(int tp, int fp, int fn) => (truePositives, falsePositives, falseNegatives) = (truePositives + tp, falsePositives + fp, falseNegatives + fn);

        public double F1 => truePositives + falsePositives + falseNegatives == 0 ? 1 : 2.0 * truePositives / (2.0 * truePositives + falsePositives + falseNegatives);
    }

    private static string Postcode(string? postcode) => (postcode ?? "").Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    private static string Normalise(string text) =>
        Spaces().Replace(text.ToLowerInvariant().Replace('‘', '\'').Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace('"', '\''), " ").Trim();

    /// <summary>Python's difflib.SequenceMatcher(None, a, b).ratio(): 2·matches / total length, matches found by longest common blocks.</summary>
    public static double Ratio(string a, string b) =>
        a.Length + b.Length == 0 ? 1 : 2.0 * Matches(a, 0, a.Length, b, 0, b.Length) / (a.Length + b.Length);

    private static int Matches(string a, int aLow, int aHigh, string b, int bLow, int bHigh)
    {
        var (i, j, size) = Longest(a, aLow, aHigh, b, bLow, bHigh);
        return size == 0 ? 0 : size + Matches(a, aLow, i, b, bLow, j) + Matches(a, i + size, aHigh, b, j + size, bHigh);
    }

    private static (int I, int J, int Size) Longest(string a, int aLow, int aHigh, string b, int bLow, int bHigh)
    {
        var best = (I: aLow, J: bLow, Size: 0);
        var lengths = new Dictionary<int, int>();
        for (var i = aLow; i < aHigh; i++)
        {
            var next = new Dictionary<int, int>();
            for (var j = bLow; j < bHigh; j++)
            {
                if (a[i] != b[j])
                {
                    continue;
                }
                var k = (lengths.TryGetValue(j - 1, out var previous) ? previous : 0) + 1;
                next[j] = k;
                if (k > best.Size)
                {
                    best = (i - k + 1, j - k + 1, k);
                }
            }
            lengths = next;
        }
        return best;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
