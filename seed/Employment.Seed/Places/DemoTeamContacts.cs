using System.Globalization;
using Employment.Core.Accounts;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Seed.Places;

/// <summary>
/// Each demo council's supported employment team, as employers are shown it. The phone numbers are from Ofcom's ranges
/// kept for drama (0116 496 0xxx, 01632 960xxx), so no real line is ever called from the demo.
/// </summary>
internal static class DemoTeamContacts
{
    public static async Task AddAsync(EmploymentDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var councils = await db.LocalAuthorities.AsNoTracking().Where(l => DemoAreas.All.Select(a => a.OnsCode).Contains(l.OnsCode)).ToDictionaryAsync(l => l.OnsCode, l => l.Id, ct);
        var contacts = DemoAreas.All.Where(a => councils.ContainsKey(a.OnsCode)).Select((area, i) => new TeamContact
        {
            LocalAuthorityId = councils[area.OnsCode],
            Name = $"{area.Name} Supported Employment Team",
            Phone = area.OnsCode == DemoAreas.Leicester ? "0116 496 0100" : "01632 960" + (100 + i).ToString(CultureInfo.InvariantCulture),
            Email = $"supported.employment@{area.EmailDomain}",
            UpdatedAt = now,
        });
        db.AddRange(contacts);
        await db.SaveChangesAsync(ct);
    }
}
