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

    /// <summary>At most this many help items on a job, so one job fits two phone screens (docs/decisions/0069).</summary>
    public const int HelpShown = 3;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public async Task<AboutMePage> AboutAsync(MyViewFrame frame, AboutMeForm form)
    {
        var person = frame.Person;
        var jobs = await lists.OccupationsAsync();
        var skills = await lists.SkillsAsync();
        var adjustments = await lists.AdjustmentsAsync();
        return new AboutMePage(frame, person.Aspirations,
            person.Interests.Select(code => EasyReadProfile.PlainJobTitle(ReferenceLists.LabelOf(jobs, code))).ToList(),
            person.Skills.Select(tag => ReferenceLists.LabelOf(skills, tag)).ToList(),
            person.SupportNeeds.Select(tag => ReferenceLists.LabelOf(adjustments, tag)).ToList(),
            AboutTravel(person),
            $"I want to work {person.HoursMin:0.#} to {person.HoursMax:0.#} hours a week.",
            form);
    }

    /// <summary>
    /// The person's best suggestions: those the explainer finds nothing against come first, then the best of the rest,
    /// so a person whose every suggestion has some drawback (most do) still has jobs to answer.
    /// </summary>
    public async Task<JobsForMePage> JobsAsync(MyViewFrame frame, int number, CancellationToken cancellationToken)
    {
        var person = frame.Person;
        // Someone in work (a started placement, a supported internship too) is not sent more jobs: they are shown
        // their job and how to reach their coach.
        if ((await CurrentJobsAsync(person.Id)).FirstOrDefault() is { } work)
        {
            return new JobsForMePage(frame, [], 0, work, await CoachAsync(person.CoachId));
        }
        var ranked = await matching.ForPersonAsync(person, new MatchFilters(), cancellationToken);
        var best = ranked.Suggestions.OrderBy(s => s.Explanation.Blockers.Count > 0).Take(JobsShown).ToList();
        var answers = await LastAnswersAsync(person.Id, best.Select(s => s.Opportunity.Id).ToList());
        var adjustments = await lists.AdjustmentsAsync();
        var cards = best.Select(s => Card(person, s.Opportunity, s.JourneyMinutes, adjustments, answers.TryGetValue(s.Opportunity.Id, out var said) ? said : null)).ToList();
        return new JobsForMePage(frame, cards, Math.Clamp(number, 1, Math.Max(1, cards.Count)), null, null);
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

    public async Task<MyJobsPage> MyJobsAsync(MyViewFrame frame) =>
        new(frame, await CurrentJobsAsync(frame.Person.Id), await CoachAsync(frame.Person.CoachId));

    private Task<List<CurrentJob>> CurrentJobsAsync(Guid personId) =>
        db.Placements.AsNoTracking()
            .Where(p => p.JobSeekerId == personId && p.Stage == PlacementEventType.Started)
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new CurrentJob(p.Opportunity!.Title, p.Opportunity.Employer!.Name,
                p.Events.Where(e => e.Type == PlacementEventType.Started).Max(e => (DateOnly?)e.OccurredOn),
                p.FollowUps.Where(f => f.Kind == FollowUpKind.CoachCheckIn && f.CompletedOn == null).Min(f => (DateOnly?)f.DueOn)))
            .ToListAsync();

    private Task<CoachContact?> CoachAsync(Guid? coachId) =>
        db.Users.AsNoTracking().Where(u => u.Id == coachId)
            .Select(u => new CoachContact(u.DisplayName, u.Email, u.PhoneNumber)).FirstOrDefaultAsync();

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

    /// <summary>The job's own title as the employer or coach wrote it ("Kitchen assistant"), never its occupation's label.</summary>
    private static JobCard Card(JobSeeker person, Opportunity o, int journeyMinutes, IReadOnlyList<ReferenceLists.Term> adjustments, AnswerKind? lastAnswer)
    {
        // What the person needs comes first, so the few items shown are the ones that matter to them.
        var help = o.AdjustmentsOffered.OrderBy(tag => person.SupportNeeds.Contains(tag) ? 0 : 1).ToList();
        return new(o.Id, o.Title, KindWords(o.Kind), o.Employer!.Name, o.Postcode, journeyMinutes, TravelWords(person.TravelMode), o.HoursPerWeek, o.HourlyPay,
            help.Take(HelpShown).Select(tag => new HelpItem(ReferenceLists.LabelOf(adjustments, tag), SupportIcon.For(tag))).ToList(),
            Math.Max(0, help.Count - HelpShown), lastAnswer);
    }

    /// <summary>Nothing for a paid job: the pay line says it.</summary>
    private static string? KindWords(OpportunityKind kind) => kind switch
    {
        OpportunityKind.PaidJob => null,
        OpportunityKind.Apprenticeship => "This is an apprenticeship. You learn while you work.",
        OpportunityKind.SupportedInternship => "This is a supported internship. You learn a job with help.",
        OpportunityKind.Traineeship => "This is a traineeship. You train for work.",
        OpportunityKind.WorkExperience => "This is work experience. You try a job for a short time.",
        _ => "This is volunteering. You help out for free.",
    };

    /// <summary>The person's travel in their own words; "bus", not "bus, tram or train" (one short, common word).</summary>
    private static string AboutTravel(JobSeeker person) => person.TravelMode switch
    {
        TravelMode.Walk => $"I walk to work. I can walk for up to {person.TravelMaxMinutes} minutes.",
        TravelMode.PublicTransport => $"I go to work by bus. My journey can be up to {person.TravelMaxMinutes} minutes.",
        _ => $"I get a lift to work. The journey can be up to {person.TravelMaxMinutes} minutes.",
    };

    private static string TravelWords(TravelMode mode) => mode switch
    {
        TravelMode.Walk => "walking",
        TravelMode.PublicTransport => "bus",
        _ => "car",
    };
}
