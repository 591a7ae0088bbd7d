using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Accounts;

/// <summary>The one writer of the contact details employers and job seekers see: a council team's, and a coach's own phone.</summary>
public sealed class ContactDetailsService(EmploymentDbContext db, TimeProvider clock)
{
    /// <summary>Sets the team contact of the administrator's council (made the first time, changed after).</summary>
    public async Task<WriteResult<TeamContact>> SaveTeamAsync(int localAuthorityId, string name, string phone, string email, Guid byUserId)
    {
        var contact = await db.Set<TeamContact>().FirstOrDefaultAsync(c => c.LocalAuthorityId == localAuthorityId);
        if (contact is null)
        {
            contact = new TeamContact { LocalAuthorityId = localAuthorityId, Name = "", Phone = "", Email = "" };
            db.Add(contact);
        }
        contact.Name = name.Trim();
        contact.Phone = phone.Trim();
        contact.Email = email.Trim();
        contact.UpdatedAt = clock.GetUtcNow();
        contact.UpdatedById = byUserId;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Two administrators made the council's first contact at once: theirs is saved; this one can be sent again.
            db.ChangeTracker.Clear();
            return WriteResult.Refused<TeamContact>(Problem.ForPage("Someone saved the team's contact details at the same moment. Check them and save again if they need changing"));
        }
        return WriteResult.Saved(contact);
    }

    /// <summary>A signed-in user's own phone number, or none when left empty.</summary>
    public async Task<WriteResult<AppUser>> SetOwnPhoneAsync(Guid userId, string? phone)
    {
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        user.PhoneNumber = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        await db.SaveChangesAsync();
        return WriteResult.Saved(user);
    }
}
