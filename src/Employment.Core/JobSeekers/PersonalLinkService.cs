using Employment.Core.Audit;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.JobSeekers;

/// <summary>Makes and stops the personal links that open a person's own view.</summary>
public sealed class PersonalLinkService(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// A new link for the person; any link they had before stops working. Returns the raw token and the short code
    /// to type, neither of which is kept (only their hashes are).
    /// </summary>
    public async Task<(PersonalLink Link, string Token, string ShortCode)> CreateAsync(Guid jobSeekerId, Guid coachId)
    {
        var now = clock.GetUtcNow();
        await RevokeOpenLinksAsync(jobSeekerId, now);
        var token = PersonalLink.NewToken();
        var code = await UnusedShortCodeAsync();
        var link = new PersonalLink
        {
            Id = Guid.NewGuid(),
            JobSeekerId = jobSeekerId,
            TokenHash = PersonalLink.Hash(token),
            ShortCodeHash = PersonalLink.Hash(code),
            CreatedById = coachId,
            CreatedAt = now,
            ExpiresAt = now + PersonalLink.DefaultLifetime,
        };
        db.PersonalLinks.Add(link);
        audit.Add(jobSeekerId, coachId, AuditLog.Created, "Personal link");
        await db.SaveChangesAsync();
        return (link, token, code);
    }

    /// <summary>A code no link has had; the unique index on the hash still refuses a clash made at the same moment.</summary>
    private async Task<string> UnusedShortCodeAsync()
    {
        while (true)
        {
            var code = PersonalLink.NewShortCode();
            var hash = PersonalLink.Hash(code);
            if (!await db.PersonalLinks.AnyAsync(l => l.ShortCodeHash == hash))
            {
                return code;
            }
        }
    }

    /// <summary>Stops the person's links; true when one of them still worked.</summary>
    public async Task<bool> RevokeAsync(Guid jobSeekerId, Guid coachId)
    {
        var revoked = await RevokeOpenLinksAsync(jobSeekerId, clock.GetUtcNow());
        if (revoked)
        {
            audit.Add(jobSeekerId, coachId, AuditLog.Changed, "Personal link stopped");
        }
        await db.SaveChangesAsync();
        return revoked;
    }

    private async Task<bool> RevokeOpenLinksAsync(Guid jobSeekerId, DateTimeOffset now)
    {
        var open = await db.PersonalLinks.Where(l => l.JobSeekerId == jobSeekerId && l.RevokedAt == null).ToListAsync();
        foreach (var link in open)
        {
            link.RevokedAt = now;
        }
        return open.Any(l => l.ExpiresAt > now);
    }
}
