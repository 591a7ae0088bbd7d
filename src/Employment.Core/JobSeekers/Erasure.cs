using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.Email;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.JobSeekers;

/// <summary>
/// Removes what identifies a person while keeping what the statistics need: council, age band (year of birth),
/// postcode district, EHC plan, interests, support needs, travel and every placement fact.
/// </summary>
public sealed class Erasure(EmploymentDbContext db, AuditLog audit, OutboxRetention outbox, TimeProvider clock)
{
    public async Task<bool> EraseAsync(Guid id, Guid? byUserId)
    {
        var person = await db.JobSeekers.Include(j => j.ConsentHistory).FirstOrDefaultAsync(j => j.Id == id);
        if (person is null || person.ErasedAt is not null)
        {
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Digests and milestone emails name the person and quote them: found by who they are about (and, for older
        // emails, by the full name) before the name itself goes.
        await outbox.RemoveAboutAsync(id, $"{person.FirstName} {person.LastName}");
        var district = person.HomePostcode?.Split(' ')[0];
        var centroid = district is null ? null : await db.PostcodeDistricts.AsNoTracking().FirstOrDefaultAsync(p => p.District == district);
        person.FirstName = "";
        person.LastName = "";
        person.SourceId = null;
        person.DateOfBirth = new DateOnly(person.DateOfBirth.Year, 7, 1);
        person.HomePostcode = district;
        if (centroid is not null)
        {
            person.HomeLatitude = centroid.Latitude;
            person.HomeLongitude = centroid.Longitude;
        }
        person.Aspirations = null;
        person.EhcPlanIssuedOn = null;
        person.EhcNextReviewOn = null;
        person.ConsentToShare = false;
        person.ConsentExplainedHow = null;
        person.PauseReasonOther = null;
        foreach (var consent in person.ConsentHistory)
        {
            consent.ExplainedHow = null;
        }
        await db.FollowUps.Where(f => f.Placement!.JobSeekerId == id).ExecuteUpdateAsync(f => f.SetProperty(x => x.Notes, (string?)null).SetProperty(x => x.RiskDetails, (string?)null));
        await db.ContactEntries.Where(c => c.JobSeekerId == id).ExecuteUpdateAsync(c => c.SetProperty(x => x.Text, (string?)null));
        await db.InternNotes.Where(n => n.Intern!.JobSeekerId == id).ExecuteUpdateAsync(n => n.SetProperty(x => x.Text, (string?)null));
        await db.ProfileDrafts.Where(d => d.JobSeekerId == id).ExecuteDeleteAsync();
        await db.SavedSearches.Where(s => s.JobSeekerId == id).ExecuteDeleteAsync();
        await db.AccessToWorkApplications.Where(a => a.JobSeekerId == id).ExecuteDeleteAsync();
        // The person's own words go; what they answered (and its label for the ranker) stays, like placement facts.
        await db.JobSeekerAnswers.Where(a => a.JobSeekerId == id).ExecuteUpdateAsync(a => a.SetProperty(x => x.Words, (string?)null));
        await db.PersonalLinks.Where(l => l.JobSeekerId == id && l.RevokedAt == null).ExecuteUpdateAsync(l => l.SetProperty(x => x.RevokedAt, clock.GetUtcNow()));
        await Referrals.HeldReferrals.EraseAsync(db, id, clock.GetUtcNow());
        person.ErasedAt = clock.GetUtcNow();
        person.UpdatedAt = person.ErasedAt.Value;
        audit.Add(id, byUserId, AuditLog.Erased);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }
}
