using Employment.Core.Data;

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
