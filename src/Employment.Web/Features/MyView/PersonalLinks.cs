using System.Security.Claims;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.MyView;

/// <summary>Checks the personal links that open a person's own view, and keeps the session one opens (links are made and stopped by <see cref="PersonalLinkService"/>).</summary>
public sealed class PersonalLinks(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string Scheme = "MyView";
    private const string LinkClaim = "personal_link";

    /// <summary>The link that works now, if the person has one.</summary>
    public Task<PersonalLink?> CurrentAsync(Guid jobSeekerId)
    {
        var now = clock.GetUtcNow();
        return db.PersonalLinks.AsNoTracking().Where(l => l.JobSeekerId == jobSeekerId && l.RevokedAt == null && l.ExpiresAt > now)
            .OrderByDescending(l => l.CreatedAt).FirstOrDefaultAsync();
    }

    /// <summary>Opens a session for the link's person, or returns false (and ends any session) when the link does not work.</summary>
    public async Task<bool> OpenAsync(HttpContext http, string token)
    {
        var hash = PersonalLink.Hash(token);
        return await OpenAsync(http, await db.PersonalLinks.AsNoTracking().Include(l => l.JobSeeker).FirstOrDefaultAsync(l => l.TokenHash == hash));
    }

    /// <summary>The same by the short code a person typed; anything that cannot be a code looks nothing up.</summary>
    public async Task<bool> OpenByShortCodeAsync(HttpContext http, string? typed)
    {
        var code = PersonalLink.NormaliseShortCode(typed);
        var hash = code is null ? null : PersonalLink.Hash(code);
        return await OpenAsync(http, hash is null ? null : await db.PersonalLinks.AsNoTracking().Include(l => l.JobSeeker).FirstOrDefaultAsync(l => l.ShortCodeHash == hash));
    }

    private async Task<bool> OpenAsync(HttpContext http, PersonalLink? link)
    {
        if (link is null || !link.WorksAt(clock.GetUtcNow()) || link.JobSeeker!.ErasedAt is not null)
        {
            // Whoever was open on this device before is closed too, so a dead link never leaves someone else's page showing.
            await http.SignOutAsync(Scheme);
            return false;
        }
        var identity = new ClaimsIdentity([new Claim(LinkClaim, link.Id.ToString())], Scheme);
        await http.SignInAsync(Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
        await audit.RecordAsync(link.JobSeekerId, null, AuditLog.Viewed, "Own view, by personal link");
        return true;
    }

    /// <summary>The person whose session this is, checked against the link on every request; null when there is none or it has stopped.</summary>
    public async Task<JobSeeker?> SessionAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(Scheme);
        if (!Guid.TryParse(result.Principal?.FindFirstValue(LinkClaim), out var linkId))
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var person = await db.PersonalLinks.AsNoTracking()
            .Where(l => l.Id == linkId && l.RevokedAt == null && l.ExpiresAt > now && l.JobSeeker!.ErasedAt == null)
            .Select(l => l.JobSeeker).FirstOrDefaultAsync();
        if (person is null)
        {
            await http.SignOutAsync(Scheme);
        }
        return person;
    }
}
