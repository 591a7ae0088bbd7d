using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Matching;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Matching.Candidates;
using Employment.Matching.Features;
using Microsoft.EntityFrameworkCore;
using EmployerEntity = Employment.Core.Employers.Employer;

namespace Employment.Tests.Matching.Pages;

/// <summary>
/// <see cref="CandidateQuery.OpportunitiesForAsync"/> as it was in LINQ before the hand-written reader (decision 0026),
/// kept word for word as the reference the reader must agree with: same filters, order, cap, exclusions and columns.
/// </summary>
internal static class LinqCandidateQuery
{
    private const double SqlMargin = 1.05;

    public static async Task<List<Opportunity>> OpportunitiesForAsync(EmploymentDbContext db, JobSeeker person, MatchFilters filters, DateOnly today)
    {
        var minutes = TravelBound.MinutesFor(person.TravelMaxMinutes, filters.MaxMinutes);
        var reachKm = TravelBound.Km(person.TravelMode, minutes);
        var box = TravelBound.Box(person.HomeLatitude, person.HomeLongitude, reachKm);
        var (lat, lon) = (person.HomeLatitude, person.HomeLongitude);
        var lonKm = TravelBound.KmPerDegree * Math.Cos(lat * Math.PI / 180);
        var reach2 = Math.Pow(reachKm * SqlMargin, 2);
        var mayTakeInternship = Eligibility.IsEligible(OpportunityKind.SupportedInternship, Age.On(person.DateOfBirth, today), person.HasEhcPlan);
        var query = new CandidateQuery(db).Open(today)
            .Where(o => o.Latitude >= box.MinLat && o.Latitude <= box.MaxLat && o.Longitude >= box.MinLon && o.Longitude <= box.MaxLon)
            .Where(o => (o.Latitude - lat) * (o.Latitude - lat) * (TravelBound.KmPerDegree * TravelBound.KmPerDegree) + (o.Longitude - lon) * (o.Longitude - lon) * (lonKm * lonKm) <= reach2)
            .Where(o => mayTakeInternship || o.Kind != OpportunityKind.SupportedInternship);
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
        var found = await query
            .Where(o => !db.MatchFeedback.Any(f => f.JobSeekerId == person.Id && f.OpportunityId == o.Id && f.Verdict == MatchFeedback.NotSuitable))
            .Where(o => !db.Placements.Any(p => p.JobSeekerId == person.Id && p.OpportunityId == o.Id && PlacementPipeline.Active.Contains(p.Stage)))
            .OrderBy(o => Nearness.Distance(o.Longitude, o.Latitude, lon, lat))
            .Take(CandidateQuery.Nearest)
            .Select(o => new Opportunity
            {
                Id = o.Id,
                SourceId = o.SourceId,
                EmployerId = o.EmployerId,
                Employer = new EmployerEntity { Id = o.Employer!.Id, SourceId = o.Employer.SourceId, Name = o.Employer.Name, DcLevel = o.Employer.DcLevel, DcValidUntil = o.Employer.DcValidUntil },
                Kind = o.Kind,
                Title = o.Title,
                SocCode = o.SocCode,
                SkillsRequired = o.SkillsRequired,
                AdjustmentsOffered = o.AdjustmentsOffered,
                HoursPerWeek = o.HoursPerWeek,
                HourlyPay = o.HourlyPay,
                PayBand = o.PayBand,
                Postcode = o.Postcode,
                Latitude = o.Latitude,
                Longitude = o.Longitude,
                InterviewGuaranteed = o.InterviewGuaranteed,
                PostedOn = o.PostedOn,
                ClosesOn = o.ClosesOn,
            })
            .AsNoTracking()
            .ToListAsync();
        return found.Where(o => Journey.Minutes(Journey.DistanceKm(person.HomeLatitude, person.HomeLongitude, o.Latitude, o.Longitude), person.TravelMode) <= minutes).ToList();
    }
}
