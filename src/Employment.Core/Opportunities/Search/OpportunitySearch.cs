using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Reference;
using Employment.Core.Reference.Occupations;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Opportunities.Search;

/// <summary>One open opportunity found by a search; <see cref="Miles"/> only when the search measured from somewhere.</summary>
public sealed record OpportunityHit(
    Guid Id, Guid EmployerId, string Title, string EmployerName, OpportunityKind Kind, string OccupationTitle, decimal HoursPerWeek,
    decimal? HourlyPay, string? Postcode, DateOnly PostedOn, DateOnly? ClosesOn, DisabilityConfidentLevel Level, double? Miles);

/// <summary>
/// Open opportunities across every approved employer, narrowed by a coach's criteria. Nearest first when the search
/// measures from somewhere (the <c>nearness</c> ordering of decision 0025), otherwise soonest closing first.
/// </summary>
public sealed class OpportunitySearch(EmploymentDbContext db, PostcodeLocator postcodes, IOccupationFinder occupations)
{
    public const double KmPerMile = 1.609344;

    /// <summary>Kilometres in a degree of latitude: the figure the matching's SQL distances use too.</summary>
    private const double KmPerDegree = 111.2;

    public const int MaxWords = 6;

    /// <summary>
    /// The criteria a saved search stands for: measured from its postcode, or else from the person's home as it is now;
    /// null when its postcode is no longer recognised.
    /// </summary>
    public async Task<OpportunitySearchCriteria?> CriteriaOfAsync(SavedSearch saved, JobSeeker? person, CancellationToken cancellationToken = default)
    {
        SearchOrigin? from = null;
        if (!string.IsNullOrWhiteSpace(saved.Postcode))
        {
            if (await postcodes.LocateAsync(saved.Postcode, cancellationToken) is not { } place)
            {
                return null;
            }
            from = new SearchOrigin(place.Latitude, place.Longitude, place.Postcode);
        }
        else if (person is { HomePostcode: not null })
        {
            from = new SearchOrigin(person.HomeLatitude, person.HomeLongitude, $"{person.FirstName}'s home");
        }
        return new OpportunitySearchCriteria
        {
            Kind = saved.Kind, Words = saved.Words, From = from, WithinMiles = from is null ? null : saved.WithinMiles,
            HoursMin = saved.HoursMin, HoursMax = saved.HoursMax, MinimumLevel = saved.MinimumLevel, ClosingWithinDays = saved.ClosingWithinDays,
        };
    }

    public IQueryable<OpportunityHit> Find(OpportunitySearchCriteria criteria, DateOnly today) => Ordered(Narrowed(criteria, today), criteria.From);

    /// <summary>
    /// The matches that were listed in the window (<paramref name="since"/>, <paramref name="until"/>]: an opportunity is
    /// listed at the later of when it was entered and the start of the day it is posted on (decision 0039).
    /// </summary>
    public IQueryable<OpportunityHit> ListedBetween(OpportunitySearchCriteria criteria, DateOnly today, DateTimeOffset since, DateTimeOffset until)
    {
        var sinceDay = DateOnly.FromDateTime(since.UtcDateTime);
        var untilDay = DateOnly.FromDateTime(until.UtcDateTime);
        var listed = Narrowed(criteria, today)
            .Where(o => o.CreatedAt > since || o.PostedOn > sinceDay)
            .Where(o => o.CreatedAt <= until && o.PostedOn <= untilDay);
        return Ordered(listed, criteria.From);
    }

