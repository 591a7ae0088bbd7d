using Bogus;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Seed.Opportunities;
using Employment.Seed.Randomness;

namespace Employment.Seed.Placements;

/// <summary>One person's introductions, one after another, until they settle in paid work or reach today.</summary>
internal sealed class PersonHistory(
    DemoContext context, OpportunityGenerator opportunities, Randomizer random, CandidateFinder finder, PlacementStory story,
    JobSeeker seeker, string side, List<PostedOpportunity> posted)
{
    private const int MostPlacements = 6;

    private readonly List<Placement> _placements = [];
    private readonly HashSet<Guid> _tried = [];

    private sealed record Step(PostedOpportunity Posted, FitBreakdown Fit, PlacementStory.Outcome Outcome);

    public List<Placement> Play()
    {
        var today = context.Today;
        var joined = DateOnly.FromDateTime(seeker.CreatedAt.UtcDateTime);
        var years = (today.DayNumber - joined.DayNumber) / 365.25;
        var wanted = Math.Min(MostPlacements, Poisson(0.4 + 1.3 * years));
        var day = joined.AddDays(random.Int(7, 60));
        for (var attempts = 0; _placements.Count < wanted && day < today && attempts < 20; attempts++)
        {
            if (seeker.PausedOn is { } paused && day >= paused)
            {
                break;
            }
            if (finder.Choose(seeker, side, day, _tried) is not { } choice)
            {
                day = day.AddDays(30);
                continue;
            }
            if (!TryMoveOn(Record(choice.Posted, choice.Fit, day, bonus: 0), out day))
            {
                break;
            }
        }
        return _placements;
    }

    private Step Record(PostedOpportunity chosen, FitBreakdown fit, DateOnly introducedOn, double bonus)
    {
        var latent = fit.Total + DemoFit.Unseen(seeker, chosen.Opportunity, chosen.Site.Employer.Id) + bonus + random.Normal(0, 0.1);
        var outcome = story.Tell(seeker, chosen.Opportunity, introducedOn, latent, fit);
        _placements.Add(outcome.Placement);
        _tried.Add(chosen.Opportunity.Id);
        if (outcome.StartedOn is not null)
        {
            chosen.Starts++;
        }
        return new Step(chosen, fit, outcome);
    }

    /// <summary>The day of the next introduction, or false when the person has settled in paid work.</summary>
    private bool TryMoveOn(Step step, out DateOnly next)
    {
        var kind = step.Posted.Opportunity.Kind;
        var outcome = step.Outcome;
        if (outcome.StartedOn is { } started && outcome.EndedOn is null)
        {
            // Some people volunteer or do work experience alongside looking for a job.
            next = started.AddDays(random.Int(30, 120));
            return !kind.IsPaid() && random.Chance(0.3);
        }
        if (outcome.EndedOn is not { } ended)
        {
            next = outcome.Placement.Events[^1].OccurredOn.AddDays(random.Int(3, 45));
            return true;
        }
        next = ended.AddDays(random.Int(7, 90));
        if (kind == OpportunityKind.SupportedInternship && outcome.FinishedAsPlanned && _placements.Count < MostPlacements
            && random.Chance(0.2 + 0.6 * Math.Clamp(step.Fit.Total, 0, 1)))
        {
            var converted = Convert(step.Posted, ended);
            if (converted?.Outcome is { StartedOn: not null, EndedOn: null })
            {
                return false;
            }
            if (converted is not null)
            {
                next = (converted.Outcome.EndedOn ?? converted.Outcome.Placement.Events[^1].OccurredOn).AddDays(random.Int(7, 60));
            }
        }
        return true;
    }

    /// <summary>A paid job after the internship: often one made for the intern by the host employer, otherwise elsewhere.</summary>
    private Step? Convert(PostedOpportunity host, DateOnly ended)
    {
        if (random.Chance(0.55))
        {
            var postedOn = ended.AddDays(-random.Int(7, 30));
            var job = opportunities.Create(random, host.Site, OpportunityKind.PaidJob, context.Occupations.Get(host.Opportunity.SocCode), postedOn);
            posted.Add(job);
            var introduced = ended.AddDays(-random.Int(0, 7));
            var fit = DemoFit.Explain(seeker, job.Opportunity, host.Site.Employer.DcLevel);
            return Record(job, fit, introduced < postedOn ? postedOn : introduced, bonus: 0.2);
        }
        var day = ended.AddDays(random.Int(0, 30));
        if (day > context.Today || finder.Choose(seeker, side, day, _tried, paidOnly: true) is not { } choice)
        {
            return null;
        }
        return Record(choice.Posted, choice.Fit, day, bonus: 0.15);
    }

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var product = random.Double();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= random.Double();
        }
        return count;
    }
}
