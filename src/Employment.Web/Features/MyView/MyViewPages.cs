using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Web.Features.JobSeekers.Record;
using Employment.Web.Infrastructure;
using Employment.Matching;
using Employment.Matching.Candidates;
using Employment.Matching.Features;
using Employment.Matching.Input;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.MyView;

/// <summary>What the person's own pages show; their answers are kept by <see cref="JobSeekerAnswerService"/>.</summary>
public sealed class MyViewPages(EmploymentDbContext db, ReferenceLists lists, TimeProvider clock, MatchingService matching)
{
    public const int JobsShown = 5;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public async Task<AboutMePage> AboutAsync(MyViewFrame frame, AboutMeForm form)
    {
        var person = frame.Person;
        var jobs = await lists.OccupationsAsync();
        var skills = await lists.SkillsAsync();
        var adjustments = await lists.AdjustmentsAsync();
        var profile = new EasyReadProfile(person, [], [], []);
        return new AboutMePage(frame, person.Aspirations,
            person.Interests.Select(code => EasyReadProfile.PlainJobTitle(ReferenceLists.LabelOf(jobs, code))).ToList(),
            person.Skills.Select(tag => ReferenceLists.LabelOf(skills, tag)).ToList(),
            person.SupportNeeds.Select(tag => ReferenceLists.LabelOf(adjustments, tag)).ToList(),
            profile.Travel,
            $"I want to work {person.HoursMin:0.#} to {person.HoursMax:0.#} hours a week.",
            form);
    }

    /// <summary>
    /// The person's best suggestions: those the explainer finds nothing against come first, then the best of the rest,
    /// so a person whose every suggestion has some drawback (most do) still has jobs to answer.
    /// </summary>
    public async Task<JobsForMePage> JobsAsync(MyViewFrame frame, CancellationToken cancellationToken)
    {
        var person = frame.Person;
        var ranked = await matching.ForPersonAsync(person, new MatchFilters(), cancellationToken);
        var best = ranked.Suggestions.OrderBy(s => s.Explanation.Blockers.Count > 0).Take(JobsShown).ToList();
        var answers = await LastAnswersAsync(person.Id, best.Select(s => s.Opportunity.Id).ToList());
        var adjustments = await lists.AdjustmentsAsync();
        return new JobsForMePage(frame, best.Select(s => Card(person, s.Opportunity, s.JourneyMinutes, adjustments, answers.TryGetValue(s.Opportunity.Id, out var said) ? said : null)).ToList());
    }

    /// <summary>One open job, as a card, for the "Not for me" page; null when it is not open.</summary>
    public async Task<JobCard?> JobAsync(MyViewFrame frame, Guid opportunityId)
    {
        var opportunity = await matching.OpenOpportunities().AsNoTracking().Include(o => o.Employer).FirstOrDefaultAsync(o => o.Id == opportunityId);
        if (opportunity is null)
        {
            return null;
        }
        var features = FeatureBuilder.Build(frame.Person.ToProfile(), opportunity.ToFacts(), opportunity.Employer!.ToFacts(), Today, SocHierarchy.FromReference());
        return Card(frame.Person, opportunity, Journey.RoundedMinutes(features.JourneyMinutes), await lists.AdjustmentsAsync(), null);
    }

    public async Task<MyJobsPage> MyJobsAsync(MyViewFrame frame)
    {
        var person = frame.Person;
        var jobs = await db.Placements.AsNoTracking()
            .Where(p => p.JobSeekerId == person.Id && p.Stage == PlacementEventType.Started)
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new CurrentJob(p.Opportunity!.Title, p.Opportunity.Employer!.Name,
                p.Events.Where(e => e.Type == PlacementEventType.Started).Max(e => (DateOnly?)e.OccurredOn),
                p.FollowUps.Where(f => f.Kind == FollowUpKind.CoachCheckIn && f.CompletedOn == null).Min(f => (DateOnly?)f.DueOn)))
            .ToListAsync();
        var coach = await db.Users.AsNoTracking().Where(u => u.Id == person.CoachId)
            .Select(u => new { u.DisplayName, u.Email, u.PhoneNumber }).FirstOrDefaultAsync();
        return new MyJobsPage(frame, jobs, coach?.DisplayName, coach?.Email, coach?.PhoneNumber);
    }

    private async Task<Dictionary<Guid, AnswerKind>> LastAnswersAsync(Guid personId, List<Guid> opportunityIds)
    {
        var answers = await db.JobSeekerAnswers.AsNoTracking()
            .Where(a => a.JobSeekerId == personId && a.OpportunityId != null && opportunityIds.Contains(a.OpportunityId.Value))
            .OrderBy(a => a.RecordedAt).ThenBy(a => a.Id)
            .Select(a => new { OpportunityId = a.OpportunityId!.Value, a.Kind })
            .ToListAsync();
        var last = new Dictionary<Guid, AnswerKind>();
        foreach (var answer in answers)
        {
            last[answer.OpportunityId] = answer.Kind;
        }
        return last;
    }

    private static JobCard Card(JobSeeker person, Opportunity o, int journeyMinutes, IReadOnlyList<ReferenceLists.Term> adjustments, AnswerKind? lastAnswer) =>
        new(o.Id, o.Title, KindWords(o.Kind), o.Employer!.Name, o.Postcode, journeyMinutes, TravelWords(person.TravelMode), o.HoursPerWeek, o.HourlyPay,
            o.AdjustmentsOffered.Select(tag => ReferenceLists.LabelOf(adjustments, tag)).ToList(), lastAnswer);

    private static string KindWords(OpportunityKind kind) => kind switch
    {
        OpportunityKind.PaidJob => "This is a paid job.",
        OpportunityKind.Apprenticeship => "This is an apprenticeship. You learn while you work.",
        OpportunityKind.SupportedInternship => "This is a supported internship. You learn a job with help.",
        OpportunityKind.Traineeship => "This is a traineeship. You train for work.",
        OpportunityKind.WorkExperience => "This is work experience. You try a job for a short time.",
        _ => "This is volunteering. You help out for free.",
    };

    private static string TravelWords(TravelMode mode) => mode switch
    {
        TravelMode.Walk => "walking",
        TravelMode.PublicTransport => "bus, tram or train",
        _ => "car",
    };
}