    private static IQueryable<OpportunityHit> Ordered(IQueryable<Opportunity> found, SearchOrigin? from)
    {
        if (from is null)
        {
            return found
                .OrderBy(o => o.ClosesOn == null).ThenBy(o => o.ClosesOn).ThenByDescending(o => o.PostedOn).ThenBy(o => o.Id)
                .Select(o => new OpportunityHit(
                    o.Id, o.EmployerId, o.Title, o.Employer!.Name, o.Kind, o.Soc!.Title, o.HoursPerWeek, o.HourlyPay, o.Postcode, o.PostedOn, o.ClosesOn,
                    o.Employer.DcLevel, null));
        }
        var (lat, lon) = (from.Latitude, from.Longitude);
        var lonKm = KmPerDegree * Math.Cos(lat * Math.PI / 180);
        // Nearest first from the GiST index (decision 0025); the id keeps pages stable when two are equally near.
        return found
            .OrderBy(o => Nearness.Distance(o.Longitude, o.Latitude, lon, lat)).ThenBy(o => o.Id)
            .Select(o => new OpportunityHit(
                o.Id, o.EmployerId, o.Title, o.Employer!.Name, o.Kind, o.Soc!.Title, o.HoursPerWeek, o.HourlyPay, o.Postcode, o.PostedOn, o.ClosesOn,
                o.Employer.DcLevel,
                Math.Sqrt((o.Latitude - lat) * KmPerDegree * (o.Latitude - lat) * KmPerDegree + (o.Longitude - lon) * lonKm * (o.Longitude - lon) * lonKm) / KmPerMile));
    }

    /// <summary>The words a search matches, as it matches them: letters and digits only, a plural's "s" dropped, at most <see cref="MaxWords"/>.</summary>
    public static IReadOnlyList<string> WordsOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var cleaned = new string(text.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray());
        return cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 2)
            .Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w)
            .Distinct()
            .Take(MaxWords)
            .ToList();
    }

    /// <summary>
    /// The unit groups an everyday word means on its own ("shop" is sales and retail assistants, "cafe" coffee shop,
    /// kitchen and waiting staff), so an opportunity in one of them is found without the word in its text.
    /// </summary>
    private List<string> OccupationsMeantBy(string word) =>
        occupations.Find(word, 3).Where(m => m.Whole).Select(m => m.UnitGroup).ToList();

    private IQueryable<Opportunity> Narrowed(OpportunitySearchCriteria criteria, DateOnly today)
    {
        var found = db.Opportunities.AsNoTracking().OpenOn(today);
        if (criteria.Kind is { } kind)
        {
            found = found.Where(o => o.Kind == kind);
        }
        foreach (var word in WordsOf(criteria.Words))
        {
            var pattern = "%" + word + "%";
            var meant = OccupationsMeantBy(word);
            found = found.Where(o => EF.Functions.ILike(o.Title, pattern) || EF.Functions.ILike(o.Description ?? "", pattern)
                || EF.Functions.ILike(o.Soc!.Title, pattern) || EF.Functions.ILike(o.Soc.MinorGroupTitle, pattern)
                || meant.Contains(o.SocCode));
        }
        if (criteria.From is { } from && criteria.WithinMiles is { } miles)
        {
            var km = miles * KmPerMile;
            var lonKm = KmPerDegree * Math.Cos(from.Latitude * Math.PI / 180);
            var (dLat, dLon) = (km / KmPerDegree, km / lonKm);
            found = found
                .Where(o => o.Latitude >= from.Latitude - dLat && o.Latitude <= from.Latitude + dLat
                    && o.Longitude >= from.Longitude - dLon && o.Longitude <= from.Longitude + dLon)
                .Where(o => (o.Latitude - from.Latitude) * KmPerDegree * (o.Latitude - from.Latitude) * KmPerDegree
                    + (o.Longitude - from.Longitude) * lonKm * (o.Longitude - from.Longitude) * lonKm <= km * km);
        }
        if (criteria.HoursMin is { } least)
        {
            found = found.Where(o => o.HoursPerWeek >= least);
        }
        if (criteria.HoursMax is { } most)
        {
            found = found.Where(o => o.HoursPerWeek <= most);
        }
        if (criteria.MinimumLevel is { } level and not DisabilityConfidentLevel.None)
        {
            var levels = Enum.GetValues<DisabilityConfidentLevel>().Where(l => l >= level).ToList();
            found = found.Where(o => levels.Contains(o.Employer!.DcLevel) && (o.Employer.DcValidUntil == null || o.Employer.DcValidUntil >= today));
        }
        if (criteria.ClosingWithinDays is { } days)
        {
            var by = today.AddDays(days);
            found = found.Where(o => o.ClosesOn != null && o.ClosesOn <= by);
        }
        return found;
    }
}
