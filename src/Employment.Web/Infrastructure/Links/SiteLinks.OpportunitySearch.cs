using Employment.Web.Features.Coach.Opportunities;

namespace Employment.Web.Infrastructure.Links;

/// <summary>A coach's search of open opportunities across every employer.</summary>
public sealed partial class SiteLinks
{
    public string OpportunitySearch() => Path<OpportunitySearchController>(nameof(OpportunitySearchController.Index));

    /// <summary>The search for one person: their saved search if they have one.</summary>
    public string OpportunitySearchFor(Guid personId) => WithQuery(OpportunitySearch(), ("person", personId.ToString()));

    /// <summary>A page of the results of a search.</summary>
    public string OpportunitySearch(SearchForm form, int page) => WithQuery(OpportunitySearch(), form.QueryPairs(page));

    public string ProposeFromSearch(Guid opportunityId) => Path<OpportunitySearchController>(nameof(OpportunitySearchController.Propose), new { opportunityId });

    public string SaveSearch() => Path<OpportunitySearchController>(nameof(OpportunitySearchController.Save));

    public string RemoveSavedSearch(Guid personId) => Path<OpportunitySearchController>(nameof(OpportunitySearchController.Remove), new { personId });
}
