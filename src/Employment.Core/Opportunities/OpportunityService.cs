using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Opportunities;

/// <summary>
/// The one class that posts, changes, closes and reopens an organisation's opportunities (decision 0008). What was
/// typed is checked by the form's validator before it gets here; an opportunity copies its site's postcode and location.
/// </summary>
public sealed class OpportunityService(EmploymentDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public async Task<WriteResult<Opportunity>> PostAsync(Guid employerId, OpportunityDetails details)
    {
        var opportunity = new Opportunity { EmployerId = employerId, Title = "", SocCode = "" };
        Apply(details, opportunity);
        db.Opportunities.Add(opportunity);
        await db.SaveChangesAsync();
        return WriteResult.Saved(opportunity);
    }

    /// <summary>
    /// Posts a draft exactly once (decision 0067): the opportunity is saved and the draft marked posted in one transaction,
    /// and the mark is taken only while the draft is unposted. A second submit (a double click, another tab, another web
    /// server) waits on the draft's row lock, finds it posted, rolls its own opportunity back and gets the first one.
    /// </summary>
    public async Task<WriteResult<Opportunity>> PostDraftAsync(OpportunityDraft draft, OpportunityDetails details)
    {
        if (draft.PostedOpportunityId is { } posted)
        {
            return WriteResult.Saved(await db.Opportunities.SingleAsync(o => o.Id == posted));
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var opportunity = new Opportunity { EmployerId = draft.EmployerId, Title = "", SocCode = "" };
        Apply(details, opportunity);
        db.Opportunities.Add(opportunity);
        await db.SaveChangesAsync();
        var now = clock.GetUtcNow();
        var claimed = await db.OpportunityDrafts
            .Where(d => d.Id == draft.Id && d.EmployerId == draft.EmployerId && d.PostedOpportunityId == null)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.PostedOpportunityId, opportunity.Id).SetProperty(x => x.UpdatedAt, now));
        if (claimed == 1)
        {
            await transaction.CommitAsync();
            return WriteResult.Saved(opportunity);
        }
        await transaction.RollbackAsync();
        db.Entry(opportunity).State = EntityState.Detached;
        var first = await db.OpportunityDrafts.AsNoTracking().Where(d => d.Id == draft.Id).Select(d => d.PostedOpportunityId).SingleOrDefaultAsync();
        return first is { } id
            ? WriteResult.Saved(await db.Opportunities.SingleAsync(o => o.Id == id))
            : WriteResult.Refused<Opportunity>(new Problem("Draft", "This draft was deleted before it was posted"));
    }

    /// <param name="reopen">Saving also reopens it, when it is closed.</param>
    public async Task<WriteResult<Opportunity>> ChangeAsync(Opportunity opportunity, OpportunityDetails details, bool reopen)
    {
        Apply(details, opportunity);
        if (reopen)
        {
            opportunity.ClosedOn = null;
        }
        await db.SaveChangesAsync();
        return WriteResult.Saved(opportunity);
    }

    /// <summary>Closing a closed opportunity changes nothing.</summary>
    public async Task<WriteResult<Opportunity>> CloseAsync(Opportunity opportunity)
    {
        if (opportunity.ClosedOn is null)
        {
            opportunity.ClosedOn = Today;
            opportunity.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync();
        }
        return WriteResult.Saved(opportunity);
    }

    /// <summary>Reopens it as it is stored; the form's validator has checked it against today's rules.</summary>
    public async Task<WriteResult<Opportunity>> ReopenAsync(Opportunity opportunity)
    {
        opportunity.ClosedOn = null;
        opportunity.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        return WriteResult.Saved(opportunity);
    }

    private void Apply(OpportunityDetails details, Opportunity opportunity)
    {
        var now = clock.GetUtcNow();
        opportunity.Kind = details.Kind;
        opportunity.Title = details.Title;
        opportunity.SocCode = details.SocCode;
        opportunity.Description = details.Description;
        opportunity.HoursPerWeek = details.HoursPerWeek;
        opportunity.HourlyPay = details.HourlyPay;
        opportunity.PayBand = details.PayBand;
        opportunity.SiteId = details.Site.Id;
        opportunity.Postcode = details.Site.Postcode;
        opportunity.Latitude = details.Site.Latitude;
        opportunity.Longitude = details.Site.Longitude;
        opportunity.SkillsRequired = details.Skills.Distinct(StringComparer.Ordinal).ToList();
        opportunity.AdjustmentsOffered = details.Adjustments.Distinct(StringComparer.Ordinal).ToList();
        opportunity.InterviewGuaranteed = details.InterviewGuaranteed;
        opportunity.ClosesOn = details.ClosesOn;
        opportunity.InternshipLengthMonths = details.InternshipLengthMonths;
        opportunity.StudyProgrammePartner = details.StudyProgrammePartner;
        opportunity.UpdatedAt = now;
        if (opportunity.CreatedAt == default)
        {
            opportunity.CreatedAt = now;
            opportunity.PostedOn = Today;
        }
    }
}
