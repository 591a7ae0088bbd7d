using Employment.Core.Employers;

namespace Employment.Core.Opportunities;

/// <summary>
/// The one definition of an open opportunity: posted by today, not closed, not past its closing date, from an approved
/// employer. Matching, the coaches' opportunity search and proposing from it all ask here.
/// </summary>
public static class OpenOpportunities
{
    public static IQueryable<Opportunity> OpenOn(this IQueryable<Opportunity> opportunities, DateOnly today) =>
        opportunities
            .Where(o => o.ClosedOn == null && (o.ClosesOn == null || o.ClosesOn >= today) && o.PostedOn <= today)
            .Where(o => o.Employer!.Approval == ApprovalStatus.Approved);
}
