using Bogus;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Seed.Opportunities;
using Employment.Seed.Randomness;

namespace Employment.Seed.Placements;

/// <summary>
/// What a coach would propose on a given day: a handful of open opportunities on the person's side
/// of the map, the best-fitting one (by the coach's noisy judgement) chosen.
/// </summary>
internal sealed class CandidateFinder(Randomizer random, IReadOnlyList<PostedOpportunity> posted)
{
    private const int MaxStartsPerOpportunity = 3;
    private const int Shortlist = 8;

    private readonly Dictionary<string, List<PostedOpportunity>> _bySide = posted
        .GroupBy(p => p.Site.Area.Side)
        .ToDictionary(g => g.Key, g => g.OrderBy(p => p.OpenFrom).ToList(), StringComparer.Ordinal);

    public (PostedOpportunity Posted, FitBreakdown Fit)? Choose(JobSeeker seeker, string side, DateOnly on, ISet<Guid> alreadyTried, bool paidOnly = false)
    {
        if (!_bySide.TryGetValue(side, out var list))
        {
            return null;
        }
        var internshipAllowed = SupportedInternships.Allow(seeker, on) && SupportedInternships.Allow(seeker, on.AddDays(120));
        var open = new List<PostedOpportunity>();
        foreach (var candidate in list)
        {
            if (candidate.OpenFrom > on)
            {
                break;
            }
            var kind = candidate.Opportunity.Kind;
            if (candidate.OpenTo >= on
                && !alreadyTried.Contains(candidate.Opportunity.Id)
                && candidate.Starts < MaxStartsPerOpportunity
                && (kind != OpportunityKind.SupportedInternship || internshipAllowed)
                && (!paidOnly || kind.IsPaid()))
            {
                open.Add(candidate);
            }
        }
        if (open.Count == 0)
        {
            return null;
        }
        (PostedOpportunity Posted, FitBreakdown Fit)? best = null;
        var bestJudgement = double.NegativeInfinity;
        foreach (var candidate in random.PickDistinct(open, Shortlist))
        {
            var fit = DemoFit.Explain(seeker, candidate.Opportunity, candidate.Site.Employer.DcLevel);
            var judgement = fit.Total + random.Normal(0, 0.1);
            if (judgement > bestJudgement)
            {
                bestJudgement = judgement;
                best = (candidate, fit);
            }
        }
        return best;
    }
}
