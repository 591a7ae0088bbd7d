using Employment.Core.Data;

namespace Employment.Core.Employers;

/// <summary>A coach or administrator approves or turns down an organisation that registered itself.</summary>
public sealed class ApprovalService(EmploymentDbContext db, TimeProvider clock)
{
    /// <summary>Only a waiting organisation can be decided; one already decided comes back as a page problem saying how.</summary>
    public async Task<WriteResult<Employer>> DecideAsync(Employer employer, ApprovalStatus decision, Guid decidedById)
    {
        if (employer.Approval != ApprovalStatus.Pending)
        {
            return WriteResult.Refused<Employer>(Problem.ForPage(
                $"{employer.Name} was already {(employer.Approval == ApprovalStatus.Approved ? "approved" : "turned down")}"));
        }
        employer.Approval = decision;
        employer.ApprovalDecidedAt = clock.GetUtcNow();
        employer.ApprovalDecidedById = decidedById;
        employer.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        return WriteResult.Saved(employer);
    }
}
