using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Opportunities;

/// <summary>
/// Starts, saves and deletes the drafts of opportunities being posted a question at a time (decision 0067). Posting a
/// draft is <see cref="OpportunityService.PostDraftAsync"/>, the one write path for opportunities.
/// </summary>
public sealed class OpportunityDraftService(EmploymentDbContext db, TimeProvider clock)
{
    public async Task<WriteResult<OpportunityDraft>> StartAsync(Guid employerId, string answers)
    {
        var now = clock.GetUtcNow();
        var draft = new OpportunityDraft { EmployerId = employerId, Answers = answers, CreatedAt = now, UpdatedAt = now };
        db.OpportunityDrafts.Add(draft);
        await db.SaveChangesAsync();
        return WriteResult.Saved(draft);
    }

    /// <summary>A posted draft is not changed: its answers are the opportunity's now.</summary>
    public async Task<WriteResult<OpportunityDraft>> SaveAsync(OpportunityDraft draft, string answers)
    {
        if (draft.PostedOpportunityId is not null)
        {
            return WriteResult.Refused<OpportunityDraft>(new Problem("Answers", "This opportunity is already posted"));
        }
        draft.Answers = answers;
        draft.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        return WriteResult.Saved(draft);
    }

    /// <summary>Deletes a draft not yet posted; deleting it twice changes nothing.</summary>
    public async Task DeleteAsync(Guid employerId, Guid draftId) =>
        await db.OpportunityDrafts.Where(d => d.Id == draftId && d.EmployerId == employerId && d.PostedOpportunityId == null).ExecuteDeleteAsync();
}
