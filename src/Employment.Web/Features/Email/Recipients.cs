using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Email;

public sealed record Recipient(Guid Id, string Email, string Name);

/// <summary>The people emails go to, by role or organisation; only accounts with an email address.</summary>
public sealed class Recipients(EmploymentDbContext db)
{
    public Task<List<Recipient>> InRoleAsync(string role, CancellationToken cancellationToken) =>
        (from user in db.Users.AsNoTracking()
            join link in db.UserRoles on user.Id equals link.UserId
            join r in db.Roles on link.RoleId equals r.Id
            where r.Name == role && user.Email != null
            orderby user.Email
            select new Recipient(user.Id, user.Email!, user.DisplayName)).ToListAsync(cancellationToken);

    public Task<List<Recipient>> ForEmployerAsync(Guid employerId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.EmployerId == employerId && u.Email != null).OrderBy(u => u.Email)
            .Select(u => new Recipient(u.Id, u.Email!, u.DisplayName)).ToListAsync(cancellationToken);
}
