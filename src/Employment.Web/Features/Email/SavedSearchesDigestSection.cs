using System.Globalization;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Opportunities.Search;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Email;

/// <summary>
/// New matches for the saved opportunity searches of the coach's people (decision 0039). An opportunity is new to a
/// search when it was listed in the window (since, now], where "since" is the later of when the search was saved and
/// when the coach's last digest before today was queued: so each match is listed once, a day without a digest loses
/// nothing, and a rerun on the same day repeats nothing (the outbox keeps one digest per coach per day).
/// </summary>
public sealed class SavedSearchesDigestSection(EmploymentDbContext db, OpportunitySearch search, IOptions<EmailOptions> options, SiteLinks linkTo) : IDigestSection
{
    /// <summary>At most this many matches a person in one email; the rest are behind the link to the search.</summary>
    public const int MostPerPerson = 10;

    public int Order => 30;

    public async Task<DigestPart?> BuildAsync(Guid coachId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var saved = await db.SavedSearches.AsNoTracking().Include(s => s.JobSeeker)
            .Where(s => s.JobSeeker!.CoachId == coachId && s.JobSeeker.ErasedAt == null && s.JobSeeker.PausedOn == null)
            .OrderBy(s => s.JobSeeker!.FirstName).ThenBy(s => s.JobSeeker!.LastName)
            .ToListAsync(cancellationToken);
        if (saved.Count == 0)
        {
            return null;
        }
        var previousDigest = await db.OutboxEmails.PreviousDigestAtAsync(coachId, today, cancellationToken);
        var english = CultureInfo.GetCultureInfo("en-GB");
        var lines = new List<string>();
        var about = new List<Guid>();
        foreach (var s in saved)
        {
            if (await search.CriteriaOfAsync(s, s.JobSeeker, cancellationToken) is not { } criteria)
            {
                continue;
            }
            var since = previousDigest is { } last && last > s.SavedAt ? last : s.SavedAt;
            var found = await search.ListedBetween(criteria, today, since, now).Take(MostPerPerson + 1).ToListAsync(cancellationToken);
            var person = s.JobSeeker!.DisplayName;
            if (found.Count > 0)
            {
                about.Add(s.JobSeekerId);
            }
            foreach (var hit in found.Take(MostPerPerson))
            {
                var miles = hit.Miles is { } m ? $", {m.ToString("0.0", english)} miles away" : "";
                var closes = hit.ClosesOn is { } c ? $", closes {c.ToString("d MMMM", english)}" : "";
                lines.Add($"{person}: {hit.Title} at {hit.EmployerName} ({hit.Kind.Label()}, {hit.HoursPerWeek.ToString("0.#", english)} hours a week{miles}{closes}). "
                    + options.Value.Link(linkTo.CoachOpportunity(hit.EmployerId, hit.Id)));
            }
            if (found.Count > MostPerPerson)
            {
                lines.Add($"{person}: more new matches. " + options.Value.Link(linkTo.OpportunitySearchFor(s.JobSeekerId)));
            }
        }
        return lines.Count == 0 ? null : new DigestPart("New opportunities for your people's saved searches", lines, About: about);
    }
}
