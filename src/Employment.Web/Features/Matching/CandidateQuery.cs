using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Matching;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Matching.Features;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Matching;

/// <summary>
/// Narrows pairs in SQL before anything is scored: open opportunities of approved employers, eligible,
/// inside a bounding box of the travel reach, then the exact journey check in memory.
/// </summary>
public sealed class CandidateQuery(EmploymentDbContext db)
{
    public const string NotSuitable = "not_suitable";

    /// <summary>The longest reach anyone has: 120 minutes (the profile's limit) half as long again, by lift.</summary>
    private static readonly double LongestReachKm = TravelBound.Km(TravelMode.Lift, 120 * TravelBound.Slack);

    public async Task<List<Opportunity>> OpportunitiesForAsync(JobSeeker person, MatchFilters filters, DateOnly today)
    {
        var minutes = TravelBound.MinutesFor(person.TravelMaxMinutes, filters.MaxMinutes);
        var box = TravelBound.Box(person.HomeLatitude, person.HomeLongitude, TravelBound.Km(person.TravelMode, minutes));
        var mayTakeInternship = Eligibility.IsEligible(OpportunityKind.SupportedInternship, Age.On(person.DateOfBirth, today), person.HasEhcPlan);
        var query = Open(today)
            .Where(o => o.Latitude >= box.MinLat && o.Latitude <= box.MaxLat && o.Longitude >= box.MinLon && o.Longitude <= box.MaxLon)
            .Where(o => mayTakeInternship || o.Kind != OpportunityKind.SupportedInternship)
            .Where(o => !db.MatchFeedback.Any(f => f.JobSeekerId == person.Id && f.OpportunityId == o.Id && f.Verdict == NotSuitable))
            .Where(o => !db.Placements.Any(p => p.JobSeekerId == person.Id && p.OpportunityId == o.Id && Active.Contains(p.Stage)));
        if (filters.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }
        if (filters.MinHours is { } min)
        {
            query = query.Where(o => o.HoursPerWeek >= min);
        }
        if (filters.MaxHours is { } max)
        {
            query = query.Where(o => o.HoursPerWeek <= max);
        }
        var found = await query.Include(o => o.Employer).AsNoTracking().ToListAsync();
        return found.Where(o => JourneyMinutes(person, o) <= minutes).ToList();
    }

    public async Task<List<JobSeeker>> PeopleForAsync(Opportunity opportunity, IQueryable<JobSeeker> visible, DateOnly today)
    {
        var box = TravelBound.Box(opportunity.Latitude, opportunity.Longitude, LongestReachKm);
        var query = visible
            .Where(j => j.PausedOn == null && j.ErasedAt == null)
            .Where(j => j.HomeLatitude >= box.MinLat && j.HomeLatitude <= box.MaxLat && j.HomeLongitude >= box.MinLon && j.HomeLongitude <= box.MaxLon)
            .Where(j => !db.MatchFeedback.Any(f => f.JobSeekerId == j.Id && f.OpportunityId == opportunity.Id && f.Verdict == NotSuitable))
            .Where(j => !db.Placements.Any(p => p.JobSeekerId == j.Id && p.OpportunityId == opportunity.Id && Active.Contains(p.Stage)));
        if (opportunity.Kind == OpportunityKind.SupportedInternship)
        {
            var youngest = today.AddYears(-Eligibility.InternshipMinAge);
            var oldest = today.AddYears(-(Eligibility.InternshipMaxAge + 1));
            query = query.Where(j => j.HasEhcPlan && j.DateOfBirth <= youngest && j.DateOfBirth > oldest);
        }
        var found = await query.AsNoTracking().ToListAsync();
        return found.Where(j => JourneyMinutes(j, opportunity) <= TravelBound.MinutesFor(j.TravelMaxMinutes, null)).ToList();
    }

    public IQueryable<Opportunity> Open(DateOnly today) => db.Opportunities
        .Where(o => o.ClosedOn == null && (o.ClosesOn == null || o.ClosesOn >= today) && o.PostedOn <= today)
        .Where(o => o.Employer!.Approval == ApprovalStatus.Approved);

    /// <summary>A placement still under way for the pair, which a second proposal would duplicate.</summary>
    public static readonly PlacementEventType[] Active = [.. SeekerStatuses.Underway, PlacementEventType.Started];

    private static double JourneyMinutes(JobSeeker person, Opportunity o) =>
        Journey.Minutes(Journey.DistanceKm(person.HomeLatitude, person.HomeLongitude, o.Latitude, o.Longitude), person.TravelMode);
}
