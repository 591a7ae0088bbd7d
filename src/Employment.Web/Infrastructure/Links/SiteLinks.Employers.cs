using Employment.Web.Features.Adviser.Home;
using Employment.Web.Features.Coach.Caseload;
using Employment.Web.Features.Coach.Employers;
using Employment.Web.Features.Coach.Home;
using Employment.Web.Features.Employer;
using Employment.Web.Features.Employer.Home;
using Employment.Web.Features.Employer.Opportunities;
using Employment.Web.Features.Employer.Organisation;
using Employment.Web.Features.Employer.SuggestedPeople;
using Employment.Web.Features.Matching;

namespace Employment.Web.Infrastructure.Links;

/// <summary>
/// Coaches', employers' and advisers' pages. An organisation's profile and opportunities are the same pages for its
/// own staff (under /employer) and for a coach acting for it (under /coach/employers/{id}); the
/// <see cref="ActingEmployer"/> says which.
/// </summary>
public sealed partial class SiteLinks
{
    public string CoachHome() => Path<CoachHomeController>(nameof(CoachHomeController.Index));

    public string Caseload() => Path<CaseloadController>(nameof(CaseloadController.Index));

    /// <summary>A page of the caseload; <paramref name="query"/> is the filter's own query string, starting with "?".</summary>
    public string Caseload(string query) => Caseload() + query;

    /// <summary>The caseload narrowed to the people who need attention.</summary>
    public string CaseloadNeedingAttention() => WithQuery(Caseload(), ("attention", "true"));

    public string CoachEmployers() => Path<CoachEmployersController>(nameof(CoachEmployersController.Index));

    public string CoachEmployers(string? search, int page) => WithQuery(CoachEmployers(), ("search", search), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string NewEmployer() => Path<CoachEmployersController>(nameof(CoachEmployersController.New));

    public string CoachOrganisation(Guid employerId) => Path<CoachOrganisationController>(nameof(CoachOrganisationController.Organisation), new { employerId });

    public string CoachOpportunity(Guid employerId, Guid opportunityId) => Path<CoachOpportunitiesController>(nameof(CoachOpportunitiesController.Show), new { employerId, id = opportunityId });

    /// <summary>The people on a coach's caseload who may fit an opportunity.</summary>
    public string OpportunityPeople(Guid employerId, Guid opportunityId) => Path<MatchesController>(nameof(MatchesController.People), new { employerId, id = opportunityId });

    public string EmployerHome() => Path<EmployerHomeController>(nameof(EmployerHomeController.Index));

    public string EmployerOrganisation() => Path<EmployerOrganisationController>(nameof(EmployerOrganisationController.Organisation));

    public string EmployerOpportunities() => Path<EmployerOpportunitiesController>(nameof(EmployerOpportunitiesController.Opportunities));

    public string EmployerOpportunity(Guid opportunityId) => Path<EmployerOpportunitiesController>(nameof(EmployerOpportunitiesController.Show), new { id = opportunityId });

    public string SuggestedPeople(Guid opportunityId) => Path<SuggestedPeopleController>(nameof(SuggestedPeopleController.Index), new { id = opportunityId });

    public string Organisation(ActingEmployer acting) => Organisation(acting, nameof(OrganisationControllerBase.Organisation));

    public string EditOrganisation(ActingEmployer acting) => Organisation(acting, nameof(OrganisationControllerBase.Edit));

    public string AddSite(ActingEmployer acting) => Organisation(acting, nameof(OrganisationControllerBase.AddSite));

    public string EditSite(ActingEmployer acting, Guid siteId) => Organisation(acting, nameof(OrganisationControllerBase.EditSite), new { siteId });

    public string RemoveSite(ActingEmployer acting, Guid siteId) => Organisation(acting, nameof(OrganisationControllerBase.RemoveSite), new { siteId });

    public string Opportunities(ActingEmployer acting) => Opportunities(acting, nameof(OpportunitiesControllerBase.Opportunities));

    public string Opportunities(ActingEmployer acting, int page) => Opportunities(acting) + "?page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Opportunity(ActingEmployer acting, Guid opportunityId) => Opportunities(acting, nameof(OpportunitiesControllerBase.Show), opportunityId);

    public string EditOpportunity(ActingEmployer acting, Guid opportunityId) => Opportunities(acting, nameof(OpportunitiesControllerBase.Edit), opportunityId);

    public string CloseOpportunity(ActingEmployer acting, Guid opportunityId) => Opportunities(acting, nameof(OpportunitiesControllerBase.Close), opportunityId);

    public string ReopenOpportunity(ActingEmployer acting, Guid opportunityId) => Opportunities(acting, nameof(OpportunitiesControllerBase.Reopen), opportunityId);

    public string AdviserHome() => Path<AdviserHomeController>(nameof(AdviserHomeController.Index));

    public string AdviserDefinitions() => Path<AdviserHomeController>(nameof(AdviserHomeController.Definitions));

    /// <summary>One table of the dashboard as CSV, for the same choices (<paramref name="query"/>, without "?").</summary>
    public string AdviserTable(string tableKey, string query) => Path<AdviserHomeController>(nameof(AdviserHomeController.Export), new { table = tableKey }) + "?" + query;

    private string Organisation(ActingEmployer acting, string action, object? values = null) =>
        acting.ByCoach
            ? Path<CoachOrganisationController>(action, new RouteValueDictionary(values) { ["employerId"] = acting.Employer.Id })
            : Path<EmployerOrganisationController>(action, values);

    private string Opportunities(ActingEmployer acting, string action, Guid? opportunityId = null) =>
        acting.ByCoach
            ? Path<CoachOpportunitiesController>(action, new { employerId = acting.Employer.Id, id = opportunityId })
            : Path<EmployerOpportunitiesController>(action, new { id = opportunityId });
}
