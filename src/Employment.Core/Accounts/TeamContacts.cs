using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Accounts;

/// <summary>Whom an employer contacts about a person: the team's details, with the person's coach by name.</summary>
/// <param name="CoachName">The person's job coach, when they have one.</param>
public sealed record ContactCard(string Name, string? Phone, string? Email, string? CoachName);

/// <summary>
/// Finds the contact for people: the supported employment team of their coach's council (or, without a coach, of the
/// person's council); when that council has not set its team's details, the coach's own name, phone and email.
/// </summary>
public sealed class TeamContacts(EmploymentDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, ContactCard>> ForPeopleAsync(IReadOnlyCollection<Guid> jobSeekerIds, CancellationToken ct = default)
    {
        var people = await db.JobSeekers.AsNoTracking()
            .Where(j => jobSeekerIds.Contains(j.Id))
            .Select(j => new
            {
                j.Id,
                CouncilId = j.Coach != null && j.Coach.LocalAuthorityId != null ? j.Coach.LocalAuthorityId.Value : j.LocalAuthorityId,
                CoachName = j.Coach != null ? j.Coach.DisplayName : null,
                CoachPhone = j.Coach != null ? j.Coach.PhoneNumber : null,
                CoachEmail = j.Coach != null ? j.Coach.Email : null,
            })
            .ToListAsync(ct);
        var councils = people.Select(p => p.CouncilId).Distinct().ToList();
        var teams = await db.Set<TeamContact>().AsNoTracking().Where(t => councils.Contains(t.LocalAuthorityId)).ToDictionaryAsync(t => t.LocalAuthorityId, ct);
        var cards = new Dictionary<Guid, ContactCard>();
        foreach (var person in people)
        {
            if (teams.TryGetValue(person.CouncilId, out var team))
            {
                cards[person.Id] = new ContactCard(team.Name, team.Phone, team.Email, person.CoachName);
            }
            else if (person.CoachName is not null)
            {
                cards[person.Id] = new ContactCard(person.CoachName, person.CoachPhone, person.CoachEmail, person.CoachName);
            }
        }
        return cards;
    }

    /// <summary>The team of one council, if it has set its details.</summary>
    public Task<TeamContact?> ForCouncilAsync(int localAuthorityId, CancellationToken ct = default) =>
        db.Set<TeamContact>().AsNoTracking().FirstOrDefaultAsync(t => t.LocalAuthorityId == localAuthorityId, ct);
}
