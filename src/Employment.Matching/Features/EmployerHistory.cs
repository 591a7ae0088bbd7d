using Employment.Matching.Input;
using Employment.Matching.Labels;

namespace Employment.Matching.Features;

/// <summary>
/// Every labelled proposal by employer and day, so each pair's <see cref="EmployerRecord"/> can be read as of the day
/// it was proposed (training: never the pair's own outcome or anything proposed later), or counting everything
/// (<see cref="Latest"/>, for scoring).
/// </summary>
public sealed class EmployerHistory
{
    private readonly Dictionary<string, Proposals> _byEmployer;
    private readonly float _priorGrade;
    private readonly float _priorStarted;

    private EmployerHistory(Dictionary<string, Proposals> byEmployer, float priorGrade, float priorStarted)
    {
        _byEmployer = byEmployer;
        _priorGrade = priorGrade;
        _priorStarted = priorStarted;
    }

    public static readonly EmployerHistory Empty = new(new Dictionary<string, Proposals>(StringComparer.Ordinal), 0, 0);

    /// <summary>The employers of <paramref name="opportunities"/>' pairs; pairs of other vacancies are left out.</summary>
    public static EmployerHistory From(IEnumerable<LabelledPair> pairs, IReadOnlyDictionary<string, OpportunityFacts> opportunities) =>
        From(pairs, vacancyId => opportunities.TryGetValue(vacancyId, out var opportunity) ? opportunity.EmployerId : null);

    /// <param name="pairs">Labelled pairs.</param>
    /// <param name="employerOf">Each vacancy's employer id; pairs whose vacancy has none (null) are left out.</param>
    public static EmployerHistory From(IEnumerable<LabelledPair> pairs, Func<string, string?> employerOf)
    {
        var known = pairs.Select(p => (Pair: p, EmployerId: employerOf(p.VacancyId))).Where(p => p.EmployerId is not null).ToList();
        if (known.Count == 0)
        {
            return Empty;
        }
        var byEmployer = known
            .GroupBy(p => p.EmployerId!, p => p.Pair, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Proposals.Of(g.OrderBy(p => p.ProposedOn)), StringComparer.Ordinal);
        return new EmployerHistory(byEmployer,
            (float)known.Average(p => p.Pair.Grade),
            (float)known.Average(p => EmployerRecord.CountsAsStarted(p.Pair.Grade) ? 1.0 : 0.0));
    }

    /// <summary>The employer's proposals made strictly before <paramref name="day"/>.</summary>
    public EmployerRecord Before(string employerId, DateOnly day)
    {
        var count = _byEmployer.TryGetValue(employerId, out var proposals) ? proposals.CountBefore(day) : 0;
        return count == 0
            ? EmployerRecord.NothingProposed(_priorGrade, _priorStarted)
            : new EmployerRecord(count, proposals!.Started[count - 1], proposals.GradeSums[count - 1], _priorGrade, _priorStarted);
    }

    /// <summary>Every employer's record counting everything proposed: what a model carries, and what scoring ranks with.</summary>
    public EmployerRecords Latest() => new(_priorGrade, _priorStarted, _byEmployer.ToDictionary(
        e => e.Key,
        e => new[] { e.Value.Days.Length, e.Value.Started[^1], e.Value.GradeSums[^1] },
        StringComparer.Ordinal));

    /// <summary>One employer's proposals in day order, with running totals.</summary>
    private sealed record Proposals(DateOnly[] Days, int[] Started, int[] GradeSums)
    {
        public static Proposals Of(IEnumerable<LabelledPair> inDayOrder)
        {
            var list = inDayOrder.ToList();
            var days = new DateOnly[list.Count];
            var started = new int[list.Count];
            var grades = new int[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                days[i] = list[i].ProposedOn;
                started[i] = (i == 0 ? 0 : started[i - 1]) + (EmployerRecord.CountsAsStarted(list[i].Grade) ? 1 : 0);
                grades[i] = (i == 0 ? 0 : grades[i - 1]) + list[i].Grade;
            }
            return new Proposals(days, started, grades);
        }

        /// <summary>How many were proposed before <paramref name="day"/>: the first index on or after it.</summary>
        public int CountBefore(DateOnly day)
        {
            int low = 0, high = Days.Length;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (Days[mid] < day)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }
            return low;
        }
    }
}
