using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Matching;

/// <summary>A coach proposes a person for an opportunity: a placement at introduced, dated today.</summary>
public sealed class Proposals(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Null when proposed; otherwise why not, in words for the coach.</summary>
    public async Task<string?> ProposeAsync(JobSeeker person, Opportunity opportunity, Guid? coachId)
    {
        if (await db.Placements.AnyAsync(p => p.JobSeekerId == person.Id && p.OpportunityId == opportunity.Id && CandidateQuery.Active.Contains(p.Stage)))
        {
            return $"{person.FirstName} has already been proposed for {opportunity.Title}";
        }
        var now = clock.GetUtcNow();
        db.Placements.Add(new Placement
        {
            JobSeekerId = person.Id,
            OpportunityId = opportunity.Id,
            Stage = PlacementEventType.Introduced,
            CreatedAt = now,
            Events =
            [
                new PlacementEvent
                {
                    Type = PlacementEventType.Introduced,
                    OccurredOn = DateOnly.FromDateTime(clock.GetLocalNow().Date),
                    RecordedById = coachId,
                    RecordedAt = now,
                },
            ],
        });
        audit.Add(person.Id, coachId, AuditLog.Changed, $"Proposed for {opportunity.Title}");
        await db.SaveChangesAsync();
        return null;
    }
}
